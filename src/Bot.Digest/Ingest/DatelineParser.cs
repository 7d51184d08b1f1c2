using System.Globalization;

namespace Bot.Digest.Ingest;

/// <summary>
/// Recognises the byline and dateline lines a plain-text article often carries under its title
/// ("By Jane Doe", "Published 18 September 2025", "By Jane Doe | Sept 18, 2025"), so they become
/// <see cref="Article.Byline"/> / <see cref="Article.Published"/> instead of being mistaken for a section heading.
/// Also parses the date strings HTML metadata carries.
/// </summary>
internal static class DatelineParser
{
    private static readonly string[] DatePrefixes = ["last updated", "published", "updated", "posted", "first published", "on"];

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly char[] Separators = ['|', '·', '•', '—', '–'];

    private static readonly HashSet<string> NameParticles =
        new(["and", "de", "van", "von", "der", "den", "la", "le", "du", "da", "di", "bin", "al", "el", "y", "&"], StringComparer.Ordinal);

    public static bool TryByline(string line, out string byline, out DateTimeOffset? published)
    {
        byline = string.Empty;
        published = null;
        if (!line.StartsWith("By ", StringComparison.OrdinalIgnoreCase) || WordCounter.Count(line) > 16)
        {
            return false;
        }

        var rest = line[3..];
        var separator = rest.IndexOfAny(Separators);
        if (separator > 0)
        {
            TryDateLine(rest[(separator + 1)..].Trim(), out published);
            rest = rest[..separator];
        }

        byline = rest.Trim().TrimEnd(',');
        return byline.Length > 0 && WordCounter.Count(byline) <= 8 && IsNameList(byline);
    }

    /// <summary>"Priya Nair and Tom de Vries, Reuters": capitalised words and name particles, nothing else.</summary>
    private static bool IsNameList(string text)
    {
        foreach (var word in text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]) && !NameParticles.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A line that is only a date, possibly behind "Published"/"Updated": true even when unparsable.</summary>
    public static bool TryDateLine(string line, out DateTimeOffset? published)
    {
        published = null;
        if (WordCounter.Count(line) > 10)
        {
            return false;
        }

        var text = line.Trim();
        var prefixed = false;
        foreach (var prefix in DatePrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text.Length > prefix.Length && !char.IsLetter(text[prefix.Length]))
            {
                text = text[prefix.Length..].TrimStart(' ', ':');
                prefixed = true;
            }
        }

        published = Parse(text);
        return published is not null || (prefixed && text.Any(char.IsDigit));
    }

    /// <summary>ISO 8601 or an English date ("September 18, 2025", "18 Sep 2025"); UTC when no offset is given.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !text.Any(char.IsDigit) || !(text.Contains('-') || MentionsMonth(text)))
        {
            return null;
        }

        var cleaned = text.Replace(" at ", " ", StringComparison.OrdinalIgnoreCase).Replace("Sept", "Sep", StringComparison.Ordinal)
            .Replace(".", string.Empty, StringComparison.Ordinal).Trim();
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, styles, out var exact))
        {
            return exact;
        }

        return DateTimeOffset.TryParse(cleaned, CultureInfo.InvariantCulture, styles, out var value) ? value : null;
    }

    private static bool MentionsMonth(string text)
    {
        var lower = text.ToLowerInvariant();
        return Months.Any(m => lower.Contains(m, StringComparison.Ordinal));
    }
}
