using System.Collections.Frozen;
using System.Globalization;

namespace Bot.Digest.Ingest;

/// <summary>
/// A linear pre-scan of the markup that estimates how deeply elements nest, before anything parses it. Tree
/// building and Readability scoring both slow down with depth (thousands of nested &lt;div&gt;s take seconds to
/// minutes), so a page nested beyond <see cref="MaxDepth"/> is refused rather than allowed to stall the bot. Void
/// elements, self-closing tags and elements the parser closes implicitly (p, li, td…) are not counted; the contents
/// of script, style and comments are skipped.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Real pages nest a few dozen levels; browsers cap the tree at a few hundred.</summary>
    public const int MaxDepth = 1000;

    private static readonly FrozenSet<string> Uncounted = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body",
    ]);

    private static readonly FrozenSet<string> RawText = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["script", "style", "textarea", "title", "xmp", "noscript", "template", "iframe", "noembed", "noframes"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedLookup = Uncounted.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextLookup = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Readability's scoring walks ancestors for every paragraph; past this depth the body fallback is used.</summary>
    public const int MaxReadabilityDepth = 64;

    public static string TooDeep(string source) =>
        string.Create(CultureInfo.InvariantCulture, $"{source}: HTML nested more than {MaxDepth:N0} levels deep, not a readable page");

    /// <summary>The estimated maximum depth; the scan stops early once it passes <paramref name="stopAbove"/>.</summary>
    public static int EstimateDepth(ReadOnlySpan<char> html, int stopAbove = MaxDepth)
    {
        var depth = 0;
        var max = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html[i..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }

            i += lt + 1;
            if (html[i..].StartsWith("!--", StringComparison.Ordinal))
            {
                var end = html[i..].IndexOf("-->", StringComparison.Ordinal);
                i = end < 0 ? html.Length : i + end + 3;
                continue;
            }

            var closing = i < html.Length && html[i] == '/';
            var nameStart = closing ? i + 1 : i;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                continue;
            }

            var name = html[nameStart..nameEnd];
            var gt = html[nameEnd..].IndexOf('>');
            var tagEnd = gt < 0 ? html.Length : nameEnd + gt;
            i = Math.Min(html.Length, tagEnd + 1);
            if (closing)
            {
                depth = UncountedLookup.Contains(name) || RawTextLookup.Contains(name) ? depth : Math.Max(0, depth - 1);
            }
            else if (RawTextLookup.Contains(name))
            {
                i = SkipRawText(html, i, name);
            }
            else if (!UncountedLookup.Contains(name) && html[tagEnd - 1] != '/')
            {
                max = Math.Max(max, ++depth);
                if (max > stopAbove)
                {
                    break;
                }
            }
        }

        return max;
    }

    private static int SkipRawText(ReadOnlySpan<char> html, int from, ReadOnlySpan<char> name)
    {
        for (var i = from; i < html.Length; i++)
        {
            var close = html[i..].IndexOf("</", StringComparison.Ordinal);
            if (close < 0)
            {
                return html.Length;
            }

            i += close;
            if (html[(i + 2)..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return html.Length;
    }
}
