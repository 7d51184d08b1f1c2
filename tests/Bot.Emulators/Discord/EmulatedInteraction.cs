using System.Text.Json.Nodes;

namespace Bot.Emulators.Discord;

/// <summary>An interaction the emulator sent (over the gateway or HTTP) and what the bot did with it.</summary>
public sealed class EmulatedInteraction(string id, string token, string applicationId, int type, string channelId, DateTimeOffset createdAt)
{
    private readonly object gate = new();
    private readonly TaskCompletionSource answered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource edited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the initial callback was accepted.</summary>
    public Task Answered => answered.Task;

    /// <summary>Completes when @original was first edited (a deferred response filled in).</summary>
    public Task Edited => edited.Task;

    public string Id { get; } = id;

    public string Token { get; } = token;

    public string ApplicationId { get; } = applicationId;

    /// <summary>2 application command, 4 autocomplete.</summary>
    public int Type { get; } = type;

    public string ChannelId { get; } = channelId;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>The accepted initial callback's type (4, 5, 8), or null.</summary>
    public int? CallbackType { get; private set; }

    public TimeSpan? AnsweredAfter { get; private set; }

    /// <summary>The @original message: the type 4 reply, or the deferred response once edited.</summary>
    public EmulatedMessage? Original { get; internal set; }

    public bool OriginalDeleted { get; internal set; }

    /// <summary>The full JSON payload sent to the bot (the <c>d</c> of INTERACTION_CREATE or the HTTP body).</summary>
    public JsonObject Payload { get; internal set; } = [];

    internal bool TryAcknowledge(int callbackType, DateTimeOffset now)
    {
        lock (gate)
        {
            if (CallbackType is not null)
            {
                return false;
            }

            CallbackType = callbackType;
            AnsweredAfter = now - CreatedAt;
        }

        return true;
    }

    /// <summary>Signals <see cref="Answered"/>, once the response (and its message) is stored.</summary>
    internal void MarkAnswered() => answered.TrySetResult();

    internal void MarkEdited() => edited.TrySetResult();
}
