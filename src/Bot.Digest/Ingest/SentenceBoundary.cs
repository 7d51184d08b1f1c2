namespace Bot.Digest.Ingest;

/// <summary>
/// A single forward scan (no regular expressions, no allocation beyond the result list) that finds sentence ends.
/// A sentence ends at a line break, or at a run of <c>. ! ? …</c> (plus closing quotes and brackets) followed by
/// whitespace, unless:
/// <list type="bullet">
/// <item>the next word starts in lower case ("U.S. officials", "e.g. the", "Wait... what", "“Why?” he asked");</item>
/// <item>the word before a full stop is a title or Latin abbreviation ("Dr.", "Mr.", "e.g.", "i.e.", "vs.");</item>
/// <item>it is "No."/"Sept."/"p." before a number, or list numbering ("1. ");</item>
/// <item>it is an initial ("J. R. R. Tolkien"), an initialism ("U.S.", "a.m.") or an abbreviation that can also end a
/// sentence ("Inc.", "etc.", "Jr.") and the next word is not a common sentence opener ("The", "It", "However"…).</item>
/// </list>
/// A full stop inside closing quotes ends the sentence after the quote. An ellipsis ends a sentence only when the
/// next word is capitalised ("He paused... Then he left." is two sentences, "Wait... what" is one). Decimals
/// ("3.14", "$1.5 billion"), "U.S.-based" and domain names never split because no whitespace follows the dot.
/// </summary>
internal static class SentenceBoundary
{
    public static void Scan(ReadOnlySpan<char> text, List<Range> into)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\u2028' or '\u2029')
            {
                Add(text, start, i, into);
                start = ++i;
                continue;
            }

            if (!IsTerminator(c))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && (IsTerminator(text[end]) || IsCloser(text[end])))
            {
                end++;
            }

            var cjk = c is '。' or '！' or '？';
            if ((cjk || (end < text.Length && char.IsWhiteSpace(text[end]))) && (cjk || EndsSentence(text, start, i, end)))
            {
                Add(text, start, end, into);
                start = end;
            }

            i = end;
        }

        Add(text, start, text.Length, into);
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, int sentenceStart, int runStart, int runEnd)
    {
        var k = runEnd;
        while (k < text.Length && (char.IsWhiteSpace(text[k]) || IsOpener(text[k])))
        {
            k++;
        }

        if (k >= text.Length)
        {
            return true;
        }

        var next = text[k];
        var run = text[runStart..runEnd];
        if (char.IsLower(next))
        {
            return false;
        }

        if (run.Contains('…') || run.Contains("..", StringComparison.Ordinal) || run.ContainsAny('!', '?') || run.ContainsAny(Closers))
        {
            return true;
        }

        var wordStart = runStart;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && !IsOpener(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..runStart];
        return word.IsEmpty || IsWordFinal(word, text, sentenceStart, wordStart, next, k);
    }

    private static bool IsWordFinal(ReadOnlySpan<char> word, ReadOnlySpan<char> text, int sentenceStart, int wordStart, char next, int nextIndex)
    {
        if (Abbreviations.IsNeverFinal(word) || (char.IsDigit(next) && Abbreviations.IsBeforeNumber(word)))
        {
            return false;
        }

        if (IsListNumber(word) && text[sentenceStart..wordStart].IsWhiteSpace())
        {
            return false;
        }

        if (char.IsDigit(next))
        {
            return true;
        }

        if (Abbreviations.IsMaybeFinal(word) || IsInitialism(word) || (word.Length == 1 && char.IsUpper(word[0])))
        {
            var nextEnd = nextIndex;
            while (nextEnd < text.Length && (char.IsLetter(text[nextEnd]) || text[nextEnd] is '\'' or '’'))
            {
                nextEnd++;
            }

            // "J. A. Smith": a one-letter word with a full stop next is another initial, even when it is "A" or "I".
            var nextIsInitial = nextEnd - nextIndex == 1 && nextEnd < text.Length && text[nextEnd] == '.';
            return !nextIsInitial && Abbreviations.IsStarter(text[nextIndex..nextEnd]);
        }

        return true;
    }

    private static bool IsListNumber(ReadOnlySpan<char> word) => word.Length is > 0 and <= 3 && !word.ContainsAnyExceptInRange('0', '9');

    /// <summary>"U.S", "a.m", "Ph.D" (the final dot is the terminator): letters in segments of one to three.</summary>
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (!word.Contains('.'))
        {
            return false;
        }

        var segment = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (segment == 0)
                {
                    return false;
                }

                segment = 0;
            }
            else if (!char.IsLetter(c) || ++segment > 3)
            {
                return false;
            }
        }

        return segment > 0;
    }

    private static void Add(ReadOnlySpan<char> text, int start, int end, List<Range> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(new Range(start, end));
        }
    }

    private static readonly System.Buffers.SearchValues<char> Closers = System.Buffers.SearchValues.Create("\"'”’)]»");

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '‽' or '。' or '！' or '？';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«';
}
