namespace Bot.Chat.Messages.Markup;

/// <summary>Links we build from article data: absolute http(s) only, at most 2,048 characters, no whitespace or
/// control characters; anything else is dropped (the label is shown without a link).</summary>
public static class SafeUrl
{
    public const int MaxLength = 2048;

    public static string? Http(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxLength || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        var text = uri.AbsoluteUri;
        return text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? null : text;
    }
}
