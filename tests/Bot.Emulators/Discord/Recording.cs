namespace Bot.Emulators.Discord;

/// <summary>
/// An append-only log that tests can wait on: <see cref="WaitForAsync"/> completes as soon as enough matching
/// entries exist (already or later), so tests synchronise on recorded events instead of sleeping. The timeout
/// is only a guard against a hung test; it never paces one.
/// </summary>
public sealed class Recording<T>
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);
    private readonly List<T> items = [];
    private readonly List<Waiter> waiters = [];
    private readonly object gate = new();

    public IReadOnlyList<T> Snapshot()
    {
        lock (gate)
        {
            return items.ToArray();
        }
    }

    public IReadOnlyList<T> Where(Func<T, bool> predicate) => Snapshot().Where(predicate).ToArray();

    public int Count(Func<T, bool> predicate) => Snapshot().Count(predicate);

    public void Add(T item)
    {
        List<Waiter> done = [];
        lock (gate)
        {
            items.Add(item);
            foreach (var waiter in waiters)
            {
                if (items.Count(waiter.Predicate) >= waiter.Count)
                {
                    done.Add(waiter);
                }
            }

            waiters.RemoveAll(done.Contains);
        }

        foreach (var waiter in done)
        {
            waiter.Completion.TrySetResult();
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> entries match; returns the matching entries.</summary>
    public async Task<IReadOnlyList<T>> WaitForAsync(Func<T, bool> predicate, int count = 1, TimeSpan? timeout = null, string? what = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var waiter = new Waiter(predicate, count, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (gate)
        {
            if (items.Count(predicate) >= count)
            {
                return items.Where(predicate).ToArray();
            }

            waiters.Add(waiter);
        }

        try
        {
            await waiter.Completion.Task.WaitAsync(timeout ?? DefaultTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            lock (gate)
            {
                waiters.Remove(waiter);
            }

            throw new TimeoutException($"Timed out waiting for {count} x {what ?? typeof(T).Name}; recorded so far:\n{string.Join('\n', Snapshot())}");
        }

        return Where(predicate);
    }

    /// <summary>The first matching entry, waiting for it if needed.</summary>
    public async Task<T> FirstAsync(Func<T, bool> predicate, TimeSpan? timeout = null, string? what = null) =>
        (await WaitForAsync(predicate, 1, timeout, what).ConfigureAwait(false))[0];

    private sealed record Waiter(Func<T, bool> Predicate, int Count, TaskCompletionSource Completion);
}
