using System.Globalization;

namespace Bot.Scheduling.Feeds;

/// <summary>
/// Dates as feeds really write them: RFC 822 with numeric or named zones ("Sun, 29 Mar 2026 08:00:00 +0200",
/// "29 Mar 2026 08:00 GMT", "EST"), RFC 3339 ("2026-03-29T08:00:00Z"). Unreadable dates are null, never a failure of
/// the whole feed.
/// </summary>
public static class FeedDates
{
    private static readonly Dictionary<string, string> NamedZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["CET"] = "+01:00", ["CEST"] = "+02:00", ["BST"] = "+01:00",
    };

    private static readonly string[] Formats =
    [
        "ddd, d MMM yyyy H:mm:ss zzz", "ddd, d MMM yyyy H:mm zzz", "d MMM yyyy H:mm:ss zzz", "d MMM yyyy H:mm zzz",
        "ddd, d MMM yy H:mm:ss zzz", "ddd, d MMMM yyyy H:mm:ss zzz", "ddd d MMM yyyy H:mm:ss zzz",
    ];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso)
            && trimmed.Length >= 10 && char.IsAsciiDigit(trimmed[0]) && trimmed.Contains('-', StringComparison.Ordinal))
        {
            return iso.ToUniversalTime();
        }

        var rfc822 = Rfc822(trimmed);
        if (DateTimeOffset.TryParseExact(rfc822, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed.ToUniversalTime();
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose) ? loose.ToUniversalTime() : null;
    }

    /// <summary>"+0200" → "+02:00", "GMT" → "+00:00", so one set of exact formats reads them all.</summary>
    private static string Rfc822(string text)
    {
        var space = text.LastIndexOf(' ');
        if (space < 0)
        {
            return text;
        }

        var zone = text[(space + 1)..];
        if (NamedZones.TryGetValue(zone, out var offset))
        {
            return text[..(space + 1)] + offset;
        }

        if (zone.Length == 5 && zone[0] is '+' or '-' && zone.Skip(1).All(char.IsAsciiDigit))
        {
            return text[..(space + 1)] + zone[..3] + ":" + zone[3..];
        }

        return text;
    }
}
