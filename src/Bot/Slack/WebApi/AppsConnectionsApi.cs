namespace Bot.Slack.WebApi;

public sealed class AppsConnectionsApi(ISlackApiClient client)
{
    /// <summary><c>apps.connections.open</c>: a single-use WebSocket URL. Call it on a client made
    /// <see cref="ISlackApiClient.WithAccessToken"/> the app-level token (it only works in the header).</summary>
    public Task<ConnectionOpenResponse> Open(CancellationToken cancellationToken) =>
        client.Post<ConnectionOpenResponse>("apps.connections.open", new { }, cancellationToken);
}

public sealed record ConnectionOpenResponse : WebApiResponse
{
    public string? Url { get; init; }
}
