using Bot.Chat.Context;
using Bot.Chat.Messages;

namespace Bot.Chat.Commands;

/// <summary>/sections [article]: the numbered section list.</summary>
public sealed class SectionsCommand(ArticleTargets targets) : IChatCommand
{
    public string Name => "sections";

    public async Task<ChatMessage> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await targets.ResolveArticleAsync(request.Conversation, request.Option("article"), Name, cancellationToken);
        return target.Found ? SectionMessages.List(target.Value!.Article.Digest, target.Value.Sections) : target.Problem!;
    }
}
