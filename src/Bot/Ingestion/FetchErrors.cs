using System.Net;
using System.Net.Sockets;

namespace Bot.Ingestion;

/// <summary>Small pure helpers of <see cref="WebFetcher"/>: statuses, exception chains and their plain-words reasons.</summary>
internal static class FetchErrors
{
    public static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    public static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and <= 299;

    public static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is T match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>"connection refused", "host not found": what went wrong, without the exception's own text.</summary>
    public static string Explain(HttpRequestException exception)
    {
        if (Find<SocketException>(exception) is { } socket)
        {
            return socket.SocketErrorCode switch
            {
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host not found",
                SocketError.ConnectionRefused => "connection refused",
                SocketError.TimedOut => "connection timed out",
                SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.NetworkDown or SocketError.HostDown => "network unreachable",
                SocketError.ConnectionReset or SocketError.ConnectionAborted => "connection reset",
                _ => $"network error {socket.SocketErrorCode}",
            };
        }

        return exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "host not found",
            HttpRequestError.SecureConnectionError => "TLS handshake failed",
            HttpRequestError.InvalidResponse or HttpRequestError.ResponseEnded => "invalid HTTP response",
            HttpRequestError.ConnectionError => "connection failed",
            _ => "request failed",
        };
    }

    public static IReadOnlyDictionary<string, string> Headers(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.NonValidated)
        {
            headers[name] = string.Join(", ", values);
        }

        foreach (var (name, values) in response.Content.Headers.NonValidated)
        {
            headers[name] = string.Join(", ", values);
        }

        return headers;
    }
}
