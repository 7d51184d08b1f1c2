using System.Web;

namespace Bot.Discord.Gateway;

/// <summary>
/// The URL to open: the gateway (or resume) URL Discord gave us plus <c>v=10&amp;encoding=json</c>, built with
/// <see cref="UriBuilder"/> so a missing "/" path is added and an existing query is merged, not doubled.
/// ws:// is accepted (loopback emulators); anything but ws/wss is refused.
/// </summary>
internal static class GatewayUrl
{
    public static Uri Build(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "wss" && uri.Scheme != "ws"))
        {
            throw new FormatException("Discord gave a gateway URL that is not an absolute ws:// or wss:// URL.");
        }

        var builder = new UriBuilder(uri);
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        var query = HttpUtility.ParseQueryString(builder.Query);
        query["v"] = "10";
        query["encoding"] = "json";
        builder.Query = query.ToString();
        return builder.Uri;
    }
}
