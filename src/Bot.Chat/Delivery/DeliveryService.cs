using Bot.Chat.Messages;
using Microsoft.Extensions.Logging;

namespace Bot.Chat.Delivery;

/// <summary>
/// Posts unsolicited messages exactly once per conversation and item key, through the <see cref="IDeliveryLedger"/>.
/// <para>Restart policy (<see cref="ReconcileAsync"/>, run by <see cref="Routing.ChatService"/> before it reads any
/// platform): a claim left <see cref="DeliveryState.Claimed"/> never reached the platform, so it is posted now; a claim
/// left <see cref="DeliveryState.Sending"/> may have been posted, so it is posted again WITH THE SAME delivery key,
/// which platforms that de-duplicate (Discord's nonce with <c>enforce_nonce</c>; the terminal within one process)
/// turn into a no-op. We prefer that rare possible duplicate on a platform that cannot de-duplicate to a digest lost
/// for good. A platform that throws <see cref="PostRejectedException"/> frees the claim; any other failure leaves it
/// pending for the next reconcile.</para>
/// </summary>
public sealed class DeliveryService(
    IDeliveryLedger ledger,
    IEnumerable<IChatPlatform> platforms,
    ILogger<DeliveryService> logger,
    IDeliveryFaults? faults = null)
{
    private readonly List<IChatPlatform> platforms = platforms.ToList();

    public async Task<DeliveryOutcome> DeliverAsync(Conversation conversation, IReadOnlyList<string> itemKeys, ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var platform = Find(conversation.Platform);
        if (platform is null)
        {
            return DeliveryOutcome.Failed(null, $"the {conversation.Platform} platform is not running");
        }

        var claim = await ledger.ClaimAsync(conversation, itemKeys, message, cancellationToken);
        if (claim is null)
        {
            ChatLog.DeliverySkipped(logger, conversation.Key, itemKeys.Count);
            return DeliveryOutcome.AlreadyTaken();
        }

        ChatLog.DeliveryClaimed(logger, claim.DeliveryKey, conversation.Key, itemKeys.Count);
        faults?.Reached(DeliveryStep.Claimed, claim.DeliveryKey);
        return await SendAsync(platform, claim, cancellationToken);
    }

    /// <summary>Finishes the claims a previous run left pending (see the class remarks). Returns how many were posted.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var pending = await ledger.PendingAsync(cancellationToken);
        var posted = 0;
        foreach (var claim in pending)
        {
            var platform = Find(claim.Conversation.Platform);
            if (platform is null)
            {
                ChatLog.ReconcileDeferred(logger, claim.DeliveryKey, claim.Conversation.Platform);
                continue;
            }

            ChatLog.Reconciling(logger, claim.DeliveryKey, claim.State.ToString());
            var outcome = await SendAsync(platform, claim, cancellationToken);
            posted += outcome.Kind == DeliveryOutcomeKind.Delivered ? 1 : 0;
        }

        return posted;
    }

    private async Task<DeliveryOutcome> SendAsync(IChatPlatform platform, DeliveryClaim claim, CancellationToken cancellationToken)
    {
        if (claim.State == DeliveryState.Claimed)
        {
            await ledger.MarkSendingAsync(claim.DeliveryKey, cancellationToken);
        }

        faults?.Reached(DeliveryStep.Sending, claim.DeliveryKey);
        PostReceipt receipt;
        try
        {
            receipt = await platform.PostAsync(claim.Conversation, claim.Message, claim.DeliveryKey, cancellationToken);
        }
        catch (PostRejectedException ex)
        {
            ChatLog.DeliveryRejected(logger, ex, claim.DeliveryKey);
            await ledger.ReleaseAsync(claim.DeliveryKey, ex.Message, CancellationToken.None);
            return DeliveryOutcome.Failed(claim, "the platform refused the post");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ChatLog.DeliveryFailed(logger, ex, claim.DeliveryKey);
            return DeliveryOutcome.Failed(claim, "posting failed; it will be retried");
        }

        faults?.Reached(DeliveryStep.Posted, claim.DeliveryKey);
        await ledger.ConfirmAsync(claim.DeliveryKey, receipt, CancellationToken.None);
        ChatLog.DeliveryConfirmed(logger, claim.DeliveryKey, receipt.MessageIds.Count);
        return DeliveryOutcome.Delivered(claim);
    }

    private IChatPlatform? Find(string name) =>
        platforms.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}

public enum DeliveryOutcomeKind
{
    Delivered,
    AlreadyTaken,
    Failed,
}

public sealed record DeliveryOutcome(DeliveryOutcomeKind Kind, DeliveryClaim? Claim, string? Problem)
{
    public static DeliveryOutcome Delivered(DeliveryClaim claim) => new(DeliveryOutcomeKind.Delivered, claim, null);

    public static DeliveryOutcome AlreadyTaken() => new(DeliveryOutcomeKind.AlreadyTaken, null, null);

    public static DeliveryOutcome Failed(DeliveryClaim? claim, string problem) => new(DeliveryOutcomeKind.Failed, claim, problem);
}
