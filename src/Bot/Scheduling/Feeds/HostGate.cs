using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Bot.Scheduling.Feeds;

/// <summary>
/// Politeness: at most Feeds:PerHostConcurrency fetches in flight per host and Feeds:HostSpacingMilliseconds between
/// the starts of two fetches to one host, within Feeds:MaxConcurrentFetches overall. Waits run on the
/// <see cref="TimeProvider"/>, so tests drive them with a fake clock. Feeds and teaser pages share the gate.
/// </summary>
public sealed class HostGate(IOptions<FeedsOptions> options, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, Host> hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim global = new(options.Value.MaxConcurrentFetches, options.Value.MaxConcurrentFetches);

    /// <summary>Waits for a turn at <paramref name="url"/>'s host; dispose the result when the fetch is done.</summary>
    public async Task<IDisposable> EnterAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = hosts.GetOrAdd(url.IdnHost, _ => new Host(options.Value.PerHostConcurrency));
        await host.Slots.WaitAsync(cancellationToken);
        try
        {
            await global.WaitAsync(cancellationToken);
        }
        catch
        {
            host.Slots.Release();
            throw;
        }

        try
        {
            var now = time.GetUtcNow();
            DateTimeOffset start;
            lock (host)
            {
                start = host.NextStart > now ? host.NextStart : now;
                host.NextStart = start + options.Value.HostSpacing;
            }

            if (start > now)
            {
                await Task.Delay(start - now, time, cancellationToken);
            }
        }
        catch
        {
            global.Release();
            host.Slots.Release();
            throw;
        }

        return new Turn(this, host);
    }

    public void Dispose()
    {
        global.Dispose();
        foreach (var host in hosts.Values)
        {
            host.Slots.Dispose();
        }
    }

    private sealed class Host(int concurrency)
    {
        public SemaphoreSlim Slots { get; } = new(concurrency, concurrency);

        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Turn(HostGate gate, Host host) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                gate.global.Release();
                host.Slots.Release();
            }
        }
    }
}
