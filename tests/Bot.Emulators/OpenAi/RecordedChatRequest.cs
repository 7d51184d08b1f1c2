namespace Bot.Emulators.OpenAi;

/// <summary>What the client sent to /v1/chat/completions, as the server read it.</summary>
/// <param name="Authorization">The Authorization header, verbatim (null when absent).</param>
/// <param name="MaxOutputTokens">max_completion_tokens, or the older max_tokens.</param>
/// <param name="ResponseFormat">response_format.type ("json_schema", "json_object") or null.</param>
public sealed record RecordedChatRequest(
    string? Authorization,
    string? Model,
    IReadOnlyList<RecordedMessage> Messages,
    int? MaxOutputTokens,
    string? ResponseFormat,
    string Body);

public sealed record RecordedMessage(string Role, string Content);
