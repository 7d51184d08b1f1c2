using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace Bot.Discord.Rest;

/// <summary>
/// The §6.3 queue: route key → bucket hash learned from <c>X-RateLimit-Bucket</c>; one serial
/// <see cref="RateLimitBucket"/> per (bucket, major parameter); a global gate of 50 requests per second that a
/// global 429 closes for everyone. Interaction callbacks bypass the queue (they are exempt and must never wait
/// behind digest posts). All waits run on the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class DiscordRateLimiter(TimeProvider time)
{
    private const int GlobalPerSecond = 50;
    private static readonly TimeSpan IdleBucket = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, string> hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> buckets = new(StringComparer.Ordinal);
    private readonly object globalGate = new();
    private DateTimeOffset globalPausedUntil;
    private DateTimeOffset windowStart;
    private int windowCount;

    /// <summary>Waits for this request's turn and returns its bucket, whose <see cref="RateLimitBucket.Lock"/>
    /// the caller holds until the exchange (including 429 re-sends) is over.</summary>
    public async Task<RateLimitBucket> AcquireAsync(DiscordRequest request, CancellationToken cancellationToken)
    {
        var bucket = BucketFor(request);
        await bucket.Lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WaitForTurnAsync(request, bucket, cancellationToken).ConfigureAwait(false);
            return bucket;
        }
        catch
        {
            bucket.Lock.Release();
            throw;
        }
    }

    /// <summary>Waits before a re-send (after a 429 or a 5xx) without giving up the bucket.</summary>
    public async Task WaitForTurnAsync(DiscordRequest request, RateLimitBucket? bucket, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = bucket?.DelayBeforeNext(time.GetUtcNow()) ?? TimeSpan.Zero;
            if (wait <= TimeSpan.Zero && !request.IsExemptFromGlobalLimit)
            {
                wait = TakeGlobalSlot();
            }

            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Update(DiscordRequest request, RateLimitBucket? bucket, HttpResponseHeaders headers)
    {
        if (headers.TryGetValues("X-RateLimit-Bucket", out var hashValues) && hashValues.FirstOrDefault() is { Length: > 0 } hash
            && (!hashes.TryGetValue(request.RouteKey, out var known) || known != hash))
        {
            // Learned (or changed): later requests of this route use the hash's bucket, starting from this state.
            hashes[request.RouteKey] = hash;
            if (bucket is not null)
            {
                buckets.TryAdd(hash + "|" + request.MajorParameter, bucket);
            }
        }

        bucket?.Update(ReadInt(headers, "X-RateLimit-Limit"), ReadInt(headers, "X-RateLimit-Remaining"), ReadSeconds(headers, "X-RateLimit-Reset-After"), time.GetUtcNow());
    }

    /// <summary>A global 429: every queue waits.</summary>
    public void PauseAll(TimeSpan delay)
    {
        lock (globalGate)
        {
            var until = time.GetUtcNow() + delay;
            if (until > globalPausedUntil)
            {
                globalPausedUntil = until;
            }
        }
    }

    internal static TimeSpan? ReadSeconds(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
        && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static int? ReadInt(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private TimeSpan TakeGlobalSlot()
    {
        lock (globalGate)
        {
            var now = time.GetUtcNow();
            if (now < globalPausedUntil)
            {
                return globalPausedUntil - now;
            }

            if (now - windowStart >= TimeSpan.FromSeconds(1))
            {
                windowStart = now;
                windowCount = 0;
            }

            if (windowCount >= GlobalPerSecond)
            {
                return windowStart + TimeSpan.FromSeconds(1) - now;
            }

            windowCount++;
            return TimeSpan.Zero;
        }
    }

    private RateLimitBucket BucketFor(DiscordRequest request)
    {
        var id = hashes.TryGetValue(request.RouteKey, out var hash) ? hash : request.RouteKey;
        var key = id + "|" + request.MajorParameter;
        if (buckets.Count > 256)
        {
            Sweep();
        }

        return buckets.GetOrAdd(key, static _ => new RateLimitBucket());
    }

    // Discord.Net drops buckets idle for more than a minute; interaction tokens would otherwise pile up.
    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (key, bucket) in buckets)
        {
            if (now - bucket.LastUsed > IdleBucket && bucket.Lock.CurrentCount == 1)
            {
                buckets.TryRemove(key, out _);
            }
        }
    }
}
