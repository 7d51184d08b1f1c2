using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Scheduling.Feeds;

/// <summary>Links in feeds: made absolute, kept only when http(s), and reduced to a canonical key for dedupe.</summary>
public static partial class FeedUrls
{
    /// <summary>Query parameters that only track the reader; the same story with different ones is one story.</summary>
    private static readonly string[] TrackingPrefixes = ["utm_", "mc_", "pk_", "piwik_"];

    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "igshid", "yclid", "_hsenc", "_hsmi", "ocid", "cmpid", "rss", "ref_src",
    };

    public static string? Absolute(Uri? link, Uri baseUri)
    {
        if (link is null)
        {
            return null;
        }

        var absolute = link.IsAbsoluteUri ? link : Uri.TryCreate(baseUri, link, out var resolved) ? resolved : null;
        return absolute is not null && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps) ? absolute.AbsoluteUri : null;
    }

    public static string? Absolute(string? link, Uri baseUri) =>
        string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(link.Trim(), UriKind.RelativeOrAbsolute, out var uri) ? null : Absolute(uri, baseUri);

    /// <summary>
    /// The dedupe key of a story's URL: scheme-less ("//"), host lower-case without "www." and default port, no
    /// fragment, tracking parameters removed, no trailing slash. Two URLs with the same key are the same story.
    /// </summary>
    public static string? Canonical(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : string.Empty;
        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !IsTracking(p)));
        return "//" + host + port + path + (query.Length > 0 ? "?" + query : string.Empty);
    }

    /// <summary>A key for an item with neither id nor link: a hash of its title and text.</summary>
    public static string Fallback(string? title, IReadOnlyList<TextBlock> summary, IReadOnlyList<TextBlock> content)
    {
        var text = (title ?? string.Empty) + "\n" + string.Join('\n', summary.Concat(content).Select(b => b.Text));
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    /// <summary>"example.com#1a2b3c4d": how logs name a feed (a feed URL can carry a private token in its query).</summary>
    public static string Label(string url)
    {
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.IdnHost : "invalid";
        return host + "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..8];
    }

    /// <summary>A reason for the logs: every http(s) URL in it cut to scheme://host[:port] (a fetcher's message repeats
    /// the URL, and a feed URL's path or query can carry a private token).</summary>
    public static string ForLog(string text) =>
        UrlInText().Replace(text ?? string.Empty, m =>
        {
            var url = m.Value.TrimEnd(':', '.', ',', ';');
            var origin = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "(url)";
            return origin + m.Value[url.Length..];
        });

    private static bool IsTracking(string parameter)
    {
        var name = parameter.Split('=')[0];
        return TrackingNames.Contains(name) || TrackingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"https?://[^\s)\]>""'“”]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlInText();
}
