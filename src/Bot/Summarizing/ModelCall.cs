namespace Bot.Summarizing;

/// <summary>Why the model gave no usable answer; logged by name, never shown to readers.</summary>
internal enum ModelFailure
{
    None,
    Timeout,
    RateLimited,
    ServerError,
    Refused,
    Unreachable,
    Malformed,
    BudgetSpent,
    TooLong,
    Unexpected,
}

/// <summary>The outcome of one model call (with its bounded retry): the answer's text and the tokens the server
/// reported, or why there is none. <see cref="Status"/> is the HTTP status of the last answer (0 when none).</summary>
internal sealed record ModelCall(string? Text, long InputTokens, long OutputTokens, ModelFailure Failure, int Status)
{
    public bool Succeeded => Failure == ModelFailure.None;

    public static ModelCall Answered(string text, long inputTokens, long outputTokens) => new(text, inputTokens, outputTokens, ModelFailure.None, 200);

    public static ModelCall Failed(ModelFailure failure, int status = 0) => new(null, 0, 0, failure, status);
}
