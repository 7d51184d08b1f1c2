using Bot.Emulators.Slack;
using Bot.Slack.WebApi;
using Bot.Tests.Slack.Fakes;

namespace Bot.Tests.Slack.WebApi;

public sealed class SlackApiClientTests
{
    [Fact]
    public async Task Post_SendsJsonWithCharsetAndBearerBotToken()
    {
        await using var harness = await SlackHarness.StartAsync();
        var api = harness.Get<ISlackApiClient>();

        await api.Chat.PostMessage(new Message { Channel = SlackEmulator.General, Text = "hello" }, CancellationToken.None);

        var call = harness.Emulator.Recorder.Of<ApiCall>().Single(c => c.Method == "chat.postMessage");
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal("bot", call.TokenKind);
        Assert.False(call.Body!["unfurl_links"]!.GetValue<bool>());
        Assert.False(call.Body["unfurl_media"]!.GetValue<bool>());
        Assert.False(call.Body.ContainsKey("link_names"));
    }

    [Fact]
    public async Task Post_RateLimited_WaitsRetryAfterOnTheClockThenResendsTheSameRequest()
    {
        await using var harness = await SlackHarness.StartAsync();
        var api = harness.Get<ISlackApiClient>();
        harness.Emulator.RateLimitNext("chat.postMessage", count: 1, retryAfterSeconds: 7);

        var posting = api.Chat.PostMessage(new Message { Channel = SlackEmulator.General, Text = "digest" }, CancellationToken.None);
        var wait = await harness.Clock.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(7));
        Assert.False(posting.IsCompleted);
        Assert.Single(harness.Emulator.Recorder.Of<ApiCall>(), c => c.Method == "chat.postMessage");

        harness.Clock.Advance(wait);
        var response = await posting.WaitAsync(TimeSpan.FromSeconds(15));

        var calls = harness.Emulator.Recorder.Of<ApiCall>().Where(c => c.Method == "chat.postMessage").ToList();
        Assert.Equal([429, 200], calls.Select(c => c.Status));
        Assert.Equal(calls[0].Body!.ToJsonString(), calls[1].Body!.ToJsonString());
        Assert.NotNull(response.Ts);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 2060);
    }

    [Fact]
    public async Task Post_RateLimitedBeyondTheRetries_ThrowsSlackRateLimitException()
    {
        await using var harness = await SlackHarness.StartAsync();
        using var http = new HttpClient();
        var api = new SlackApiClient(http, harness.Emulator.ApiBaseUrl, SlackEmulator.BotToken, harness.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance)
        {
            DisableRetryOnRateLimit = true,
        };
        harness.Emulator.RateLimitNext("chat.postMessage", count: 1, retryAfterSeconds: 30);

        var error = await Assert.ThrowsAsync<SlackRateLimitException>(() => api.Chat.PostMessage(new Message { Channel = SlackEmulator.General, Text = "x" }, CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
    }

    [Fact]
    public async Task Post_OkFalse_ThrowsSlackExceptionWithTheErrorAndNoToken()
    {
        await using var harness = await SlackHarness.StartAsync();
        var api = harness.Get<ISlackApiClient>();

        var error = await Assert.ThrowsAsync<SlackException>(() => api.Chat.PostMessage(new Message { Channel = "C0NOWHERE", Text = "x" }, CancellationToken.None));

        Assert.Equal("channel_not_found", error.ErrorCode);
        Assert.Equal("chat.postMessage", error.Method);
        Assert.DoesNotContain(SlackEmulator.BotToken, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAccessToken_WrongKindOfToken_IsRejectedBySlack()
    {
        await using var harness = await SlackHarness.StartAsync();
        var api = harness.Get<ISlackApiClient>();

        var error = await Assert.ThrowsAsync<SlackException>(() => api.AppsConnectionsApi.Open(CancellationToken.None));
        var opened = await api.WithAccessToken(SlackEmulator.AppToken).AppsConnectionsApi.Open(CancellationToken.None);

        Assert.Equal("not_allowed_token_type", error.ErrorCode);
        Assert.StartsWith("ws://127.0.0.1:", opened.Url, StringComparison.Ordinal);
    }
}
