namespace Bot.Slack.WebApi;

/// <summary>
/// A Web API call answered <c>ok:false</c> (or failed at HTTP level). Carries Slack's error string and
/// <c>response_metadata.messages</c>; never a token (tokens travel in headers and are not part of any message here).
/// </summary>
public class SlackException : Exception
{
    public SlackException(string method, string errorCode, IReadOnlyList<string>? errorMessages = null, string? hint = null)
        : base(hint is null ? $"Slack API {method} failed: {errorCode}" : $"Slack API {method} failed: {errorCode}. {hint}")
    {
        Method = method;
        ErrorCode = errorCode;
        ErrorMessages = errorMessages ?? [];
    }

    public SlackException()
        : this("unknown", "unknown")
    {
    }

    public SlackException(string message)
        : base(message)
    {
        Method = "unknown";
        ErrorCode = "unknown";
        ErrorMessages = [];
    }

    public SlackException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "unknown";
        ErrorCode = "unknown";
        ErrorMessages = [];
    }

    /// <summary>The Web API method, e.g. <c>chat.postMessage</c>.</summary>
    public string Method { get; }

    /// <summary>Slack's error string, e.g. <c>not_in_channel</c>.</summary>
    public string ErrorCode { get; }

    /// <summary><c>response_metadata.messages</c> (Block Kit diagnostics with JSON pointers).</summary>
    public IReadOnlyList<string> ErrorMessages { get; }
}

/// <summary>HTTP 429 after the client's bounded retries; <see cref="RetryAfter"/> is Slack's Retry-After.</summary>
public sealed class SlackRateLimitException(string method, TimeSpan? retryAfter)
    : SlackException(method, "ratelimited")
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
