namespace Bot.Slack.WebApi;

/// <summary>The envelope of every Web API answer: <c>ok</c>, <c>error</c>, warnings and metadata.</summary>
public record WebApiResponse
{
    public bool Ok { get; init; }

    public string? Error { get; init; }

    public string? Warning { get; init; }

    /// <summary><c>missing_scope</c> says which scope the call needed.</summary>
    public string? Needed { get; init; }

    public ResponseMetadata? ResponseMetadata { get; init; }
}

public sealed record ResponseMetadata
{
    public IReadOnlyList<string>? Warnings { get; init; }

    public IReadOnlyList<string>? Messages { get; init; }
}
