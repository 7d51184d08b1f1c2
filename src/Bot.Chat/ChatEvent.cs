using Bot.Chat.Commands;
using Bot.Chat.Messages;

namespace Bot.Chat;

/// <summary>Something a user did that the bot must answer.</summary>
public abstract record ChatEvent(Conversation Conversation, string UserId);

/// <summary>A slash command (or a terminal line) with the channel to answer it on.</summary>
public sealed record CommandReceived(Conversation Conversation, string UserId, CommandInvocation Invocation, IReplyChannel Reply)
    : ChatEvent(Conversation, UserId);

/// <summary>The user is typing an option value (Discord autocomplete); answer with at most 25 choices.</summary>
public sealed record AutocompleteRequested(
    Conversation Conversation,
    string UserId,
    string Command,
    string Option,
    string Typed,
    IReadOnlyDictionary<string, string> OtherOptions,
    IAutocompleteReply Reply)
    : ChatEvent(Conversation, UserId);

/// <summary>
/// How one command is answered. The router calls <see cref="ReplyAsync"/> directly when the answer is ready within
/// its quick window, otherwise <see cref="DeferAsync"/> first (Discord type 5, Slack empty ack) and
/// <see cref="ReplyAsync"/> when done (Discord PATCH @original, Slack response_url). Each is called at most once.
/// </summary>
public interface IReplyChannel
{
    Task DeferAsync(bool ephemeral, CancellationToken cancellationToken);

    Task ReplyAsync(ChatMessage message, CancellationToken cancellationToken);
}

public interface IAutocompleteReply
{
    Task SuggestAsync(IReadOnlyList<Choice> choices, CancellationToken cancellationToken);
}

/// <summary>An autocomplete choice: the label shown and the value sent back.</summary>
public sealed record Choice(string Name, string Value);
