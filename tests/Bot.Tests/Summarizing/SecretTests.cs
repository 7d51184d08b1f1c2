using Bot.Chat.Messages;
using Bot.Emulators.OpenAi;
using Bot.Tests.Summarizing.Fakes;

namespace Bot.Tests.Summarizing;

public sealed class SecretTests
{
    [Fact]
    public async Task ApiKey_IsSentToTheServerButNeverLoggedOrShown()
    {
        await using var harness = await ModelHarness.StartAsync(s => s["Summarizer:Timeout"] = "00:00:01");
        harness.Server.Enqueue(
            OpenAiReply.Json(SeedArticle.FaithfulAnswer("Shares of Microsoft fell.")), // success with a guard rejection
            OpenAiReply.Status(500, 0), OpenAiReply.Status(503, 0),                    // server errors and a retry
            OpenAiReply.Malformed("{\"choices\": ["),                                  // broken body
            OpenAiReply.Hang);                                                         // timeout
        var summarizer = harness.Summarizer();
        var digests = new List<Bot.Digest.NewsDigest>();
        for (var i = 0; i < 4; i++)
        {
            digests.Add(await summarizer.SummarizeAsync(SeedArticle.Create(title: $"Story {i}"), CancellationToken.None));
        }

        Assert.All(harness.Server.Requests, r => Assert.Equal("Bearer " + ModelHarness.ApiKey, r.Authorization));
        var records = harness.Logs.Collector.GetSnapshot();
        Assert.True(records.Count >= 8, $"only {records.Count} log records: the test would prove nothing");
        foreach (var record in records)
        {
            Assert.DoesNotContain(ModelHarness.ApiKey, record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(ModelHarness.ApiKey, record.Exception?.ToString() ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(ModelHarness.ApiKey, string.Join(" ", record.StructuredState?.Select(kv => kv.Value) ?? []), StringComparison.Ordinal);
            Assert.DoesNotContain(SeedArticle.Chips, record.Message, StringComparison.Ordinal); // nor the article's text
        }

        foreach (var digest in digests)
        {
            Assert.DoesNotContain(ModelHarness.ApiKey, PlainTextRenderer.Render(DigestMessages.Digest(digest)), StringComparison.Ordinal);
        }
    }
}
