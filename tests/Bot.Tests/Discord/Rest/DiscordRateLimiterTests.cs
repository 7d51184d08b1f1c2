using Bot.Discord.Rest;

namespace Bot.Tests.Discord.Rest;

public sealed class DiscordRateLimiterTests
{
    private static readonly DiscordRequest MessagesA = new(HttpMethod.Post, "channels/1/messages", "POST /channels/{channel}/messages", "1");
    private static readonly DiscordRequest MessagesB = new(HttpMethod.Post, "channels/2/messages", "POST /channels/{channel}/messages", "2");

    [Fact]
    public async Task Acquire_BucketExhausted_WaitsResetAfterOnlyForThatChannel()
    {
        var time = new SignallingTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        var bucket = await limiter.AcquireAsync(MessagesA, CancellationToken.None);
        limiter.Update(MessagesA, bucket, Headers(limit: 5, remaining: 0, resetAfter: "2.5"));
        bucket.Lock.Release();

        var sameChannel = limiter.AcquireAsync(MessagesA, CancellationToken.None);
        var otherChannel = await limiter.AcquireAsync(MessagesB, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        await time.Timers.FirstAsync(t => t.DueTime == TimeSpan.FromSeconds(2.5));
        Assert.False(sameChannel.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(2.5));
        (await sameChannel.WaitAsync(TimeSpan.FromSeconds(5))).Lock.Release();
        otherChannel.Lock.Release();
    }

    [Fact]
    public async Task Acquire_OneRequestInFlightPerBucket()
    {
        var limiter = new DiscordRateLimiter(new SignallingTimeProvider());
        var first = await limiter.AcquireAsync(MessagesA, CancellationToken.None);

        var second = limiter.AcquireAsync(MessagesA, CancellationToken.None);

        Assert.False(second.IsCompleted);
        first.Lock.Release();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Lock.Release();
    }

    [Fact]
    public async Task PauseAll_GlobalLimit_HoldsEveryBucketButNotInteractionCallbacks()
    {
        var time = new SignallingTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        limiter.PauseAll(TimeSpan.FromSeconds(3));

        var held = limiter.AcquireAsync(MessagesB, CancellationToken.None);
        var callback = new DiscordRequest(HttpMethod.Post, "interactions/1/t/callback", "POST /interactions/{interaction}/{token}/callback", "1", UseBotAuthorization: false, IsInteractionCallback: true);
        await limiter.WaitForTurnAsync(callback, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        await time.Timers.FirstAsync(t => t.DueTime == TimeSpan.FromSeconds(3));
        Assert.False(held.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(3));
        (await held.WaitAsync(TimeSpan.FromSeconds(5))).Lock.Release();
    }

    [Fact]
    public async Task Acquire_51RequestsInOneSecond_TheLastWaitsForTheNextSecond()
    {
        var time = new SignallingTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        for (var i = 0; i < 50; i++)
        {
            var request = MessagesA with { MajorParameter = i.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            (await limiter.AcquireAsync(request, CancellationToken.None)).Lock.Release();
        }

        var fiftyFirst = limiter.AcquireAsync(MessagesA with { MajorParameter = "x" }, CancellationToken.None);

        Assert.False(fiftyFirst.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        (await fiftyFirst.WaitAsync(TimeSpan.FromSeconds(5))).Lock.Release();
    }

    private static System.Net.Http.Headers.HttpResponseHeaders Headers(int limit, int remaining, string resetAfter)
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add("X-RateLimit-Reset-After", resetAfter);
        response.Headers.Add("X-RateLimit-Bucket", "abc123");
        return response.Headers;
    }
}
