using System.Globalization;

namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Splits text into words, digit runs and single punctuation characters, keeping offsets. Web addresses and e-mail
/// addresses are skipped whole: "%2D9114" in a URL is not a percentage.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>((text.Length / 4) + 4);
        var mayHaveMail = text.Contains('@');
        var i = 0;
        var attached = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                attached = false;
                i++;
                continue;
            }

            if (!attached && (mayHaveMail || c is 'h' or 'H' or 'w' or 'W') && IsAddressChunk(text, i, out var chunkEnd))
            {
                i = chunkEnd;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                kind = TokenKind.Digits;
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                kind = TokenKind.Word;
            }
            else
            {
                i++;
                kind = TokenKind.Punct;
            }

            tokens.Add(new Token(start, i - start, kind, attached && tokens.Count > 0));
            attached = true;
        }

        return tokens;
    }

    private static bool IsWordChar(char c)
    {
        if (char.IsLetter(c))
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>A whitespace-delimited chunk that is a URL or an e-mail address.</summary>
    private static bool IsAddressChunk(string text, int start, out int end)
    {
        end = start;
        var c = text[start];
        if (c is not ('h' or 'H' or 'w' or 'W') && !char.IsLetterOrDigit(c))
        {
            return false;
        }

        var hasAt = false;
        var i = start;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            hasAt |= text[i] == '@';
            i++;
        }

        var chunk = text.AsSpan(start, i - start);
        var isUrl = chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        var isMail = hasAt && chunk.IndexOf('@') > 0 && chunk[(chunk.IndexOf('@') + 1)..].Contains('.');
        if (!isUrl && !isMail)
        {
            return false;
        }

        end = i;
        return true;
    }
}
