namespace Bot.Slack.WebApi;

/// <summary>
/// The Slack Web API, shaped like SlackNet's <c>ISlackApiClient</c> so a later switch is a DI change:
/// sub-APIs per method family, a low-level <see cref="Post{T}"/>, and <see cref="Respond"/> for response_url.
/// </summary>
public interface ISlackApiClient
{
    AuthApi Auth { get; }

    ChatApi Chat { get; }

    ConversationsApi Conversations { get; }

    AppsConnectionsApi AppsConnectionsApi { get; }

    /// <summary>POSTs JSON (<c>application/json; charset=utf-8</c>) with the bearer token and checks <c>ok</c>.</summary>
    Task<T> Post<T>(string apiMethod, object args, CancellationToken cancellationToken)
        where T : WebApiResponse;

    /// <summary>POSTs a message to a slash command's <c>response_url</c> (no auth header: the URL is the credential).</summary>
    Task Respond(string responseUrl, SlashCommandResponse message, CancellationToken cancellationToken);

    /// <summary>The same client with another token (the app-level token for <c>apps.connections.open</c>).</summary>
    ISlackApiClient WithAccessToken(string accessToken);
}
