namespace Bot.Emulators.Discord;

/// <summary>A one-shot answer the emulator gives instead of the real one (429s, 5xx, Cloudflare pages).</summary>
public sealed record InjectedFault(string Route, int Status, string Body, IReadOnlyDictionary<string, string> Headers, string ContentType = "application/json")
{
    /// <summary>A 429 with <c>retry_after</c> (and the global headers when <paramref name="global"/>).</summary>
    public static InjectedFault RateLimited(string route, double retryAfterSeconds, bool global = false) =>
        new(
            route,
            429,
            EmulatedRateLimits.RateLimitedBody(retryAfterSeconds, global),
            global
                ? new Dictionary<string, string> { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global" }
                : new Dictionary<string, string> { ["X-RateLimit-Scope"] = "user" });

    public static InjectedFault ServerError(string route, int status = 500) =>
        new(route, status, """{"message":"Internal Server Error","code":0}""", new Dictionary<string, string>());

    /// <summary>What a Cloudflare ban looks like: 429, HTML, no JSON, no rate-limit headers.</summary>
    public static InjectedFault CloudflareBan(string route) =>
        new(route, 429, "<html><body>Error 1015: You are being rate limited</body></html>", new Dictionary<string, string>(), "text/html");
}
