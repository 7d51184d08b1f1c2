using System.ClientModel.Primitives;
using System.Globalization;

namespace Bot.Summarizing;

/// <summary>
/// How long to wait before the one retry of a 429 or 5xx answer: the server's retry-after-ms or Retry-After
/// (seconds or an HTTP date), else <see cref="Default"/>. Null when that is longer than the configured cap: then the
/// digest falls back at once rather than keep the reader waiting.
/// </summary>
internal static class RetryDelay
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(1);

    public static TimeSpan? From(PipelineResponse? response, TimeSpan cap, DateTimeOffset now)
    {
        var delay = Default;
        if (response is not null)
        {
            if (response.Headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
            {
                delay = TimeSpan.FromMilliseconds(millis);
            }
            else if (response.Headers.TryGetValue("Retry-After", out var after) && after is not null)
            {
                delay = Parse(after, now) ?? Default;
            }
        }

        return delay <= cap ? delay : null;
    }

    internal static TimeSpan? Parse(string value, DateTimeOffset now)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? (at > now ? at - now : TimeSpan.Zero)
            : null;
    }
}
