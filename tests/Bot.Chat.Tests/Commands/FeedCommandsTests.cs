using Bot.Chat.Messages;
using Bot.Chat.Tests.Fakes;

namespace Bot.Chat.Tests.Commands;

public sealed class FeedCommandsTests
{
    [Fact]
    public async Task Subscribe_ThenSources_ThenUnsubscribe_RoundTrips()
    {
        using var chat = new ChatHarness();

        var subscribed = await chat.TextAsync("/subscribe https://example.com/feed.xml daily  08:00   Europe/Berlin");
        var again = await chat.TextAsync("/subscribe https://example.com/feed.xml weekdays 09:30 America/New_York");
        var sources = await chat.TextAsync("/sources");
        var removed = await chat.TextAsync("/unsubscribe https://example.com/feed.xml");
        var none = await chat.TextAsync("/sources");

        Assert.Contains("Subscribed this channel to https://example.com/feed.xml on the schedule “daily 08:00 Europe/Berlin”", subscribed, StringComparison.Ordinal);
        Assert.Contains("already follows", again, StringComparison.Ordinal);
        Assert.Contains("https://example.com/feed.xml — weekdays 09:30 America/New_York", sources, StringComparison.Ordinal);
        Assert.Contains("Unsubscribed", removed, StringComparison.Ordinal);
        Assert.Contains("follows no feeds yet", none, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/subscribe ftp://example.com/feed", "must be an http")]
    [InlineData("/subscribe not-a-url", "must be an http")]
    [InlineData("/unsubscribe https://example.com/other.xml", "does not follow")]
    public async Task FeedCommands_BadInput_AnswersClearly(string line, string expected)
    {
        using var chat = new ChatHarness();

        var message = await chat.RunAsync(line);

        Assert.True(message.Ephemeral);
        Assert.Contains(expected, PlainTextRenderer.Render(message), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_Url_WithoutAFetcher_SaysFetchingIsUnavailable()
    {
        using var chat = new ChatHarness();

        var text = await chat.TextAsync("/digest https://example.com/story");

        Assert.Contains("Fetching URLs is not available", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/digest file:///etc/passwd")]
    [InlineData("/digest javascript://alert(1)")]
    public async Task Digest_NonHttpLink_IsRefused(string line)
    {
        using var chat = new ChatHarness();

        var text = await chat.TextAsync(line);

        Assert.Contains("Only http:// and https:// links", text, StringComparison.Ordinal);
        Assert.Empty(await chat.Articles.RecentAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task Digest_PastedText_StoresItAndMakesItCurrent()
    {
        using var chat = new ChatHarness();

        var digest = await chat.TextAsync("/digest Pasted headline\n\nFirst paragraph of the story. It has two sentences.");
        var sections = await chat.TextAsync("/sections");

        Assert.StartsWith("Pasted headline", digest, StringComparison.Ordinal);
        Assert.Single(await chat.Articles.RecentAsync(10, CancellationToken.None));
        Assert.StartsWith("Pasted headline", sections, StringComparison.Ordinal);
    }
}
