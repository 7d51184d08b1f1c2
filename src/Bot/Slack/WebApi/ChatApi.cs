namespace Bot.Slack.WebApi;

public sealed class ChatApi(ISlackApiClient client)
{
    /// <summary><c>chat.postMessage</c>; the answer's <c>ts</c> is the message id (a string: never parse it as a number).</summary>
    public Task<PostMessageResponse> PostMessage(Message message, CancellationToken cancellationToken) =>
        client.Post<PostMessageResponse>("chat.postMessage", message, cancellationToken);
}

public sealed record PostMessageResponse : WebApiResponse
{
    public string? Channel { get; init; }

    public string? Ts { get; init; }
}
