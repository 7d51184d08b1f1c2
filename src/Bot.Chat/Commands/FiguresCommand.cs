using Bot.Chat.Context;
using Bot.Chat.Messages;

namespace Bot.Chat.Commands;

/// <summary>/figures [section] [article]: each key figure with its value, qualifier and quoted source sentence.</summary>
public sealed class FiguresCommand(ArticleTargets targets) : IChatCommand
{
    public string Name => "figures";

    public async Task<ChatMessage> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await targets.ResolveAsync(request.Conversation, request.Option("section"), request.Option("article"), Name, cancellationToken);
        if (!target.Found)
        {
            return target.Problem!;
        }

        var (article, section, _) = target.Value!;
        var digest = article.Digest;
        if (section is null)
        {
            return FigureMessages.Figures(digest, digest.Figures, "whole article");
        }

        var figures = digest.Figures.Where(f => f.Section == section.Index).ToList();
        return FigureMessages.Figures(digest, figures, $"section {section.Index}, {section.Title}");
    }
}
