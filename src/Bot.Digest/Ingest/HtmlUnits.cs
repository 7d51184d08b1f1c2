using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace Bot.Digest.Ingest;

/// <summary>
/// The content root → <see cref="TextUnit"/>s in document order: <c>h1</c>–<c>h3</c> are headings (h4–h6 are
/// labels and are skipped), <c>p</c>/<c>li</c>/<c>blockquote</c>/<c>pre</c>/<c>dd</c> and loose text in div soup
/// are paragraphs, a <c>br</c> ends a line. A list item or short paragraph that is all link (a menu entry, a
/// related-story link) is dropped.
/// </summary>
internal static class HtmlUnits
{
    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(StringComparer.Ordinal,
    [
        "address", "article", "blockquote", "body", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "h1",
        "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "ul",
        "header", "footer", "nav", "aside", "center",
    ]);

    public static List<TextUnit> Collect(IElement root)
    {
        var walker = new Walker();
        walker.Walk(root);
        walker.FlushLoose();
        return walker.Units;
    }

    private static bool HasBlockChild(IElement element) => element.Children.Any(c => Blocks.Contains(c.LocalName));

    private sealed class Walker
    {
        private readonly StringBuilder loose = new();

        public List<TextUnit> Units { get; } = [];

        public void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    AppendData(loose, text.Data);
                }
                else if (child is IElement element)
                {
                    Visit(element);
                }
            }
        }

        public void FlushLoose()
        {
            AddLines(loose.ToString(), UnitKind.Paragraph);
            loose.Clear();
        }

        private void Visit(IElement element)
        {
            switch (element.LocalName)
            {
                case "br":
                    loose.Append('\n');
                    return;
                case "h1" or "h2" or "h3":
                    FlushLoose();
                    AddHeading(element);
                    return;
                case "h4" or "h5" or "h6" or "hr":
                    FlushLoose();
                    return;
                case "p" or "li" or "dt" or "dd" or "pre" or "blockquote" or "figcaption" or "address" when !HasBlockChild(element):
                    FlushLoose();
                    AddBlock(element);
                    return;
            }

            if (Blocks.Contains(element.LocalName) || HasBlockChild(element))
            {
                FlushLoose();
                Walk(element);
                FlushLoose();
            }
            else
            {
                Walk(element);
            }
        }

        private void AddHeading(IElement heading)
        {
            var text = TextCleaner.Collapse(heading.TextContent);
            if (text.Length > 0)
            {
                Units.Add(new TextUnit(text, UnitKind.Heading, heading.LocalName[1] - '0'));
            }
        }

        private void AddBlock(IElement block)
        {
            var text = new StringBuilder();
            AppendText(block, text);
            var total = text.ToString();
            var words = WordCounter.Count(total);
            var linkText = block.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
            var allLink = linkText * 10 >= total.Trim().Length * 9 && linkText > 0;
            if (allLink && (block.LocalName == "li" || words <= 12))
            {
                return;
            }

            AddLines(total, block.LocalName == "li" ? UnitKind.ListItem : UnitKind.Paragraph);
        }

        private static void AppendText(INode node, StringBuilder text)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t)
                {
                    AppendData(text, t.Data);
                }
                else if (child is IElement e)
                {
                    if (e.LocalName == "br")
                    {
                        text.Append('\n');
                    }
                    else
                    {
                        AppendText(e, text);
                    }
                }
            }
        }

        /// <summary>Source line breaks are only whitespace in HTML; a line break in a unit comes from a &lt;br&gt;.</summary>
        private static void AppendData(StringBuilder text, string data)
        {
            var start = text.Length;
            text.Append(data);
            text.Replace('\n', ' ', start, data.Length).Replace('\r', ' ', start, data.Length);
        }

        private void AddLines(string text, UnitKind kind)
        {
            foreach (var line in text.Split('\n'))
            {
                var clean = TextCleaner.Collapse(line);
                if (clean.Any(char.IsLetterOrDigit))
                {
                    Units.Add(new TextUnit(clean, kind));
                }
            }
        }
    }
}
