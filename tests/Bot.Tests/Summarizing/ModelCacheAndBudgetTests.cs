using Bot.Digest;
using Bot.Digest.Ingest;
using Bot.Emulators.OpenAi;
using Bot.Summarizing;
using Bot.Tests.Summarizing.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Summarizing;

public sealed class ModelCacheAndBudgetTests
{
    [Fact]
    public async Task Summarize_SameArticleTwice_SecondHitsTheCacheAndTheServerSeesOneRequest()
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Server.Enqueue(OpenAiReply.Json(SeedArticle.FaithfulAnswer()));

        var first = await harness.Summarizer().SummarizeAsync(SeedArticle.Create(), CancellationToken.None);
        var second = await harness.Summarizer().SummarizeAsync(SeedArticle.Create(), CancellationToken.None);

        Assert.Single(harness.Server.Requests);
        Assert.Equal(first.Bullets, second.Bullets);
        Assert.Equal(first.Provenance, second.Provenance);
        Assert.Single(harness.Logs.Collector.GetSnapshot(), r => r.Id.Id == 8003);
    }

    [Fact]
    public async Task Summarize_AfterARestart_TheCacheStillHolds()
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Server.Enqueue(OpenAiReply.Json(SeedArticle.FaithfulAnswer()));
        var first = await harness.Summarizer(harness.Build()).SummarizeAsync(SeedArticle.Create(), CancellationToken.None);

        var second = await harness.Summarizer(harness.Build()).SummarizeAsync(SeedArticle.Create(), CancellationToken.None);

        Assert.Single(harness.Server.Requests);
        Assert.Equal(first.Tldr, second.Tldr);
    }

    [Fact]
    public async Task Summarize_OtherModelOrChangedText_IsNotACacheHit()
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Server.Enqueue(OpenAiReply.Json(SeedArticle.FaithfulAnswer()), OpenAiReply.Json(SeedArticle.FaithfulAnswer()), OpenAiReply.Json(SeedArticle.FaithfulAnswer()));
        await harness.Summarizer(harness.Build()).SummarizeAsync(SeedArticle.Create(), CancellationToken.None);

        await harness.Summarizer().SummarizeAsync(SeedArticle.Create(title: "DeepSeek R1 cost just $294,000 to train"), CancellationToken.None);
        harness.Settings["Summarizer:Model"] = "other-model";
        await harness.Summarizer(harness.Build()).SummarizeAsync(SeedArticle.Create(), CancellationToken.None);

        Assert.Equal(["test-model", "test-model", "other-model"], harness.Server.Requests.Select(r => r.Model));
    }

    [Fact]
    public async Task Summarize_BudgetSpent_FallsBackUntilTheNextUtcDay()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 23, 0, 0, TimeSpan.Zero));
        var article = SeedArticle.Create();
        var other = SeedArticle.Create(title: "DeepSeek R1 cost just $294,000 to train");
        var needed = PromptBuilder.Build(article, ModelHarness.Extractive(article).Figures, new DigestOptions(), 6000)!.EstimatedTokens + 64;
        await using var harness = await ModelHarness.StartAsync(
            s => (s["Summarizer:MaxOutputTokens"], s["Summarizer:DailyTokenBudget"]) = ("64", $"{needed + 10}"),
            time: time);
        harness.Server.Enqueue(
            OpenAiReply.Json(SeedArticle.FaithfulAnswer(), promptTokens: 900, completionTokens: 150),
            OpenAiReply.Json(SeedArticle.FaithfulAnswer()));
        var summarizer = harness.Summarizer();

        var first = await summarizer.SummarizeAsync(article, CancellationToken.None);
        var spent = await summarizer.SummarizeAsync(other, CancellationToken.None);
        var cached = await summarizer.SummarizeAsync(article, CancellationToken.None);
        time.Advance(TimeSpan.FromHours(1));
        var nextDay = await summarizer.SummarizeAsync(other, CancellationToken.None);

        Assert.StartsWith("written by", first.Provenance.Method, StringComparison.Ordinal);
        Assert.Equal("extractive: model unavailable", spent.Provenance.Method);
        Assert.StartsWith("written by", cached.Provenance.Method, StringComparison.Ordinal); // a cache hit costs nothing
        Assert.StartsWith("written by", nextDay.Provenance.Method, StringComparison.Ordinal);
        Assert.Equal(2, harness.Server.Requests.Count);
        var budget = Assert.Single(harness.Logs.Collector.GetSnapshot(), r => r.Id.Id == 8008);
        Assert.Contains("1050 of", budget.Message, StringComparison.Ordinal); // settled to the server's usage (900 + 150)
    }

    [Theory]
    [InlineData(ArticleCompleteness.Teaser, 1)]
    [InlineData(ArticleCompleteness.FullText, 0)] // the same text cut down to its first paragraph: too short
    public async Task Summarize_TeaserOrTooShortText_IsNeverSentToTheModel(ArticleCompleteness completeness, int keepSections)
    {
        await using var harness = await ModelHarness.StartAsync(s => s["Summarizer:MinWords"] = "120");
        harness.Server.Enqueue(OpenAiReply.Json(SeedArticle.FaithfulAnswer()));
        var full = SeedArticle.Create(completeness);
        var article = keepSections > 0 ? full : full with { Sections = [full.Sections[0]] };

        var digest = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None);

        Assert.Empty(harness.Server.Requests);
        Assert.Equal("extractive: too little text to send to the model", digest.Provenance.Method);
        Assert.Equal(ModelHarness.Extractive(article).Bullets, digest.Bullets);
        Assert.Equal(completeness, digest.Provenance.Completeness);
    }

    [Fact]
    public async Task Summarize_EmptyArticle_IsNeverSentToTheModel()
    {
        await using var harness = await ModelHarness.StartAsync();
        var article = new Article("empty.html", "Subscribe to read", [new ArticleSection(0, null, [])]);

        var digest = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None);

        Assert.Empty(harness.Server.Requests);
        Assert.Equal("extractive: too little text to send to the model", digest.Provenance.Method);
    }

    [Fact]
    public async Task Summarize_LongArticle_IsCutAtASectionBoundaryWithinTheInputBudget()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("DeepSeek trained its R1 model on Nvidia H800 chips and published the method in Nature.", 12));
        var article = new Article("long.txt", "A long story", [.. Enumerable.Range(0, 8).Select(i => new ArticleSection(i, i == 0 ? null : $"Part {i}", [paragraph]))]);
        await using var harness = await ModelHarness.StartAsync(s => s["Summarizer:MaxInputTokens"] = "1500");
        harness.Server.Enqueue(OpenAiReply.Json(new { tldr = "DeepSeek trained R1 on Nvidia H800 chips.", bullets = new[] { "The method was published in Nature." }, sections = new[] { new { index = 7, bullets = new[] { "Not in the prompt." } } } }));

        var digest = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None);

        var user = Assert.Single(harness.Server.Requests).Messages[1].Content;
        var request = string.Concat(harness.Server.Requests[0].Messages.Select(m => m.Content));
        Assert.True(request.Length / 4 <= 1500, $"prompt of {request.Length} chars exceeds the budget");
        Assert.Contains("[Section 2: Part 2]", user, StringComparison.Ordinal);
        Assert.DoesNotContain("[Section 7: Part 7]", user, StringComparison.Ordinal);
        Assert.Contains("The article goes on", user, StringComparison.Ordinal);
        Assert.EndsWith(paragraph + "\n\n(The article goes on; the rest is left out for length. Write bullets only for the sections above.)\n", user, StringComparison.Ordinal);
        // A section the prompt left out keeps its extractive bullets, whatever the model claims about it.
        Assert.Equal(ModelHarness.Extractive(article).Sections[6].Bullets, digest.Sections[6].Bullets);
    }
}
