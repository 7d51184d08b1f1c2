using System.Text.Json;
using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Discord.Rest;
using Bot.Emulators.Discord;

namespace Bot.Tests.Discord.Rest;

public sealed class PostTests
{
    private static readonly DiscordEmulatorOptions Roomy = new() { ChannelMessageLimit = 100 };

    [Fact]
    public async Task PostAsync_429OnMessageCreate_WaitsRetryAfterThenPostsOnce()
    {
        await using var harness = await DiscordHarness.StartAsync(Roomy);
        harness.Emulator.Rest.Inject(InjectedFault.RateLimited(Routes.Messages, 7.25));

        var post = harness.Platform.PostAsync(Channel(harness), ChatMessage.Text("Morning digest"), "digest-2026-08-01", CancellationToken.None);

        await harness.Time.Timers.FirstAsync(t => t.DueTime == TimeSpan.FromSeconds(7.25));
        var first = Assert.Single(harness.Emulator.Requests.Where(r => r.Route == Routes.Messages));
        Assert.Equal(429, first.Status);
        Assert.False(post.IsCompleted);

        harness.Time.Advance(TimeSpan.FromSeconds(7.25));
        var receipt = await post.WaitAsync(TimeSpan.FromSeconds(15));

        var requests = harness.Emulator.Requests.Where(r => r.Route == Routes.Messages);
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        var message = Assert.Single(harness.Emulator.Rest.Messages.Snapshot());
        Assert.Equal([message.Id], receipt.MessageIds);
        Assert.Contains(harness.Log.Entries.Snapshot(), e => e.Id == 1100);
    }

    [Fact]
    public async Task PostAsync_CloudflareBanPage_PausesEverythingForAMinuteThenRetries()
    {
        await using var harness = await DiscordHarness.StartAsync(Roomy);
        harness.Emulator.Rest.Inject(InjectedFault.CloudflareBan(Routes.Messages));

        var post = harness.Platform.PostAsync(Channel(harness), ChatMessage.Text("Morning digest"), "digest-cf", CancellationToken.None);

        await harness.Time.Timers.FirstAsync(t => t.DueTime == TimeSpan.FromSeconds(60));
        var entry = await harness.Log.Entries.FirstAsync(e => e.Id == 1100);
        Assert.Contains("HTML ban page: True", entry.Message, StringComparison.Ordinal);
        harness.Time.Advance(TimeSpan.FromSeconds(60));
        await post.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal([429, 200], harness.Emulator.Requests.Where(r => r.Route == Routes.Messages).Select(r => r.Status));
    }

    [Fact]
    public async Task PostAsync_ServerError_RetriedAfterBackOff()
    {
        await using var harness = await DiscordHarness.StartAsync(Roomy);
        harness.Emulator.Rest.Inject(InjectedFault.ServerError(Routes.Messages, 502));

        var post = harness.Platform.PostAsync(Channel(harness), ChatMessage.Text("Morning digest"), "digest-1", CancellationToken.None);

        await harness.Time.Timers.FirstAsync(t => t.DueTime == TimeSpan.FromSeconds(1));
        Assert.False(post.IsCompleted);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await post.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal([502, 200], harness.Emulator.Requests.Where(r => r.Route == Routes.Messages).Select(r => r.Status));
    }

    [Fact]
    public async Task PostAsync_SameDeliveryRetried_NonceKeepsOneMessage()
    {
        await using var harness = await DiscordHarness.StartAsync(Roomy);
        var message = TestMessages.Figures();

        var first = await harness.Platform.PostAsync(Channel(harness), message, "daily:1100000000000000002:2026-08-01:article-42", CancellationToken.None);
        var retry = await harness.Platform.PostAsync(Channel(harness), message, "daily:1100000000000000002:2026-08-01:article-42", CancellationToken.None);

        Assert.Equal(first.MessageIds, retry.MessageIds);
        Assert.Single(harness.Emulator.Rest.Messages.Snapshot());
        var bodies = harness.Emulator.Requests.Where(r => r.Route == Routes.Messages).Select(r => r.Json).ToArray();
        Assert.Equal(2, bodies.Length);
        var nonce = bodies[0].GetProperty("nonce").GetString()!;
        Assert.InRange(nonce.Length, 1, 25);
        Assert.Equal(nonce, bodies[1].GetProperty("nonce").GetString());
        Assert.True(bodies[0].GetProperty("enforce_nonce").GetBoolean());
    }

