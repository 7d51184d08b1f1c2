namespace Bot.Chat.Delivery;

/// <summary>
/// A test seam to crash a real process at a chosen step of a delivery (the host registers one only when the
/// <c>BOT_TEST_CRASH_AT</c> environment variable is set). Production code registers none.
/// </summary>
public interface IDeliveryFaults
{
    void Reached(DeliveryStep step, string deliveryKey);
}

public enum DeliveryStep
{
    /// <summary>The claim is committed; the platform has not been called.</summary>
    Claimed,

    /// <summary>The claim is marked as sending; the platform has not been called yet.</summary>
    Sending,

    /// <summary>The platform has posted; the ledger has not been told.</summary>
    Posted,
}
