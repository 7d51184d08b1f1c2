using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Slack.Blocks;
using Bot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Commands;

/// <summary>
/// Answers one slash command. The first of <see cref="ReplyAsync"/>, <see cref="DeferAsync"/> or the safety net
/// (2 s after receipt, well inside Slack's 3 s) sends the ONE ack: with the reply as its payload, or empty. Anything
/// after that goes to <c>response_url</c> (≤ 5 uses within 30 min). in_channel unless the message is ephemeral.
/// </summary>
internal sealed class SlackReplyChannel : IReplyChannel, IDisposable
{
    public static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(2);
    private const int ResponseUrlUses = 5;
    private static readonly TimeSpan ResponseUrlLifetime = TimeSpan.FromMinutes(30);

    private readonly string deliveryId;
    private readonly Func<SlashCommandResponse?, CancellationToken, Task> ack;
    private readonly string? responseUrl;
    private readonly ISlackApiClient api;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly long receivedAt;
    private readonly ITimer safetyTimer;
    private int acked;
    private int responseUrlUses;

    public SlackReplyChannel(
        string deliveryId,
        Func<SlashCommandResponse?, CancellationToken, Task> ack,
        string? responseUrl,
        ISlackApiClient api,
        TimeProvider time,
        ILogger logger)
    {
        this.deliveryId = deliveryId;
        this.ack = ack;
        this.responseUrl = responseUrl;
        this.api = api;
        this.time = time;
        this.logger = logger;
        receivedAt = time.GetTimestamp();
        safetyTimer = time.CreateTimer(_ => _ = SafetyNetAsync(), null, SafetyNet, Timeout.InfiniteTimeSpan);
    }

    public async Task DeferAsync(bool ephemeral, CancellationToken cancellationToken)
    {
        if (TryClaimAck())
        {
            await AckAsync(null, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ReplyAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        var responses = BlockKitRenderer.Render(message).Select(part => ToResponse(part, message.Ephemeral)).ToList();
        var rest = responses.AsEnumerable();
        if (TryClaimAck())
        {
            await AckAsync(responses[0], cancellationToken).ConfigureAwait(false);
            rest = responses.Skip(1);
        }

        foreach (var response in rest)
        {
            await RespondAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => safetyTimer.Dispose();

    internal static SlashCommandResponse ToResponse(SlackMessagePart part, bool ephemeral) => new()
    {
        ResponseType = ephemeral ? ResponseType.Ephemeral : ResponseType.InChannel,
        Text = part.Text,
        Blocks = part.Blocks,
    };

    private bool TryClaimAck()
    {
        if (Interlocked.Exchange(ref acked, 1) != 0)
        {
            return false;
        }

        safetyTimer.Dispose();
        return true;
    }

    private async Task AckAsync(SlashCommandResponse? payload, CancellationToken cancellationToken)
    {
        await ack(payload, cancellationToken).ConfigureAwait(false);
        SlackLog.Acked(logger, deliveryId, payload is not null, time.GetElapsedTime(receivedAt).TotalMilliseconds);
    }

    private async Task SafetyNetAsync()
    {
        if (!TryClaimAck())
        {
            return;
        }

        SlackLog.SafetyNetAck(logger, deliveryId, SafetyNet.TotalMilliseconds);
        try
        {
            await AckAsync(null, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            SlackLog.AckFailed(logger, deliveryId, e.GetType().Name);
        }
    }

    private async Task RespondAsync(SlashCommandResponse response, CancellationToken cancellationToken)
    {
        if (responseUrl is null || Interlocked.Increment(ref responseUrlUses) > ResponseUrlUses
            || time.GetElapsedTime(receivedAt) > ResponseUrlLifetime)
        {
            SlackLog.ResponseUrlUnavailable(logger, deliveryId);
            return;
        }

        await api.Respond(responseUrl, response with { ReplaceOriginal = false }, cancellationToken).ConfigureAwait(false);
    }
}
