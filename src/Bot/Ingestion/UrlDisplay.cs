namespace Bot.Ingestion;

/// <summary>
/// How URLs appear outside the fetcher. Messages (shown to the person who gave the URL) carry the URL without any
/// user:password part. Logs carry only scheme, host and port: paths and query strings can hold tokens
/// (signed links, private feed keys), and logs travel further than replies.
/// </summary>
public static class UrlDisplay
{
    /// <summary>"https://example.com/a?b=c" for "https://user:pw@example.com/a?b=c".</summary>
    public static string ForMessage(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsAbsoluteUri
            ? url.GetComponents(UriComponents.HttpRequestUrl | UriComponents.Fragment, UriFormat.UriEscaped)
            : url.OriginalString;
    }

    /// <summary>"https://example.com:8443": scheme, host and port only.</summary>
    public static string ForLog(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsAbsoluteUri ? url.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped) : "(relative URL)";
    }
}
