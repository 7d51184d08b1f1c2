using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Scheduling.Feeds;

/// <summary>
/// Fetches feeds: ONE fetch per URL however many channels follow it (concurrent callers share the fetch in flight),
/// conditional GET with the stored ETag / Last-Modified (304 → nothing new), politeness through <see cref="HostGate"/>,
/// and a persisted back-off: each failure doubles the wait (from PollMinutes / 4 up to BackoffMaxMinutes, longer when
/// the server sends Retry-After); after PauseAfterFailures in a row the feed is paused and its channels are told.
/// New items are deduplicated by the store (item key, canonical URL, content hash).
/// </summary>
public sealed class FeedPoller(
    IFeedFetcher fetcher,
    IFeedStore store,
    HostGate gate,
    FeedNotices notices,
    IOptions<FeedsOptions> options,
    TimeProvider time,
    ILogger<FeedPoller> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<FeedPollResult>>> inFlight = new(StringComparer.Ordinal);

    /// <summary>Fetches the feed now (unless paused), or joins the fetch already in flight for this URL.</summary>
    public async Task<FeedPollResult> PollAsync(string url, CancellationToken cancellationToken)
    {
        var lazy = inFlight.GetOrAdd(url, u => new Lazy<Task<FeedPollResult>>(() => FetchOnceAsync(u, cancellationToken)));
        try
        {
            return await lazy.Value;
        }
        finally
        {
            inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<FeedPollResult>>>(url, lazy));
        }
    }

    /// <summary>Polls the feeds that are due (never fetched, or past their next fetch time), concurrently.</summary>
    public Task<IReadOnlyList<FeedPollResult>> PollDueAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken) =>
        PollWhereAsync(urls, s => s.NextFetchAt is null || s.NextFetchAt <= time.GetUtcNow(), cancellationToken);

    /// <summary>Before a digest: polls the feeds not fetched within <paramref name="maxAge"/> (but not a failing feed
    /// before its back-off ends).</summary>
    public Task<IReadOnlyList<FeedPollResult>> RefreshAsync(IReadOnlyCollection<string> urls, TimeSpan maxAge, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return PollWhereAsync(
            urls,
            s => s.LastFetchAt is null || (now - s.LastFetchAt.Value >= maxAge && (s.Failures == 0 || s.NextFetchAt is null || s.NextFetchAt <= now)),
            cancellationToken);
    }

    /// <summary>Un-pauses a feed (its failures forgotten, due now). True when it was paused.</summary>
    public async Task<bool> ResumeAsync(string url, CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(url, cancellationToken);
        if (state is null || !state.IsPaused)
        {
            return false;
        }

        await store.SaveAsync(state with { PausedAt = null, PauseReason = null, Failures = 0, NextFetchAt = time.GetUtcNow() }, cancellationToken);
        SchedulingLog.Resumed(logger, FeedUrls.Label(url));
        return true;
    }

    private async Task<IReadOnlyList<FeedPollResult>> PollWhereAsync(IReadOnlyCollection<string> urls, Func<FeedState, bool> due, CancellationToken cancellationToken)
    {
        var known = (await store.ListAsync(urls, cancellationToken)).ToDictionary(s => s.Url, StringComparer.Ordinal);
        var work = urls.Distinct(StringComparer.Ordinal)
            .Select(u => known.GetValueOrDefault(u) ?? new FeedState(u))
            .Where(s => !s.IsPaused && due(s))
            .Select(s => PollAsync(s.Url, cancellationToken));
        return await Task.WhenAll(work);
    }

    private async Task<FeedPollResult> FetchOnceAsync(string url, CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(url, cancellationToken) ?? new FeedState(url);
        if (state.IsPaused)
        {
            return new FeedPollResult(url, FeedPollStatus.Paused, state);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return await FailAsync(state, "not an absolute URL", null, cancellationToken);
        }

        try
        {
            return await FetchAsync(state, uri, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            SchedulingLog.PollCrashed(logger, ex, FeedUrls.Label(url));
            return await FailAsync(state, "an internal error while reading the feed", null, cancellationToken);
        }
    }

    private async Task<FeedPollResult> FetchAsync(FeedState state, Uri uri, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var started = time.GetTimestamp();
        Bot.Digest.Outcome<FeedResponse> fetched;
        using (await gate.EnterAsync(uri, cancellationToken))
        {
            fetched = await fetcher.FetchAsync(new FeedRequest(uri, state.ETag, state.LastModified), cancellationToken);
        }

        var now = time.GetUtcNow();
        state = state with { LastFetchAt = now };
        if (!fetched.IsSuccess || fetched.Value is null)
        {
            return await FailAsync(state, fetched.Error ?? "the fetch failed", null, cancellationToken);
        }

        var response = fetched.Value;
        if (response.IsNotModified)
        {
            state = state with { Failures = 0, LastSuccessAt = now, LastResult = "304: not modified", NextFetchAt = now + Jittered(settings.PollInterval, state.Url) };
            await store.SaveAsync(state, cancellationToken);
            SchedulingLog.NotModified(logger, FeedUrls.Label(state.Url));
            return new FeedPollResult(state.Url, FeedPollStatus.NotModified, state, new ItemsAdded(0, 0, 0));
        }

        if (!response.IsSuccess)
        {
            var reason = string.IsNullOrEmpty(response.Reason)
                ? string.Create(CultureInfo.InvariantCulture, $"HTTP {response.Status}")
                : string.Create(CultureInfo.InvariantCulture, $"HTTP {response.Status} {response.Reason}");
            return await FailAsync(state, reason, response.RetryAfter, cancellationToken);
        }

        var parsed = FeedParser.Parse(response.Body, response.MediaType, response.FinalUrl, settings.MaxItemsPerFeed);
        if (!parsed.IsSuccess || parsed.Value is null)
        {
            return await FailAsync(state, parsed.Error ?? "not a feed", null, cancellationToken);
        }

        var feed = parsed.Value;
        var items = FeedItems.ToNew(feed, state.Url, settings);
        var added = await store.AddItemsAsync(state.Url, items, now, cancellationToken);
        state = state with
        {
            Kind = feed.Kind,
            Title = feed.Title ?? state.Title,
            ETag = response.ETag,
            LastModified = response.LastModified,
            LastSuccessAt = now,
            Failures = 0,
            LastResult = string.Create(CultureInfo.InvariantCulture, $"{response.Status}: {added.New} new, {added.Duplicates} duplicate(s), {added.Known} known"),
            NextFetchAt = now + Jittered(settings.PollInterval, state.Url),
        };
        await store.SaveAsync(state, cancellationToken);
        SchedulingLog.Fetched(logger, FeedUrls.Label(state.Url), response.Status, added.New, added.Duplicates, added.Known, (long)time.GetElapsedTime(started).TotalMilliseconds);
        return new FeedPollResult(state.Url, FeedPollStatus.Fetched, state, added);
    }

    private async Task<FeedPollResult> FailAsync(FeedState state, string reason, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var failures = state.Failures + 1;
        var wait = Backoff(failures, settings, state.Url);
        if (retryAfter is { } serverWait && serverWait > wait)
        {
            wait = serverWait < settings.BackoffMax * 4 ? serverWait : settings.BackoffMax * 4;
        }

        state = state with { LastFetchAt = state.LastFetchAt ?? now, Failures = failures, LastResult = reason, NextFetchAt = now + wait };
        if (failures < settings.PauseAfterFailures)
        {
            await store.SaveAsync(state, cancellationToken);
            SchedulingLog.FetchFailed(logger, FeedUrls.Label(state.Url), failures, now + wait, FeedUrls.ForLog(reason));
            return new FeedPollResult(state.Url, FeedPollStatus.Failed, state, Problem: reason);
        }

        state = state with { PausedAt = now, PauseReason = reason };
        await store.SaveAsync(state, cancellationToken);
        SchedulingLog.Paused(logger, FeedUrls.Label(state.Url), failures, FeedUrls.ForLog(reason));
        await notices.PausedAsync(state, cancellationToken);
        return new FeedPollResult(state.Url, FeedPollStatus.PausedNow, state, Problem: reason);
    }

    /// <summary>PollMinutes / 4 (at least a minute), doubling per failure, capped at BackoffMaxMinutes, plus up to 10%
    /// jitter derived from the URL (so feeds failing together do not retry together, and tests stay deterministic).</summary>
    internal static TimeSpan Backoff(int failures, FeedsOptions settings, string url)
    {
        var first = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(1).Ticks, settings.PollInterval.Ticks / 4));
        var doubled = first * Math.Pow(2, Math.Min(failures - 1, 20));
        return Jittered(doubled < settings.BackoffMax ? doubled : settings.BackoffMax, url);
    }

    private static TimeSpan Jittered(TimeSpan wait, string url)
    {
        var spread = SHA256.HashData(Encoding.UTF8.GetBytes(url))[0] / 255.0 * 0.1;
        return wait + wait * spread;
    }
}
