using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Emulators.Feeds;

/// <summary>
/// A loopback feed server (real HTTP on 127.0.0.1): serves RSS, Atom and JSON Feed fixtures and pages, answers
/// conditional GETs (If-None-Match, If-Modified-Since → 304), fails on demand (any status, N times, with Retry-After),
/// can hold a request until released, and counts the requests for each path.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Resource> resources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> fetches = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> notModified = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Failure> failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> holds = new(StringComparer.Ordinal);
    private readonly Channel<string> requests = Channel.CreateUnbounded<string>();
    private LoopbackServer? server;

    private FeedServer()
    {
    }

    public Uri BaseUri => server!.BaseUri;

    /// <summary>Every request's path, in arrival order (to wait for a fetch without sleeping).</summary>
    public ChannelReader<string> Requests => requests.Reader;

    public static async Task<FeedServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var feeds = new FeedServer();
        feeds.server = await LoopbackServer.StartAsync(app => app.MapGet("/{**path}", feeds.HandleAsync), cancellationToken).ConfigureAwait(false);
        return feeds;
    }

    public Uri Url(string path) => new(BaseUri, path.TrimStart('/'));

    /// <summary>Serves a feed at <paramref name="path"/> with an ETag and a Last-Modified (switch either off).</summary>
    public Uri SetFeed(string path, FeedFixture feed, bool etag = true, bool lastModified = true)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var (body, type) = FeedRenderer.Render(feed, Url(path));
        return Set(path, new Resource(body, type, etag ? Tag(body) : null, lastModified ? feed.Updated : null));
    }

    /// <summary>Serves any text (a page, a hand-written feed) as it is.</summary>
    public Uri SetText(string path, string body, string contentType = "text/html; charset=utf-8") =>
        Set(path, new Resource(body, contentType, Tag(body), null));

    /// <summary>The next <paramref name="times"/> requests for the path answer <paramref name="status"/>.</summary>
    public void Fail(string path, int status, int times = int.MaxValue, TimeSpan? retryAfter = null) =>
        failures[Key(path)] = new Failure(status, times, retryAfter);

    public void Heal(string path) => failures.TryRemove(Key(path), out _);

    /// <summary>Requests for the path wait until <see cref="Release"/>.</summary>
    public void Hold(string path) => holds[Key(path)] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release(string path)
    {
        if (holds.TryRemove(Key(path), out var hold))
        {
            hold.TrySetResult();
        }
    }

    /// <summary>Requests received for the path (all answers: 200, 304, failures).</summary>
    public int Fetches(string path) => fetches.GetValueOrDefault(Key(path));

    /// <summary>Requests for the path answered 304 Not Modified.</summary>
    public int NotModifiedCount(string path) => notModified.GetValueOrDefault(Key(path));

    public async ValueTask DisposeAsync()
    {
        foreach (var hold in holds.Values)
        {
            hold.TrySetResult();
        }

        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private Uri Set(string path, Resource resource)
    {
        resources[Key(path)] = resource;
        return Url(path);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = Key(context.Request.Path.Value ?? "/");
        fetches.AddOrUpdate(path, 1, (_, n) => n + 1);
        requests.Writer.TryWrite(path);
        if (holds.TryGetValue(path, out var hold))
        {
            await hold.Task.ConfigureAwait(false);
        }

        var response = context.Response;
        if (failures.TryGetValue(path, out var failure) && failure.Remaining > 0)
        {
            failures[path] = failure with { Remaining = failure.Remaining == int.MaxValue ? int.MaxValue : failure.Remaining - 1 };
            response.StatusCode = failure.Status;
            if (failure.RetryAfter is { } wait)
            {
                response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            }

            return;
        }

        if (!resources.TryGetValue(path, out var resource))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (resource.ETag is not null)
        {
            response.Headers.ETag = resource.ETag;
        }

        if (resource.LastModified is { } modified)
        {
            response.Headers.LastModified = modified.ToString("r", CultureInfo.InvariantCulture);
        }

        if (IsUnchanged(context.Request, resource))
        {
            notModified.AddOrUpdate(path, 1, (_, n) => n + 1);
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = resource.ContentType;
        await response.WriteAsync(resource.Body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>If-None-Match wins when sent (RFC 9110 §13.2.2); else If-Modified-Since against Last-Modified.</summary>
    private static bool IsUnchanged(HttpRequest request, Resource resource)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0)
        {
            return resource.ETag is not null && ifNoneMatch.Split(',').Select(t => t.Trim()).Contains(resource.ETag, StringComparer.Ordinal);
        }

        return resource.LastModified is { } modified
            && DateTimeOffset.TryParse(request.Headers.IfModifiedSince.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
            && Math.Floor((modified - since).TotalSeconds) <= 0;
    }

    private static string Key(string path) => "/" + path.TrimStart('/');

    private static string Tag(string body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16] + "\"";

    private sealed record Resource(string Body, string ContentType, string? ETag, DateTimeOffset? LastModified);

    private sealed record Failure(int Status, int Remaining, TimeSpan? RetryAfter);
}
