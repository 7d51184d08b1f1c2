using Bot.Chat.Messages;

namespace Bot.Chat.Tests.Fakes;

/// <summary>Records what the router did with a command, with signals the test can await (no sleeps).</summary>
public sealed class RecordingReply : IReplyChannel, IAutocompleteReply
{
    private readonly TaskCompletionSource<bool> deferred = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ChatMessage> replied = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<IReadOnlyList<Choice>> suggested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public List<string> Calls { get; } = [];

    public Task<bool> Deferred => deferred.Task;

    public Task<ChatMessage> Replied => replied.Task;

    public Task<IReadOnlyList<Choice>> Suggested => suggested.Task;

    public Exception? ThrowOnReply { get; set; }

    public Task DeferAsync(bool ephemeral, CancellationToken cancellationToken)
    {
        lock (Calls)
        {
            Calls.Add(ephemeral ? "defer-ephemeral" : "defer");
        }

        deferred.TrySetResult(ephemeral);
        return Task.CompletedTask;
    }

    public Task ReplyAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        lock (Calls)
        {
            Calls.Add("reply");
        }

        if (ThrowOnReply is { } ex)
        {
            replied.TrySetException(ex);
            throw ex;
        }

        replied.TrySetResult(message);
        return Task.CompletedTask;
    }

    public Task SuggestAsync(IReadOnlyList<Choice> choices, CancellationToken cancellationToken)
    {
        suggested.TrySetResult(choices);
        return Task.CompletedTask;
    }
}
