using System.Text.Json;

namespace Bot.Emulators.OpenAi;

/// <summary>One scripted answer of <see cref="OpenAiServer"/>, used for the next request.</summary>
public abstract record OpenAiReply
{
    /// <summary>A normal chat completion whose assistant message is <paramref name="content"/>, with the usage the
    /// server reports.</summary>
    public static OpenAiReply Answer(string content, int promptTokens = 900, int completionTokens = 150) =>
        new AnswerReply(content, promptTokens, completionTokens);

    /// <summary>A completion whose content is <paramref name="value"/> serialised as JSON (the structured answer).</summary>
    public static OpenAiReply Json(object value, int promptTokens = 900, int completionTokens = 150) =>
        Answer(JsonSerializer.Serialize(value), promptTokens, completionTokens);

    /// <summary>An error status with an OpenAI-style error body ("rate_limit_exceeded" for 429), and a Retry-After
    /// header in seconds when given.</summary>
    public static OpenAiReply Status(int statusCode, int? retryAfterSeconds = null) => new StatusReply(statusCode, retryAfterSeconds);

    /// <summary>Status 200 and this raw body: truncated or otherwise broken JSON.</summary>
    public static OpenAiReply Malformed(string body) => new RawReply(body);

    /// <summary>Never answers until the client gives up or the server is disposed (for timeouts, without sleeping).</summary>
    public static OpenAiReply Hang { get; } = new HangReply();
}

internal sealed record AnswerReply(string Content, int PromptTokens, int CompletionTokens) : OpenAiReply;

internal sealed record StatusReply(int StatusCode, int? RetryAfterSeconds) : OpenAiReply;

internal sealed record RawReply(string Body) : OpenAiReply;

internal sealed record HangReply : OpenAiReply;
