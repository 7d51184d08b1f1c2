using Bot.Digest;

namespace Bot.Scheduling.Feeds;

/// <summary>The fallback when the host registers no fetcher: every poll fails with a clear reason.</summary>
internal sealed class UnavailableFeedFetcher : IFeedFetcher
{
    public Task<Outcome<FeedResponse>> FetchAsync(FeedRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Outcome<FeedResponse>.Failure("fetching feeds is not available in this build"));
}
