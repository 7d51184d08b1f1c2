using Bot.Chat.Messages;

namespace Bot.Chat.Commands;

/// <summary>
/// One command of <see cref="CommandCatalog"/>. Expected failures (unknown section, bad URL) are answered with a
/// message, not an exception; the router turns an exception into an ephemeral error reply and logs it.
/// Registered explicitly in <see cref="ChatServiceCollectionExtensions.AddChat"/>, one line per command.
/// </summary>
public interface IChatCommand
{
    /// <summary>The <see cref="CommandSpec.Name"/> it answers.</summary>
    string Name { get; }

    /// <summary>Whether a deferred answer should be private (Discord's ephemeral "thinking…").</summary>
    bool AnswersPrivately => false;

    Task<ChatMessage> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken);
}

/// <summary>A parsed command: its options by name (free text already split by <see cref="CommandParser"/>).</summary>
public sealed record CommandRequest(Conversation Conversation, string UserId, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>The trimmed option value, or null when absent or blank.</summary>
    public string? Option(string name) =>
        Options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
