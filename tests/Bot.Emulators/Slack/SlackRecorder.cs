namespace Bot.Emulators.Slack;

/// <summary>The emulator's ordered log with awaitable predicates (signals instead of sleeps).</summary>
public sealed class SlackRecorder
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);
    private readonly object gate = new();
    private readonly List<SlackRecord> records = [];
    private readonly List<(Func<SlackRecord, bool> Match, TaskCompletionSource<SlackRecord> Done)> waiters = [];

    public IReadOnlyList<SlackRecord> All
    {
        get
        {
            lock (gate)
            {
                return [.. records];
            }
        }
    }

    public IReadOnlyList<T> Of<T>()
        where T : SlackRecord => All.OfType<T>().ToList();

    /// <summary>Forgets everything recorded so far (benchmarks clear between iterations).</summary>
    public void Clear()
    {
        lock (gate)
        {
            records.Clear();
        }
    }

    public void Add(SlackRecord record)
    {
        List<TaskCompletionSource<SlackRecord>> done = [];
        lock (gate)
        {
            records.Add(record);
            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (waiters[i].Match(record))
                {
                    done.Add(waiters[i].Done);
                    waiters.RemoveAt(i);
                }
            }
        }

        done.ForEach(d => d.TrySetResult(record));
    }

    /// <summary>The first record (already there or still to come) of type <typeparamref name="T"/> matching the predicate.</summary>
    public async Task<T> WaitAsync<T>(Func<T, bool>? predicate = null, TimeSpan? timeout = null)
        where T : SlackRecord
    {
        bool Match(SlackRecord r) => r is T t && (predicate?.Invoke(t) ?? true);
        var done = new TaskCompletionSource<SlackRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            var existing = records.FirstOrDefault(Match);
            if (existing is not null)
            {
                return (T)existing;
            }

            waiters.Add((Match, done));
        }

        try
        {
            return (T)await done.Task.WaitAsync(timeout ?? DefaultTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No {typeof(T).Name} matching the condition was recorded. Recorded: {string.Join(", ", All.Select(r => r.GetType().Name))}");
        }
    }
}
