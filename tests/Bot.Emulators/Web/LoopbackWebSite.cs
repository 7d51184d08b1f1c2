using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Emulators.Web;

/// <summary>
/// A web site on loopback for fetcher tests: pages (with ETag / Last-Modified and conditional GET), redirects, error
/// statuses, wrong content types, huge bodies (declared or chunked) and responses that stall until released.
/// Routes can be added while it runs; every request is recorded.
/// <code>
/// await using var site = await LoopbackWebSite.StartAsync();
/// var url = site.Page("/news", "&lt;h1&gt;Hello&lt;/h1&gt;");
/// </code>
/// </summary>
public sealed class LoopbackWebSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentBag<Stall> stalls = [];
    private LoopbackServer? server;

    public Uri BaseUri => Server.BaseUri;

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    private LoopbackServer Server => server ?? throw new InvalidOperationException("not started");

    public static async Task<LoopbackWebSite> StartAsync(CancellationToken cancellationToken = default)
    {
        var site = new LoopbackWebSite();
        site.server = await LoopbackServer.StartAsync(app => app.Run(site.DispatchAsync), cancellationToken).ConfigureAwait(false);
        return site;
    }

    public Uri Url(string path) => new(BaseUri, path.TrimStart('/'));

    /// <summary>A loopback port nothing listens on (bound, then released): connecting to it is refused.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>How many requests reached <paramref name="path"/>.</summary>
    public int Hits(string path) => requests.Count(r => r.Path == path);

    /// <summary>Any handler: the escape hatch for one-off behaviour.</summary>
    public Uri Handle(string path, Func<HttpContext, Task> handler)
    {
        routes[path] = handler;
        return Url(path);
    }

    /// <summary>A page. With <paramref name="etag"/> or <paramref name="lastModified"/> it answers conditional GETs
    /// (If-None-Match / If-Modified-Since) with 304 Not Modified.</summary>
    public Uri Page(string path, string body, string contentType = "text/html; charset=utf-8", string? etag = null, DateTimeOffset? lastModified = null) =>
        Handle(path, context => WritePageAsync(context, System.Text.Encoding.UTF8.GetBytes(body), contentType, etag, lastModified));

    public Uri Bytes(string path, byte[] body, string? contentType) =>
        Handle(path, context => WritePageAsync(context, body, contentType, null, null));

    public Uri Status(string path, int status, string body = "") => Handle(path, async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    });

    public Uri Redirect(string path, string location, int status = StatusCodes.Status302Found) => Handle(path, context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    });

    /// <summary>A chain <c>{prefix}/1 → {prefix}/2 → … → {prefix}/{hops} → target</c>: <paramref name="hops"/> redirects.</summary>
    public Uri RedirectChain(string prefix, int hops, string target)
    {
        for (var i = 1; i <= hops; i++)
        {
            Redirect($"{prefix}/{i}", i == hops ? target : $"{prefix}/{i + 1}");
        }

        return Url($"{prefix}/1");
    }

    /// <summary><paramref name="length"/> bytes of "a", with Content-Length when <paramref name="declareLength"/>,
    /// chunked otherwise; writing stops when the client goes away.</summary>
    public Uri Huge(string path, long length, bool declareLength, string contentType = "text/plain") => Handle(path, async context =>
    {
        context.Response.ContentType = contentType;
        if (declareLength)
        {
            context.Response.ContentLength = length;
        }

        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'a');
        try
        {
            for (var sent = 0L; sent < length; sent += chunk.Length)
            {
                var size = (int)Math.Min(chunk.Length, length - sent);
                await context.Response.Body.WriteAsync(chunk.AsMemory(0, size), context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client stopped reading at its cap: that is the point of the test.
        }
    });

    /// <summary>A response that never completes until <see cref="Stall.Release"/> (or the client gives up). With
    /// <paramref name="afterHeaders"/> the status, headers and a first chunk are sent before stalling.</summary>
    public Stall Stall(string path, bool afterHeaders = false, string contentType = "text/plain")
    {
        var stall = new Stall(Url(path));
        stalls.Add(stall);
        Handle(path, async context =>
        {
            if (afterHeaders)
            {
                context.Response.ContentType = contentType;
                await context.Response.WriteAsync("The first part of the page", context.RequestAborted).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            }

            stall.MarkArrived();
            try
            {
                await stall.Released.WaitAsync(context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The client timed out and hung up.
            }
        });
        return stall;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var stall in stalls)
        {
            stall.Release();
        }

        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private Task DispatchAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        requests.Enqueue(new RecordedRequest(
            path,
            context.Request.QueryString.Value ?? string.Empty,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        if (routes.TryGetValue(path, out var handler))
        {
            return handler(context);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static async Task WritePageAsync(HttpContext context, byte[] body, string? contentType, string? etag, DateTimeOffset? lastModified)
    {
        var request = context.Request.GetTypedHeaders();
        var response = context.Response.GetTypedHeaders();
        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
        }

        if (lastModified is { } modified)
        {
            response.LastModified = modified;
        }

        var unchanged = (etag is not null && context.Request.Headers.IfNoneMatch.ToString() == etag)
            || (lastModified is not null && request.IfModifiedSince is { } since && since >= lastModified);
        if (unchanged)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        if (contentType is not null)
        {
            context.Response.ContentType = contentType;
        }

        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}

/// <summary>A request as the site saw it; header names are case-insensitive.</summary>
public sealed record RecordedRequest(string Path, string Query, IReadOnlyDictionary<string, string> Headers);
