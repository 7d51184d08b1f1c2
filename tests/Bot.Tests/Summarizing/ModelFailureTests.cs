using Bot.Emulators.OpenAi;
using Bot.Tests.Summarizing.Fakes;

namespace Bot.Tests.Summarizing;

/// <summary>Every model failure gives the extractive digest, with "extractive: model unavailable" in the footer and no
/// error for the reader; retries are bounded.</summary>
public sealed class ModelFailureTests
{
    private const string Unavailable = "extractive: model unavailable";

    [Fact]
    public async Task Summarize_ServerNeverAnswers_TimesOutAndFallsBack()
    {
        await using var harness = await ModelHarness.StartAsync(s => s["Summarizer:Timeout"] = "00:00:00.2");
        harness.Server.Enqueue(OpenAiReply.Hang);
        var article = SeedArticle.Create();

        var digest = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));

        AssertExtractive(article, digest);
        Assert.Single(harness.Server.Requests);
        var failure = Assert.Single(harness.Logs.Collector.GetSnapshot(), r => r.Id.Id == 8004);
        Assert.Contains("Timeout", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_RateLimitedTwice_RetriesOnceThenFallsBack()
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Server.Enqueue(OpenAiReply.Status(429, retryAfterSeconds: 0), OpenAiReply.Status(429, retryAfterSeconds: 0), OpenAiReply.Json(SeedArticle.FaithfulAnswer()));
        var article = SeedArticle.Create();

        var digest = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None);

        AssertExtractive(article, digest);
        Assert.Equal(2, harness.Server.Requests.Count);
        Assert.Contains("RateLimited, status 429", Assert.Single(harness.Logs.Collector.GetSnapshot(), r => r.Id.Id == 8004).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_RateLimitedOnce_RetriesAndUsesTheAnswer()
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Server.Enqueue(OpenAiReply.Status(429, retryAfterSeconds: 0), OpenAiReply.Json(SeedArticle.FaithfulAnswer()));

        var digest = await harness.Summarizer().SummarizeAsync(SeedArticle.Create(), CancellationToken.None);

        Assert.StartsWith("written by test-model", digest.Provenance.Method, StringComparison.Ordinal);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Summarize_ServerErrorWithRetryAfter_WaitsThatLongOnTheClockBeforeRetrying()
    {
        var time = new SignallingTimeProvider(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));
        await using var harness = await ModelHarness.StartAsync(time: time);
        harness.Server.Enqueue(OpenAiReply.Status(503, retryAfterSeconds: 3), OpenAiReply.Json(SeedArticle.FaithfulAnswer()));

        var summarizing = harness.Summarizer().SummarizeAsync(SeedArticle.Create(), CancellationToken.None);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(3)).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Single(harness.Server.Requests);
        Assert.False(summarizing.IsCompleted);
        time.Clock.Advance(TimeSpan.FromSeconds(3));
        var digest = await summarizing.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.StartsWith("written by test-model", digest.Provenance.Method, StringComparison.Ordinal);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Summarize_RetryAfterLongerThanTheCap_FallsBackWithoutWaiting()
    {
        await using var harness = await ModelHarness.StartAsync(s => s["Summarizer:MaxRetryDelay"] = "00:00:05");
        harness.Server.Enqueue(OpenAiReply.Status(429, retryAfterSeconds: 60), OpenAiReply.Json(SeedArticle.FaithfulAnswer()));
        var article = SeedArticle.Create();

        var digest = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None);

        AssertExtractive(article, digest);
        Assert.Single(harness.Server.Requests);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    public async Task Summarize_ServerErrorTwice_FallsBack(int status)
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Server.Enqueue(OpenAiReply.Status(status, 0), OpenAiReply.Status(status, 0));
        var article = SeedArticle.Create();

        var digest = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None);

        AssertExtractive(article, digest);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Summarize_WrongApiKey_FallsBackWithoutRetrying()
    {
        await using var harness = await ModelHarness.StartAsync(requiredApiKey: "sk-another-key");
        var article = SeedArticle.Create();

        var digest = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None);

        AssertExtractive(article, digest);
        Assert.Contains("Refused, status 401", Assert.Single(harness.Logs.Collector.GetSnapshot(), r => r.Id.Id == 8004).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\": \"chatcmpl-1\", \"object\": \"chat.completion\", \"choices\": [")]
    [InlineData("<html>Bad gateway</html>")]
    public async Task Summarize_MalformedCompletion_FallsBack(string body)
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Server.Enqueue(OpenAiReply.Malformed(body));
        var article = SeedArticle.Create();

        var digest = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None);

        AssertExtractive(article, digest);
        Assert.Single(harness.Server.Requests);
        Assert.Contains("Malformed", Assert.Single(harness.Logs.Collector.GetSnapshot(), r => r.Id.Id == 8004).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sure! Here is your digest: DeepSeek trained R1 cheaply.")]
    [InlineData("{\"tldr\": \"DeepSeek trained R1.\", \"bullets\": \"not a list\", \"sections\": []}")]
    [InlineData("{\"tldr\": \"DeepSeek trained R1.\", \"bullets\": [\"R1 was trained on H800 chips.\"")]
    [InlineData("")]
    public async Task Summarize_AnswerThatIsNotTheDigestJson_FallsBackAndIsNotCached(string content)
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Server.Enqueue(OpenAiReply.Answer(content), OpenAiReply.Json(SeedArticle.FaithfulAnswer()));
        var article = SeedArticle.Create();

        var first = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None);
        var second = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None);

        AssertExtractive(article, first);
        Assert.Contains("Malformed", Assert.Single(harness.Logs.Collector.GetSnapshot(), r => r.Id.Id == 8004).Message, StringComparison.Ordinal);
        Assert.StartsWith("written by test-model", second.Provenance.Method, StringComparison.Ordinal);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Summarize_EndpointNotListening_FallsBack()
    {
        await using var harness = await ModelHarness.StartAsync(s => s["Summarizer:Endpoint"] = "http://127.0.0.1:9/v1/");
        var article = SeedArticle.Create();

        var digest = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None);

        AssertExtractive(article, digest);
        Assert.Contains("Unreachable", Assert.Single(harness.Logs.Collector.GetSnapshot(), r => r.Id.Id == 8004).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_CallerCancels_IsNotSwallowed()
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Server.Enqueue(OpenAiReply.Hang);
        using var cancel = new CancellationTokenSource();

        var summarizing = harness.Summarizer().SummarizeAsync(SeedArticle.Create(), cancel.Token);
        await harness.Server.Arrivals.ReadAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => summarizing.WaitAsync(TimeSpan.FromMinutes(1)));
    }

    private static void AssertExtractive(Bot.Digest.Ingest.Article article, Bot.Digest.NewsDigest digest)
    {
        var extractive = ModelHarness.Extractive(article);
        Assert.Equal(Unavailable, digest.Provenance.Method);
        Assert.Equal(extractive.Tldr, digest.Tldr);
        Assert.Equal(extractive.Bullets, digest.Bullets);
        Assert.Equal(extractive.Sections.SelectMany(s => s.Bullets), digest.Sections.SelectMany(s => s.Bullets));
        Assert.Equal(extractive.Figures, digest.Figures);
    }
}
