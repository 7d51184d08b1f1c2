namespace Bot.Emulators.Web;

/// <summary>A stalled response: <see cref="Arrived"/> completes when the request reached the handler; the handler
/// then waits for <see cref="Release"/> (called by the site on dispose at the latest).</summary>
public sealed class Stall(Uri url)
{
    private readonly TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri Url { get; } = url;

    public Task Arrived => arrived.Task;

    internal Task Released => released.Task;

    public void Release() => released.TrySetResult();

    internal void MarkArrived() => arrived.TrySetResult();
}
