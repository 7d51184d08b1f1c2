using Microsoft.Extensions.AI;

namespace Bot.Summarizing;

/// <summary>The two messages sent to the model, which sections they hold, and their estimated size.</summary>
internal sealed record ModelPrompt(string Instructions, string Article, IReadOnlyList<int> IncludedSections, int EstimatedTokens)
{
    public IList<ChatMessage> Messages => [new(ChatRole.System, Instructions), new(ChatRole.User, Article)];
}
