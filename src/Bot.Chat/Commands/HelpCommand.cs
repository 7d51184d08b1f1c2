using Bot.Chat.Messages;

namespace Bot.Chat.Commands;

/// <summary>/help: every command with one example (from <see cref="CommandCatalog"/>).</summary>
public sealed class HelpCommand : IChatCommand
{
    public string Name => "help";

    public bool AnswersPrivately => true;

    public Task<ChatMessage> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(HelpText.Message());
}
