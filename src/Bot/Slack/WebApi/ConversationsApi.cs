namespace Bot.Slack.WebApi;

public sealed class ConversationsApi(ISlackApiClient client)
{
    /// <summary><c>conversations.join</c> (scope <c>channels:join</c>; public channels only).</summary>
    public Task<ConversationJoinResponse> Join(string channelId, CancellationToken cancellationToken) =>
        client.Post<ConversationJoinResponse>("conversations.join", new { channel = channelId }, cancellationToken);
}

public sealed record ConversationJoinResponse : WebApiResponse;
