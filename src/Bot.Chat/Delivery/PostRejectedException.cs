namespace Bot.Chat.Delivery;

/// <summary>
/// Thrown by <see cref="IChatPlatform.PostAsync"/> when the platform certainly did NOT post (a validation error, no
/// access to the channel). The ledger then frees the claim. Any other exception means "maybe posted": the claim
/// stays pending and is retried with the same delivery key.
/// </summary>
public sealed class PostRejectedException : Exception
{
    public PostRejectedException()
    {
    }

    public PostRejectedException(string message)
        : base(message)
    {
    }

    public PostRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
