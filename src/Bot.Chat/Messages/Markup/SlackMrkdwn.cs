using System.Text;

namespace Bot.Chat.Messages.Markup;

/// <summary>
/// Neutralises untrusted text for Slack (mrkdwn text objects and the top-level <c>text</c> fallback): control
/// characters go (<see cref="PlainText.Clean"/>), then only <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> are escaped, in that
/// order, so <c>&lt;!channel&gt;</c>, <c>&lt;!here&gt;</c>, <c>&lt;@U…&gt;</c> and <c>&lt;url|label&gt;</c> show as text and
/// notify no one. Never send untrusted text with <c>link_names</c> or <c>parse: "full"</c>.
/// </summary>
public static class SlackMrkdwn
{
    public static string Escape(string? text)
    {
        var clean = PlainText.Clean(text);
        if (clean.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return clean;
        }

        var sb = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary><c>&lt;url|label&gt;</c> with the label escaped and its <c>|</c> replaced, or the escaped label alone
    /// when the URL is not http(s).</summary>
    public static string Link(string label, string? url)
    {
        var safeLabel = Escape(PlainText.OneLine(label)).Replace('|', '¦');
        var safeUrl = SafeUrl.Http(url);
        if (safeUrl is null)
        {
            return safeLabel;
        }

        var encoded = safeUrl.Replace("|", "%7C", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal);
        return $"<{encoded}|{safeLabel}>";
    }
}
