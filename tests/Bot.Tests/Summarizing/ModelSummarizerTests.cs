using Bot.Digest.Ingest;
using Bot.Emulators.OpenAi;
using Bot.Tests.Summarizing.Fakes;

namespace Bot.Tests.Summarizing;

public sealed class ModelSummarizerTests
{
    private const string Written = "written by test-model, every figure checked against the article";

    [Fact]
    public async Task Summarize_FaithfulAnswer_IsUsedAsIs()
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Server.Enqueue(OpenAiReply.Json(SeedArticle.FaithfulAnswer()));
        var article = SeedArticle.Create();

        var digest = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None);

        Assert.Equal(Written, digest.Provenance.Method);
        Assert.Equal("DeepSeek says it trained its R1 model for just $294,000, far below what U.S. rivals spend.", digest.Tldr);
        Assert.Equal(
            [
                "R1 was trained on 512 Nvidia H800 chips over 80 hours, according to DeepSeek's paper in Nature.",
                "OpenAI's Sam Altman said in 2023 that training GPT-4 cost \"well over $100 million.\"",
            ],
            digest.Bullets);
        Assert.Equal(["DeepSeek used 512 H800 chips, made for the Chinese market."], digest.Sections[0].Bullets);
        Assert.Equal(["Its January 2025 launch triggered a tech stock sell-off."], digest.Sections[2].Bullets);

        // Titles, section titles and key figures are the extractor's, whatever the model wrote.
        var extractive = ModelHarness.Extractive(article);
        Assert.Equal(extractive.Title, digest.Title);
        Assert.Equal(extractive.Sections.Select(s => (s.Index, s.Title)), digest.Sections.Select(s => (s.Index, s.Title)));
        Assert.Equal(extractive.Figures, digest.Figures);
        Assert.Equal((article.WordCount, ArticleCompleteness.FullText), (digest.Provenance.WordCount, digest.Provenance.Completeness));
    }

    [Fact]
    public async Task Summarize_Request_IsARealChatCompletionWithTheArticleAndStructuredOutput()
    {
        await using var harness = await ModelHarness.StartAsync(s => s["Summarizer:MaxOutputTokens"] = "640");
        harness.Server.Enqueue(OpenAiReply.Json(SeedArticle.FaithfulAnswer()));

        await harness.Summarizer().SummarizeAsync(SeedArticle.Create(), CancellationToken.None);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal(("Bearer " + ModelHarness.ApiKey, ModelHarness.Model, 640, "json_schema"), (request.Authorization, request.Model, request.MaxOutputTokens, request.ResponseFormat));
        Assert.Equal(["system", "user"], request.Messages.Select(m => m.Role));
        Assert.Contains("Write every number exactly as the article states it", request.Messages[0].Content, StringComparison.Ordinal);
        var user = request.Messages[1].Content;
        Assert.StartsWith("Title: DeepSeek Trains R1 AI Model for $294K, Stirring Global Debate\n", user, StringComparison.Ordinal);
        Assert.Contains("[Lead]\n" + SeedArticle.Lead, user, StringComparison.Ordinal);
        Assert.Contains("[Section 3: Competitive disruption or hype?]", user, StringComparison.Ordinal);
        Assert.DoesNotContain("The article goes on", user, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string?> Unfaithful => new()
    {
        // the bullet the model invents, why it is wrong, and a phrase of the article sentence shown instead (null: dropped)
        { "Its January 2025 launch wiped $300,000 off tech stocks as investors feared low-cost models.", "invented figure", "triggered a tech stock sell-off" },
        { "Sam Altman said in 2023 that training GPT-4 cost $100 million.", "changed qualifier", "well over $100 million" },
        { "The Nature paper admits V3 learned from a \"large share\" of OpenAI-generated answers.", "altered quote", "\u201Csignificant number\u201D" },
        { "Shares of Microsoft and Google fell on the news.", "unknown name", null },
    };

    [Theory]
    [MemberData(nameof(Unfaithful))]
    public async Task Summarize_UnfaithfulBullet_IsCaughtAndReplacedOrDropped(string bullet, string why, string? shownInstead)
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Server.Enqueue(OpenAiReply.Json(SeedArticle.FaithfulAnswer(bullet)));
        var article = SeedArticle.Create();

        var digest = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None);

        Assert.DoesNotContain(bullet, digest.Bullets);
        if (shownInstead is null)
        {
            Assert.Equal(2, digest.Bullets.Count);
        }
        else
        {
            // The replacement is the article's own sentence with the content the bullet got wrong.
            Assert.Equal(3, digest.Bullets.Count);
            Assert.Contains(shownInstead, digest.Bullets[2], StringComparison.Ordinal);
            Assert.Contains(article.Sections.SelectMany(s => s.Paragraphs), p => p.Contains(digest.Bullets[2], StringComparison.Ordinal));
        }

        Assert.Equal(Written + " (1 unverifiable text replaced or dropped)", digest.Provenance.Method);
        Assert.Single(harness.Logs.Collector.GetSnapshot(), r => r.Id.Id == 8006);
        Assert.NotEmpty(why);
    }

    [Fact]
    public async Task Summarize_EveryTextFailing_GivesTheExtractiveDigest()
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Server.Enqueue(OpenAiReply.Json(new { tldr = "Google paid $300,000.", bullets = new[] { "Microsoft paid $300,000." }, sections = Array.Empty<object>() }));
        var article = SeedArticle.Create();

        var digest = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None);

        var extractive = ModelHarness.Extractive(article);
        Assert.Equal(extractive.Tldr, digest.Tldr);
        Assert.Equal(extractive.Bullets, digest.Bullets);
        Assert.Equal("extractive: the model's digest failed the check against the article", digest.Provenance.Method);
    }

    [Fact]
    public async Task Summarize_SkippedSection_KeepsItsExtractiveBullets()
    {
        await using var harness = await ModelHarness.StartAsync();
        harness.Server.Enqueue(OpenAiReply.Json(new
        {
            tldr = "DeepSeek says it trained R1 for just $294,000.",
            bullets = new[] { "R1 was trained on 512 Nvidia H800 chips." },
            sections = new object[] { new { index = 1, bullets = new[] { "The H800 chips are made for the Chinese market." } }, new { index = 9, bullets = new[] { "No such section." } } },
        }));
        var article = SeedArticle.Create();

        var digest = await harness.Summarizer().SummarizeAsync(article, CancellationToken.None);

        var extractive = ModelHarness.Extractive(article);
        Assert.Equal(["The H800 chips are made for the Chinese market."], digest.Sections[0].Bullets);
        Assert.Equal(extractive.Sections[1].Bullets, digest.Sections[1].Bullets);
        Assert.Equal(extractive.Sections[2].Bullets, digest.Sections[2].Bullets);
        Assert.Equal(3, digest.Sections.Count);
    }
}
