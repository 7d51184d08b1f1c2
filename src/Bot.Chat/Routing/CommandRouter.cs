using Bot.Chat.Commands;
using Bot.Chat.Context;
using Bot.Chat.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Chat.Routing;

/// <summary>
/// The one place where every event is handled: parsing, timing, the reply deadline, logging and error replies.
/// A command's answer ready within <see cref="ChatOptions.QuickReply"/> goes out with <see cref="IReplyChannel.ReplyAsync"/>;
/// otherwise the router defers first and replies when done. A command that throws becomes an ephemeral error reply
/// with a reference (logged with the exception); one that outlives <see cref="ChatOptions.CommandTimeout"/> is cancelled.
/// </summary>
public sealed class CommandRouter
{
    private readonly Dictionary<string, IChatCommand> commands;
    private readonly AutocompleteProvider autocomplete;
    private readonly TimeProvider time;
    private readonly IOptions<ChatOptions> chatOptions;
    private readonly ILogger<CommandRouter> logger;

    public CommandRouter(IEnumerable<IChatCommand> commands, AutocompleteProvider autocomplete, TimeProvider time, IOptions<ChatOptions> options, ILogger<CommandRouter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.commands = commands.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        this.autocomplete = autocomplete;
        this.time = time;
        chatOptions = options;
        this.logger = logger;
        var missing = CommandCatalog.All.Select(c => c.Name).Where(n => !this.commands.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"No IChatCommand registered for: {string.Join(", ", missing)}");
        }
    }

    private ChatOptions Settings => chatOptions.Value;

    /// <summary>Handles one event; never throws (except on cancellation of <paramref name="cancellationToken"/>).</summary>
    public Task HandleAsync(ChatEvent chatEvent, CancellationToken cancellationToken) => chatEvent switch
    {
        CommandReceived command => RunAsync(command, cancellationToken),
        AutocompleteRequested request => SuggestAsync(request, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task RunAsync(CommandReceived e, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var name = e.Invocation.Name;
        var platform = e.Conversation.Platform;
        using var deadline = new CancellationTokenSource(Settings.CommandTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        using var quickCancel = new CancellationTokenSource();

        // The quick window starts before the command does, so "ready within the window" is measured from arrival.
        var quick = Task.Delay(Settings.QuickReply, time, quickCancel.Token);
        var parsed = CommandParser.Parse(e.Invocation);
        var command = parsed.Found ? commands[parsed.Value!.Spec.Name] : null;
        var work = ExecuteAsync(e, parsed, command, deadline, linked.Token);

        var deferred = false;
        if (!work.IsCompleted && await Task.WhenAny(work, quick) != work)
        {
            try
            {
                await e.Reply.DeferAsync(command?.AnswersPrivately ?? true, cancellationToken);
                deferred = true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ChatLog.ReplyFailed(logger, ex, name, platform);
            }
        }

        await quickCancel.CancelAsync();
        var message = await work;
        try
        {
            await e.Reply.ReplyAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ChatLog.ReplyFailed(logger, ex, name, platform);
        }

        ChatLog.CommandHandled(logger, name, platform, (long)time.GetElapsedTime(started).TotalMilliseconds, deferred);
    }

    /// <summary>The command's answer, or the message that replaces an exception or a timeout.</summary>
    private async Task<ChatMessage> ExecuteAsync(CommandReceived e, Lookup<ParsedCommand> parsed, IChatCommand? command, CancellationTokenSource deadline, CancellationToken cancellationToken)
    {
        if (command is null)
        {
            ChatLog.UnknownCommand(logger, e.Invocation.Name, e.Conversation.Platform);
            return parsed.Problem!;
        }

        await Task.Yield();
        try
        {
            var request = new CommandRequest(e.Conversation, e.UserId, parsed.Value!.Options);
            return await command.ExecuteAsync(request, cancellationToken);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            ChatLog.CommandTimedOut(logger, command.Name, e.Conversation.Platform, Settings.CommandTimeoutSeconds);
            return Replies.TimedOut(command.Name);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var reference = Reference();
            ChatLog.CommandFailed(logger, ex, command.Name, e.Conversation.Platform, reference);
            return Replies.Failed(command.Name, reference);
        }
    }

    private async Task SuggestAsync(AutocompleteRequested e, CancellationToken cancellationToken)
    {
        try
        {
            var choices = await autocomplete.SuggestAsync(e.Conversation, e.Option, e.Typed, e.OtherOptions, cancellationToken);
            await e.Reply.SuggestAsync(choices, cancellationToken);
            ChatLog.AutocompleteAnswered(logger, e.Command, e.Option, choices.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ChatLog.AutocompleteFailed(logger, ex, e.Command, e.Option, e.Conversation.Platform);
        }
    }

    private static string Reference() => Convert.ToHexStringLower(Guid.NewGuid().ToByteArray().AsSpan(0, 4));
}
