using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Emulators.Slack;
using Bot.Slack.WebApi;
using Bot.Tests.Slack.Fakes;

namespace Bot.Tests.Slack.Posting;

/// <summary>Unsolicited posts (PostAsync) through the emulator's chat.postMessage.</summary>
public sealed class SlackPosterTests
{
    private static readonly Func<TimeSpan, bool> PostPacing = d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(1);

    [Fact]
    public async Task PostAsync_OverLongDigest_SplitAcrossMessagesEachWithinEveryLimit()
    {
        await using var harness = await SlackHarness.StartAsync();

        var receipt = await harness.Clock.PumpAsync(
            harness.Platform.PostAsync(new Conversation("slack", SlackEmulator.General), SampleMessages.LongDigest(), "digest-1", CancellationToken.None),
            PostPacing);

        var posts = harness.Emulator.Recorder.Of<PostedMessage>();
        Assert.True(posts.Count >= 2, $"expected a split, got {posts.Count} message(s)");
        Assert.Equal(posts.Select(p => p.Ts), receipt.MessageIds);
        Assert.Empty(harness.Emulator.Recorder.Of<Violation>());
        Assert.All(harness.Emulator.Recorder.Of<ApiCall>().Where(c => c.Method == "chat.postMessage"), c => Assert.Null(c.Error));
        Assert.All(posts, p =>
        {
            Assert.InRange(p.Blocks!.Count, 1, 50);
            Assert.InRange(p.Text!.Length, 1, 4000);
        });
        Assert.Equal("header", posts[0].Blocks![0]!["type"]!.GetValue<string>());
        Assert.Contains("summarised from 30 articles", posts[^1].Blocks![^1]!.ToJsonString(), StringComparison.Ordinal);
        var allText = string.Concat(posts.SelectMany(p => p.Blocks!).Select(b => b!.ToJsonString()));
        for (var i = 1; i <= 30; i++)
        {
            Assert.Contains($"Bullet {i}.5:", allText, StringComparison.Ordinal); // every bullet made it, none cut in half
        }
    }

    [Fact]
    public async Task PostAsync_TwoPostsToOneChannel_SecondWaitsItsSecond()
    {
        await using var harness = await SlackHarness.StartAsync();
        var here = new Conversation("slack", SlackEmulator.General);

        await harness.Platform.PostAsync(here, ChatMessage.Text("one"), "k1", CancellationToken.None);
        var second = harness.Platform.PostAsync(here, ChatMessage.Text("two"), "k2", CancellationToken.None);
        var wait = await harness.Clock.WaitForTimerAsync(PostPacing);
        Assert.Single(harness.Emulator.Recorder.Of<PostedMessage>());

        harness.Clock.Advance(wait);
        await second.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(TimeSpan.FromSeconds(1), wait);
        Assert.Equal(2, harness.Emulator.Recorder.Of<PostedMessage>().Count);
    }

    [Fact]
    public async Task PostAsync_SameDeliveryKeyTwice_PostsOnce()
    {
        await using var harness = await SlackHarness.StartAsync();
        var here = new Conversation("slack", SlackEmulator.General);

        var first = await harness.Platform.PostAsync(here, ChatMessage.Text("digest"), "daily:2026-05-04", CancellationToken.None);
        var again = await harness.Platform.PostAsync(here, ChatMessage.Text("digest"), "daily:2026-05-04", CancellationToken.None);

        Assert.Single(harness.Emulator.Recorder.Of<PostedMessage>());
        Assert.Equal(first.MessageIds, again.MessageIds);
    }

    [Fact]
    public async Task PostAsync_PublicChannelBotNotIn_JoinsOnceThenPosts()
    {
        await using var harness = await SlackHarness.StartAsync();
        harness.Emulator.Channels.AddPublic("C0NEWS", botIsMember: false);

        var receipt = await harness.Clock.PumpAsync(
            harness.Platform.PostAsync(new Conversation("slack", "C0NEWS"), ChatMessage.Text("digest"), "k", CancellationToken.None), PostPacing);

        var calls = harness.Emulator.Recorder.Of<ApiCall>().Select(c => (c.Method, c.Error)).ToList();
        Assert.Equal([("chat.postMessage", "not_in_channel"), ("conversations.join", null), ("chat.postMessage", null)], calls.Where(c => c.Method != "auth.test"));
        Assert.Single(receipt.MessageIds);
    }

    [Fact]
    public async Task PostAsync_PrivateChannelBotNotIn_FailsTellingHowToInvite()
    {
        await using var harness = await SlackHarness.StartAsync();
        harness.Emulator.Channels.AddPrivate("G0PRIVATE", botIsMember: false);

        var error = await Assert.ThrowsAsync<SlackException>(() =>
            harness.Platform.PostAsync(new Conversation("slack", "G0PRIVATE"), ChatMessage.Text("digest"), "k", CancellationToken.None));

        Assert.Equal("not_in_channel", error.ErrorCode);
        Assert.Contains("/invite @newsdigest", error.Message, StringComparison.Ordinal);
        Assert.Single(harness.Emulator.Recorder.Of<ApiCall>(), c => c.Method == "conversations.join");
        Assert.Empty(harness.Emulator.Recorder.Of<PostedMessage>());
    }

    [Fact]
    public async Task PostAsync_HostileArticleText_ReachesNoOne()
    {
        await using var harness = await SlackHarness.StartAsync();
        var message = new ChatMessage(SampleMessages.Hostile, "https://example.com/a", [
            new ParagraphBlock([new TextRun(SampleMessages.Hostile), new LinkRun("<!channel> label|x", "https://example.com/b?x=1&y=<2>")]),
            new ListBlock([[new TextRun(SampleMessages.Hostile, Bold: true)]]),
            new QuoteBlock([new TextRun("> " + SampleMessages.Hostile)]),
        ], Footer: SampleMessages.Hostile);

        await harness.Platform.PostAsync(new Conversation("slack", SlackEmulator.General), message, "k", CancellationToken.None);

        var post = Assert.Single(harness.Emulator.Recorder.Of<PostedMessage>());
        Assert.Empty(harness.Emulator.Recorder.Of<Violation>());
        Assert.Contains("&lt;!channel&gt;", post.Text, StringComparison.Ordinal);
        Assert.Contains("<https://example.com/b?x=1&amp;y=%3C2%3E|&lt;!channel&gt; label¦x>", post.Request.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }
}