    [Fact]
    public async Task PostAsync_OverlongDigest_SplitIntoMessagesWithinEveryLimit()
    {
        await using var harness = await DiscordHarness.StartAsync(Roomy);

        var receipt = await harness.Platform.PostAsync(Channel(harness), TestMessages.LongDigest(300), "digest-long", CancellationToken.None);

        var requests = harness.Emulator.Requests.Where(r => r.Route == Routes.Messages);
        Assert.Equal(7, requests.Count); // counted by hand in EmbedSplitterTests
        Assert.All(requests, r => Assert.Equal(200, r.Status)); // the emulator checks every limit in code points
        Assert.Equal(requests.Count, receipt.MessageIds.Count);
        var items = new List<int>();
        foreach (var body in requests.Select(r => r.Json))
        {
            var embeds = body.GetProperty("embeds").EnumerateArray().ToArray();
            Assert.InRange(embeds.Length, 1, 10);
            Assert.InRange(embeds.Sum(Length), 1, 6000);
            Assert.All(embeds, e => Assert.InRange(CodePoints(e, "description"), 0, 4096));
            Assert.Equal(0, body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
            items.AddRange(embeds.SelectMany(e => Items(e.GetProperty("description").GetString()!)));
        }

        Assert.Equal(Enumerable.Range(1, 300), items); // every bullet once, whole, in order
        Assert.Equal(requests.Count, requests.Select(r => r.Json.GetProperty("nonce").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task PostAsync_MentionsInArticleText_ReachNoOne()
    {
        await using var harness = await DiscordHarness.StartAsync(Roomy);
        const string Raw = "Breaking @everyone and @here: <@123456789012345678> met <@&223456789012345678> in <#323456789012345678>";

        await harness.Platform.PostAsync(Channel(harness), ChatMessage.Text(Raw), "mentions-1", CancellationToken.None);
        await harness.Platform.PostAsync(Channel(harness), new ChatMessage(Raw, null, [new ParagraphBlock([new TextRun(Raw)])], Raw), "mentions-2", CancellationToken.None);

        var messages = harness.Emulator.Rest.Messages.Snapshot();
        Assert.Equal(2, messages.Count);
        Assert.NotNull(messages[0].Content);
        foreach (var message in messages)
        {
            Assert.False(message.MentionEveryone);
            Assert.Empty(message.Mentions);
            Assert.Empty(message.MentionRoles);
            Assert.DoesNotContain("@everyone", message.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain("@here", message.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain("<@123456789012345678>", message.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain("<@&", message.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain("<#", message.AllText, StringComparison.Ordinal);
            Assert.Contains("everyone", message.AllText, StringComparison.Ordinal); // still readable
        }

        Assert.All(harness.Emulator.Requests.Where(r => r.Route == Routes.Messages), r => Assert.Equal("""{"parse":[]}""", r.Json.GetProperty("allowed_mentions").GetRawText()));
    }

    [Fact]
    public async Task PostAsync_RequestsCarryBotAuthorizationUserAgentAndJson()
    {
        await using var harness = await DiscordHarness.StartAsync(Roomy);

        await harness.Platform.PostAsync(Channel(harness), ChatMessage.Text("hello"), "headers", CancellationToken.None);

        var request = Assert.Single(harness.Emulator.Requests.Where(r => r.Route == Routes.Messages));
        Assert.Equal("Bot " + harness.Emulator.Options.Token, request.Authorization);
        Assert.Matches(@"^DiscordBot \(https://[^,]+, [0-9.]+\)$", request.UserAgent);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal($"/api/v10/channels/{harness.Emulator.Options.ChannelId}/messages", request.Path);
    }

    [Fact]
    public async Task PostAsync_InvalidBody_ThrowsWithDiscordsFieldErrors()
    {
        await using var harness = await DiscordHarness.StartAsync(Roomy);
        harness.Emulator.Rest.Inject(new InjectedFault(Routes.Messages, 400, """{"code":50035,"message":"Invalid Form Body","errors":{"embeds":{"0":{"description":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 4096 or fewer in length."}]}}}}}""", new Dictionary<string, string>()));

        var error = await Assert.ThrowsAsync<DiscordHttpException>(() => harness.Platform.PostAsync(Channel(harness), ChatMessage.Text("x"), "bad", CancellationToken.None));

        Assert.Equal(50035, error.DiscordCode);
        Assert.Equal("embeds.0.description: BASE_TYPE_MAX_LENGTH Must be 4096 or fewer in length.", error.Errors);
        Assert.Contains("POST /channels/{channel}/messages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAsync_AfterA401_SendsNothingMore()
    {
        await using var harness = await DiscordHarness.StartAsync(new DiscordEmulatorOptions { Token = "the-real-token" }, new Dictionary<string, string?> { ["Discord:Token"] = "a-revoked-token" });
        await harness.Log.Entries.FirstAsync(e => e.Id == 1102);

        var error = await Assert.ThrowsAsync<DiscordHttpException>(() => harness.Platform.PostAsync(Channel(harness), ChatMessage.Text("x"), "after-401", CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.HttpCode);
        Assert.Single(harness.Emulator.Requests.Snapshot()); // only the GET /gateway/bot that was refused
        Assert.DoesNotContain("a-revoked-token", error.ToString(), StringComparison.Ordinal);
    }

    private static Conversation Channel(DiscordHarness harness) => new("discord", harness.Emulator.Options.ChannelId);

    private static int CodePoints(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString()!.Trim().EnumerateRunes().Count() : 0;

    private static int Length(JsonElement embed) =>
        CodePoints(embed, "title") + CodePoints(embed, "description") + (embed.TryGetProperty("footer", out var f) ? CodePoints(f, "text") : 0);

    private static IEnumerable<int> Items(string description) =>
        System.Text.RegularExpressions.Regex.Matches(description, @"Item (\d{3}): markets rose as investors 📊 weighed data markets rose as investors 📊 weighed data markets rose as investors 📊 weighed data")
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
}
