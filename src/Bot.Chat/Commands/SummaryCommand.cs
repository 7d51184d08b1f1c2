using Bot.Chat.Context;
using Bot.Chat.Messages;
using Bot.Digest;

namespace Bot.Chat.Commands;

/// <summary>/summary [section] [article]: one section's bullets, or the whole article's digest.</summary>
public sealed class SummaryCommand(ArticleTargets targets, DigestOptions digestOptions) : IChatCommand
{
    public string Name => "summary";

    public async Task<ChatMessage> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await targets.ResolveAsync(request.Conversation, request.Option("section"), request.Option("article"), Name, cancellationToken);
        if (!target.Found)
        {
            return target.Problem!;
        }

        var (article, section, sections) = target.Value!;
        return section is null
            ? DigestMessages.Digest(article.Digest, digestOptions.TopFigures)
            : SectionMessages.Summary(article.Digest, section, sections.Count);
    }
}
