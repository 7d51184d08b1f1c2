using Bot.Chat.Commands;

namespace Bot.Chat.Messages;

/// <summary>Short answers shared by several commands: no context yet, usage, failures. Errors are ephemeral.</summary>
public static class Replies
{
    public static ChatMessage NoArticle(string command) => ChatMessage.Text(
        $"There is no article here yet for /{command}. Post one with /digest <url or pasted text>, or ask for the daily digest with /digest-now.",
        ephemeral: true);

    public static ChatMessage UnknownCommand(string name) => ChatMessage.Text(
        $"Unknown command /{name}. Commands: {string.Join(" ", CommandCatalog.All.Select(c => "/" + c.Name))}. /help shows an example of each.",
        ephemeral: true);

    public static ChatMessage Usage(CommandSpec spec, string problem)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return ChatMessage.Text($"{problem} Usage: {HelpText.Usage(spec)}, e.g. {spec.Example}", ephemeral: true);
    }

    /// <summary>A command threw: the user gets a reference to quote, never the exception's text.</summary>
    public static ChatMessage Failed(string command, string reference) => ChatMessage.Text(
        $"Sorry, /{command} failed (reference {reference}). The error was logged; try again or try another command.",
        ephemeral: true);

    public static ChatMessage TimedOut(string command) => ChatMessage.Text(
        $"Sorry, /{command} took too long and was stopped. Try again later.", ephemeral: true);

    public static ChatMessage Problem(string text) => ChatMessage.Text(text, ephemeral: true);
}
