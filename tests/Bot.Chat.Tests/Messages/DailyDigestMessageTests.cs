using Bot.Chat.Messages;
using Bot.Chat.Tests.Fakes;

namespace Bot.Chat.Tests.Messages;

/// <summary>The daily digest with the feeds work's extras: other sources per story, a note (teaser only), a heading.</summary>
public sealed class DailyDigestMessageTests
{
    [Fact]
    public void Daily_StoryWithOtherSourcesAndANote_ListsThemUnderTheStory()
    {
        var (_, digest) = Articles.DeepSeek();
        var story = new DailyStory(digest, [new StoryLink("Wire", "https://wire.example/r1"), new StoryLink("Blog", null)], "Teaser only: the page is behind a paywall.");

        var text = PlainTextRenderer.Render(DigestMessages.Daily([story], "Since you last heard from me"));

        Assert.StartsWith("Since you last heard from me: 1 story\n", text, StringComparison.Ordinal);
        Assert.Contains("1. DeepSeek Trains R1 AI Model for $294K, Stirring Global Debate", text, StringComparison.Ordinal);
        Assert.Contains("Also reported by: Wire <https://wire.example/r1>, Blog\n", text, StringComparison.Ordinal);
        Assert.Contains("Teaser only: the page is behind a paywall.\n", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Top figure:", StringComparison.Ordinal) < text.IndexOf("Also reported by:", StringComparison.Ordinal));
    }

    [Fact]
    public void Daily_OldOverload_IsTheNewOneWithTheDefaultHeadingAndNoExtras()
    {
        var (_, digest) = Articles.DeepSeek();

        var old = DigestMessages.Daily([digest, digest]);
        var @new = DigestMessages.Daily([new DailyStory(digest), new DailyStory(digest)], DigestMessages.DailyHeading);

        Assert.Equal(PlainTextRenderer.Render(@new), PlainTextRenderer.Render(old));
        Assert.Equal("Daily digest: 2 stories", old.Title);
        Assert.DoesNotContain("Also reported by", PlainTextRenderer.Render(old), StringComparison.Ordinal);
    }
}
