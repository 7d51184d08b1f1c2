namespace Bot.Summarizing;

/// <summary>
/// The "Summarizer" configuration section: which summarizer writes digests, and for the model-backed one where it is,
/// what it may cost and how long it may take. <see cref="ApiKey"/> is a secret: set it with the environment variable
/// Summarizer__ApiKey or user-secrets, never in appsettings.json; it is never logged or shown.
/// </summary>
public sealed class SummarizerOptions
{
    public const string Section = "Summarizer";
    public const string Extractive = "extractive";
    public const string OpenAi = "openai";

    /// <summary>"extractive" (the default: offline, deterministic) or "openai" (any OpenAI-compatible chat endpoint:
    /// OpenAI, Azure OpenAI's v1 API, Ollama, vLLM, LM Studio).</summary>
    public string Provider { get; set; } = Extractive;

    /// <summary>The API base URL the client appends "chat/completions" to, e.g. https://api.openai.com/v1/.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model (Azure OpenAI: the deployment name).</summary>
    public string? Model { get; set; }

    /// <summary>Sent as "Authorization: Bearer …"; optional, because local servers need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one model call may take before the digest falls back to the extractive one.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The prompt's size limit, estimated as characters ÷ 4; longer articles are cut at section boundaries.</summary>
    public int MaxInputTokens { get; set; } = 6000;

    /// <summary>The answer's size limit (max_completion_tokens).</summary>
    public int MaxOutputTokens { get; set; } = 800;

    /// <summary>Tokens the bot may spend per UTC day, input and output together; counted in the database, so a
    /// restart does not reset it. Once spent, digests are extractive until midnight UTC.</summary>
    public int DailyTokenBudget { get; set; } = 200_000;

    /// <summary>A 429 or 5xx answer is retried once, after its Retry-After (1 s when absent) if that is at most this
    /// long; a longer wait falls back at once instead of keeping the reader waiting.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Articles shorter than this (in words) are digested extractively, never sent.</summary>
    public int MinWords { get; set; } = 80;

    /// <summary>"json_schema" (structured output with the digest's schema; OpenAI, Azure, recent Ollama) or
    /// "json_object" (plain JSON mode, for servers without schema support).</summary>
    public string ResponseFormat { get; set; } = "json_schema";

    public bool UsesModel => string.Equals(Provider, OpenAi, StringComparison.OrdinalIgnoreCase);
}
