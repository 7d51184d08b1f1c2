namespace Bot.Slack.WebApi;

public sealed class AuthApi(ISlackApiClient client)
{
    /// <summary><c>auth.test</c>: who the token belongs to.</summary>
    public Task<AuthTestResponse> Test(CancellationToken cancellationToken) =>
        client.Post<AuthTestResponse>("auth.test", new { }, cancellationToken);
}

public sealed record AuthTestResponse : WebApiResponse
{
    public string? Url { get; init; }

    public string? Team { get; init; }

    public string? User { get; init; }

    public string? TeamId { get; init; }

    public string? UserId { get; init; }

    public string? BotId { get; init; }
}
