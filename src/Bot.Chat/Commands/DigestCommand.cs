using Bot.Chat.Messages;
using Bot.Chat.Stores;
using Bot.Digest;

namespace Bot.Chat.Commands;

/// <summary>/digest &lt;url | pasted text&gt;: digest the article, post it, and make it the conversation's current
/// article. URLs go to the host's <see cref="IArticleFetcher"/>; without one, the user is told to paste the text.</summary>
public sealed class DigestCommand(ArticleIntake intake, IConversationStore conversations, DigestOptions digestOptions) : IChatCommand
{
    public string Name => "digest";

    public async Task<ChatMessage> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var source = request.Option("source") ?? string.Empty;
        Outcome<StoredArticle> added;
        if (LooksLikeUrl(source, out var uri))
        {
            if (uri is null)
            {
                return Replies.Problem("Only http:// and https:// links can be digested. To digest text, paste it: /digest <text>.");
            }

            if (!intake.CanFetch)
            {
                return Replies.Problem("Fetching URLs is not available in this bot. Paste the article's text instead: /digest <text>.");
            }

            added = await intake.FetchAsync(uri, cancellationToken);
        }
        else
        {
            added = await intake.AddTextAsync(source, "pasted text", cancellationToken);
        }

        if (!added.IsSuccess || added.Value is null)
        {
            return Replies.Problem($"Could not digest that: {added.Error}");
        }

        await conversations.SetCurrentArticleAsync(request.Conversation, added.Value.Id, cancellationToken);
        return DigestMessages.Digest(added.Value.Digest, digestOptions.TopFigures);
    }

    /// <summary>One word with a scheme ("https://…", "file:///…") is a link; <paramref name="uri"/> is null unless it is
    /// an absolute http(s) URL.</summary>
    internal static bool LooksLikeUrl(string text, out Uri? uri)
    {
        uri = null;
        if (text.Length == 0 || text.Any(char.IsWhiteSpace) || !text.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps))
        {
            uri = parsed;
        }

        return true;
    }
}
