using Bot.Chat;
using Bot.Digest;
using Bot.Digest.Ingest;
using Bot.Scheduling.Feeds;

namespace Bot.Tests.Scheduling.Fakes;

/// <summary>A plain HTTP fetcher for the loopback server (feeds with conditional GET, and pages as articles).</summary>
public sealed class LoopbackFetcher : IFeedFetcher, IArticleFetcher, IDisposable
{
    private readonly HttpClient client = new();

    public async Task<Outcome<FeedResponse>> FetchAsync(FeedRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        if (request.ETag is not null)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        }

        message.Headers.IfModifiedSince = request.LastModified;
        try
        {
            using var response = await client.SendAsync(message, cancellationToken);
            var body = response.IsSuccessStatusCode ? await response.Content.ReadAsByteArrayAsync(cancellationToken) : [];
            return Outcome<FeedResponse>.Success(new FeedResponse(
                (int)response.StatusCode, response.ReasonPhrase, request.Url, response.Content.Headers.ContentType?.MediaType, body,
                response.Headers.ETag?.ToString(), response.Content.Headers.LastModified, response.Headers.RetryAfter?.Delta));
        }
        catch (HttpRequestException ex)
        {
            return Outcome<FeedResponse>.Failure($"{request.Url}: unreachable ({ex.HttpRequestError})");
        }
    }

    public async Task<Outcome<Article>> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(url, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return Outcome<Article>.Failure($"{url}: HTTP {(int)response.StatusCode}");
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return ArticleReader.Read(body, response.Content.Headers.ContentType?.ToString(), url.AbsoluteUri);
    }

    public void Dispose() => client.Dispose();
}
