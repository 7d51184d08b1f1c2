using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>
/// How one slash command is answered, as a per-interaction state machine <c>New → Deferred | Responded</c> so a
/// second initial callback (40060) can never be sent:
/// <list type="bullet">
/// <item>New + reply → callback type 4 (parts after the first as follow-ups);</item>
/// <item>New + defer → callback type 5 ("is thinking…"); Deferred + reply → PATCH @original (+ follow-ups);</item>
/// <item>Responded + reply → follow-ups only.</item>
/// </list>
/// A safety net defers by itself when nobody answered within <see cref="DiscordTuning.SafetyNetDefer"/> of local
/// receipt. Discord refusals are logged and swallowed: the router has nothing better to do with them.
/// </summary>
internal sealed class InteractionReplyChannel : IReplyChannel, IDisposable
{
    private readonly ParsedInteraction interaction;
    private readonly DiscordRestClient rest;
    private readonly ILogger logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TaskCompletionSource firstResponse = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ITimer safetyNet;
    private ReplyState state;
    private bool deferredEphemeral;

    public InteractionReplyChannel(ParsedInteraction interaction, DiscordRestClient rest, DiscordTuning tuning, TimeProvider time, ILogger logger, long receivedAt)
    {
        this.interaction = interaction;
        this.rest = rest;
        this.logger = logger;
        var due = tuning.SafetyNetDefer - time.GetElapsedTime(receivedAt);
        safetyNet = time.CreateTimer(static s => ((InteractionReplyChannel)s!).OnSafetyNet(), this, due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private enum ReplyState
    {
        New,
        Deferred,
        Responded,
        Expired,
    }

    /// <summary>Completes once the initial callback was sent (or failed): the HTTP-interactions endpoint waits on it.</summary>
    public Task FirstResponse => firstResponse.Task;

    public async Task DeferAsync(bool ephemeral, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (state == ReplyState.New)
            {
                await InitialAsync(InteractionResponse.Defer(ephemeral), ReplyState.Deferred, cancellationToken).ConfigureAwait(false);
                deferredEphemeral = ephemeral;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task ReplyAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parts = DiscordMessageRenderer.Render(message);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            switch (state)
            {
                case ReplyState.New:
                    await InitialAsync(InteractionResponse.Message(Flagged(parts[0], message.Ephemeral)), ReplyState.Responded, cancellationToken).ConfigureAwait(false);
                    await FollowUpsAsync(parts.Skip(1), message.Ephemeral, cancellationToken).ConfigureAwait(false);
                    break;
                case ReplyState.Deferred:
                    await CompleteDeferredAsync(parts, message.Ephemeral, cancellationToken).ConfigureAwait(false);
                    break;
                case ReplyState.Responded:
                    await FollowUpsAsync(parts, message.Ephemeral, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    DiscordLog.ReplyDropped(logger, interaction.Id);
                    break;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => safetyNet.Dispose();

    private static MessageProperties Flagged(MessageProperties part, bool ephemeral) =>
        ephemeral ? part with { Flags = MessageFlags.Ephemeral } : part;

    private async Task CompleteDeferredAsync(IReadOnlyList<MessageProperties> parts, bool ephemeral, CancellationToken cancellationToken)
    {
        state = ReplyState.Responded;
        try
        {
            if (ephemeral && !deferredEphemeral)
            {
                // "is thinking…" was public; an error should not be. Remove it and answer privately.
                await rest.DeleteOriginalResponseAsync(interaction.ApplicationId, interaction.Token, cancellationToken).ConfigureAwait(false);
                await FollowUpsAsync(parts, ephemeral: true, cancellationToken).ConfigureAwait(false);
                return;
            }

            await rest.ModifyOriginalResponseAsync(interaction.ApplicationId, interaction.Token, parts[0], cancellationToken).ConfigureAwait(false);
            DiscordLog.OriginalEdited(logger, interaction.Id, parts.Count);
            await FollowUpsAsync(parts.Skip(1), deferredEphemeral, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordHttpException exception)
        {
            DiscordLog.ReplyFailed(logger, interaction.Id, exception.Message);
        }
    }

    private async Task InitialAsync(InteractionResponse response, ReplyState next, CancellationToken cancellationToken)
    {
        try
        {
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken).ConfigureAwait(false);
            state = next;
            DiscordLog.InteractionAnswered(logger, interaction.Id, response.Type);
        }
        catch (DiscordHttpException exception)
        {
            // 10062 (too late) or 40060 (answered elsewhere): no follow-up can work without an initial response.
            state = exception.DiscordCode == 40060 ? ReplyState.Responded : ReplyState.Expired;
            DiscordLog.ReplyFailed(logger, interaction.Id, exception.Message);
        }
        finally
        {
            safetyNet.Dispose();
            firstResponse.TrySetResult();
        }
    }

    private async Task FollowUpsAsync(IEnumerable<MessageProperties> parts, bool ephemeral, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var part in parts)
            {
                await rest.FollowupAsync(interaction.ApplicationId, interaction.Token, Flagged(part, ephemeral), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DiscordHttpException exception)
        {
            DiscordLog.ReplyFailed(logger, interaction.Id, exception.Message);
        }
    }

    private void OnSafetyNet() => _ = SafetyNetAsync();

    private async Task SafetyNetAsync()
    {
        // Someone holding the gate is already answering; never queue a second initial response behind it.
        if (!await gate.WaitAsync(0).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            if (state == ReplyState.New)
            {
                DiscordLog.SafetyNetDefer(logger, interaction.Id);
                await InitialAsync(InteractionResponse.Defer(ephemeral: false), ReplyState.Deferred, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
