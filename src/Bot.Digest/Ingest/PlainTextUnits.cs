namespace Bot.Digest.Ingest;

/// <summary>
/// Plain text and Markdown → <see cref="TextUnit"/>s. Blocks are separated by blank lines; inside a block a line
/// break is a real break (not hard wrapping) when the next line's first word would have fitted on the line (line
/// lengths are measured without Markdown markup), or when the block has a line longer than <see cref="WrapWidth"/>
/// (nobody wraps that wide, so those are one-paragraph-per-line texts). Markdown block syntax is read
/// too: ATX and setext headings, list items, block quotes, fenced code (dropped: code is not prose), thematic
/// breaks and table rule lines.
/// </summary>
internal static class PlainTextUnits
{
    /// <summary>Lines longer than this are never hard-wrapped prose, so every break in their block is real.</summary>
    private const int WrapWidth = 160;

    public static List<TextUnit> Read(string text)
    {
        var state = new BlockState();
        string? fence = null;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim();
            if (fence is not null)
            {
                if (line.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                continue;
            }

            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                state.Flush();
                fence = line[..3].ToString();
                continue;
            }

            ReadLine(line, state);
        }

        state.Flush();
        return state.Units;
    }

    private static void ReadLine(ReadOnlySpan<char> line, BlockState state)
    {
        if (line.IsEmpty)
        {
            state.Flush();
        }
        else if (MarkdownBlocks.TryAtxHeading(line, out var level, out var heading))
        {
            state.Flush();
            state.AddHeading(heading, level);
        }
        else if (MarkdownBlocks.IsSetextUnderline(line, out level) && state.EndsWithHeadingCandidate())
        {
            state.AddHeading(state.TakeLastLine(), level);
        }
        else if (MarkdownBlocks.IsThematicBreak(line))
        {
            state.Flush();
        }
        else if (!MarkdownBlocks.IsTableRule(line))
        {
            var content = MarkdownBlocks.StripQuoteMarkers(line);
            if (MarkdownBlocks.TryListItem(content, out var item))
            {
                state.Flush();
                state.StartListItem(item.ToString());
            }
            else if (!content.IsEmpty)
            {
                state.Lines.Add(content.ToString());
            }
        }
    }

    private sealed class BlockState
    {
        private bool listItem;

        public List<TextUnit> Units { get; } = [];

        public List<string> Lines { get; } = [];

        public void StartListItem(string text)
        {
            Lines.Add(text);
            listItem = true;
        }

        public bool EndsWithHeadingCandidate() =>
            Lines.Count > 0 && !listItem && Lines[^1].Length <= 120 && !Lines[^1].EndsWith('.');

        public string TakeLastLine()
        {
            var last = Lines[^1];
            Lines.RemoveAt(Lines.Count - 1);
            Flush();
            return last;
        }

        public void AddHeading(string text, int level)
        {
            var clean = Clean(text);
            if (clean.Length > 0)
            {
                Units.Add(new TextUnit(clean, UnitKind.Heading, level));
            }
        }

        public void Flush()
        {
            if (Lines.Count == 0)
            {
                return;
            }

            var kind = listItem ? UnitKind.ListItem : UnitKind.Paragraph;
            var visible = Lines.Select(l => MarkdownInline.Strip(l).Length).ToList();
            var maxLength = visible.Max();
            var breaks = new bool[Lines.Count];
            for (var i = 0; i < Lines.Count - 1; i++)
            {
                breaks[i] = maxLength > WrapWidth || NextWordFits(visible[i], Lines[i + 1], maxLength);
            }

            // The longest line never passes the fit test; in a block that is clearly one line per paragraph (it has
            // other real breaks), a line that ends like a sentence is the end of its paragraph too.
            var linePerParagraph = breaks.Any(b => b);
            var start = 0;
            for (var i = 0; i < Lines.Count; i++)
            {
                if (i == Lines.Count - 1 || breaks[i] || (linePerParagraph && LineShape.EndsLikeSentence(Lines[i])))
                {
                    Add(string.Join(' ', Lines.Skip(start).Take(i - start + 1)), kind);
                    start = i + 1;
                }
            }

            Lines.Clear();
            listItem = false;
        }

        private static bool NextWordFits(int lineLength, string next, int width)
        {
            var firstWord = next.AsSpan().IndexOf(' ');
            return lineLength + 1 + (firstWord < 0 ? next.Length : firstWord) <= width;
        }

        private void Add(string text, UnitKind kind)
        {
            var clean = Clean(text);
            if (clean.AsSpan().ContainsAnyExcept(Punctuation))
            {
                Units.Add(new TextUnit(clean, kind));
            }
        }

        private static string Clean(string text) => TextCleaner.Collapse(MarkdownInline.Strip(text));

        private static readonly System.Buffers.SearchValues<char> Punctuation =
            System.Buffers.SearchValues.Create(" .,;:!?-–—*_#|>()[]{}\"'“”‘’…/\\");
    }
}
