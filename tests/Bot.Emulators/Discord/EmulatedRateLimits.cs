using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Bot.Emulators.Discord;

/// <summary>
/// Per-(route, major parameter) windows with every §6.1 header on each answer, and the global 50/s gate for
/// bot-token routes. Interaction routes are exempt from the global gate.
/// </summary>
internal sealed class EmulatedRateLimits(DiscordEmulatorOptions options)
{
    private readonly Dictionary<string, Window> windows = new(StringComparer.Ordinal);
    private readonly object gate = new();
    private DateTimeOffset globalStart;
    private int globalCount;

    /// <summary>Counts the request; returns a 429 body when it is over a limit (headers are set either way).</summary>
    public string? Take(string route, string major, bool global, HttpResponse response)
    {
        var (limit, length) = route == Routes.Messages ? (options.ChannelMessageLimit, options.ChannelMessageWindow) : (1000, TimeSpan.FromSeconds(1));
        lock (gate)
        {
            var now = options.Time.GetUtcNow();
            if (global)
            {
                if (now - globalStart >= TimeSpan.FromSeconds(1))
                {
                    globalStart = now;
                    globalCount = 0;
                }

                if (++globalCount > options.GlobalLimitPerSecond)
                {
                    var retry = (globalStart + TimeSpan.FromSeconds(1) - now).TotalSeconds;
                    response.Headers["X-RateLimit-Global"] = "true";
                    response.Headers["X-RateLimit-Scope"] = "global";
                    response.Headers["Retry-After"] = Math.Ceiling(retry).ToString(CultureInfo.InvariantCulture);
                    return RateLimitedBody(retry, global: true);
                }
            }

            var key = route + "|" + major;
            if (!windows.TryGetValue(key, out var window) || now >= window.Start + length)
            {
                window = new Window(now, 0);
            }

            var over = window.Count >= limit;
            if (!over)
            {
                window = window with { Count = window.Count + 1 };
            }

            windows[key] = window;
            var resetAfter = (window.Start + length - now).TotalSeconds;
            response.Headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Remaining"] = Math.Max(0, limit - window.Count).ToString(CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Reset"] = ((window.Start + length).ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Bucket"] = "emu-" + route;
            if (!over)
            {
                return null;
            }

            response.Headers["X-RateLimit-Scope"] = "user";
            response.Headers["Retry-After"] = Math.Ceiling(resetAfter).ToString(CultureInfo.InvariantCulture);
            return RateLimitedBody(resetAfter, global: false);
        }
    }

    public static string RateLimitedBody(double retryAfter, bool global) =>
        $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter.ToString("0.###", CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""";

    private sealed record Window(DateTimeOffset Start, int Count);
}
