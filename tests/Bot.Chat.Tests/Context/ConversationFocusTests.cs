using Bot.Chat.Tests.Fakes;

namespace Bot.Chat.Tests.Context;

/// <summary>Which article a follow-up means: the latest digest in the conversation, unless <c>article</c> says.</summary>
public sealed class ConversationFocusTests
{
    [Fact]
    public async Task AfterDailyDigest_BareNumber_IsTheStory()
    {
        using var chat = new ChatHarness();
        var a = await chat.StoreAsync(Articles.Simple("Oil rises again", "Supply"));
        var b = await chat.StoreAsync(Articles.DeepSeek());
        await chat.Conversations.SetDailyDigestAsync(ChatHarness.Channel, [a.Id, b.Id], CancellationToken.None);

        var summary = await chat.TextAsync("/summary 2");
        var figures = await chat.TextAsync("/figures 2");

        Assert.StartsWith("DeepSeek Trains R1", summary, StringComparison.Ordinal);
        Assert.Contains("TL;DR DeepSeek trained R1", summary, StringComparison.Ordinal);
        Assert.Contains("$294,000", figures, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterDailyDigest_NoArgument_ListsTheStories()
    {
        using var chat = new ChatHarness();
        var a = await chat.StoreAsync(Articles.Simple("Oil rises again", "Supply"));
        var b = await chat.StoreAsync(Articles.DeepSeek());
        await chat.Conversations.SetDailyDigestAsync(ChatHarness.Channel, [a.Id, b.Id], CancellationToken.None);

        var text = await chat.TextAsync("/summary");

        Assert.Contains("1. Oil rises again", text, StringComparison.Ordinal);
        Assert.Contains("2. DeepSeek Trains R1", text, StringComparison.Ordinal);
        Assert.Contains("/summary 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterDailyDigest_SectionOfAStory_NeedsBoth()
    {
        using var chat = new ChatHarness();
        var a = await chat.StoreAsync(Articles.Simple("Oil rises again", "Supply"));
        var b = await chat.StoreAsync(Articles.DeepSeek());
        await chat.Conversations.SetDailyDigestAsync(ChatHarness.Channel, [a.Id, b.Id], CancellationToken.None);

        var named = await chat.TextAsync("/summary distilled article:2");
        var split = await chat.TextAsync("/summary distilled 2");

        Assert.Contains("Section 2 of 3: A model built on ‘distilled’ foundations?", named, StringComparison.Ordinal);
        Assert.Contains("Section 2 of 3: A model built on ‘distilled’ foundations?", split, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterDailyDigest_StoryOutOfRange_ListsTheStories()
    {
        using var chat = new ChatHarness();
        var a = await chat.StoreAsync(Articles.Simple("Oil rises again", "Supply"));
        await chat.Conversations.SetDailyDigestAsync(ChatHarness.Channel, [a.Id], CancellationToken.None);

        var text = await chat.TextAsync("/summary 4");

        Assert.Contains("has no story 4; it had 1", text, StringComparison.Ordinal);
        Assert.Contains("1. Oil rises again", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastWordNamesTheArticle_WhenTheWholeIsNoSection()
    {
        using var chat = new ChatHarness();
        await chat.StoreAsync(Articles.DeepSeek());
        await chat.PostAsync(Articles.Simple("Oil rises again", "Supply", "Demand"));

        var text = await chat.TextAsync("/summary cost deepseek");

        Assert.Contains("Section 1 of 3: A fraction of the cost, but not without questions", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sections article:deepseek")]
    [InlineData("/sections article:https://example.com/deepseek")]
    [InlineData("/sections deepseek")]
    public async Task ArticleOption_ByTitleWordOrUrl_OverridesTheCurrentArticle(string line)
    {
        using var chat = new ChatHarness();
        await chat.StoreAsync(Articles.DeepSeek());
        await chat.PostAsync(Articles.Simple("Oil rises again", "Supply"));

        var text = await chat.TextAsync(line);

        Assert.StartsWith("DeepSeek Trains R1", text, StringComparison.Ordinal);
        Assert.Contains("3 sections", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleOption_AmbiguousTitleWord_ListsTheMatches()
    {
        using var chat = new ChatHarness();
        await chat.StoreAsync(Articles.Simple("Oil rises again", "Supply"));
        await chat.PostAsync(Articles.Simple("Oil falls back", "Demand"));

        var text = await chat.TextAsync("/sections article:oil");

        Assert.Contains("“oil” matches 2 articles", text, StringComparison.Ordinal);
        Assert.Contains("Oil rises again", text, StringComparison.Ordinal);
        Assert.Contains("Oil falls back", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thread_WithoutItsOwnContext_FollowsItsChannel_UntilSomethingIsPostedInIt()
    {
        using var chat = new ChatHarness();
        var thread = ChatHarness.Channel with { ThreadId = "T1" };
        await chat.PostAsync(Articles.DeepSeek());

        var before = await chat.TextAsync("/sections", thread);
        await chat.PostAsync(Articles.Simple("Oil rises again", "Supply"), thread);
        var inThread = await chat.TextAsync("/sections", thread);
        var inChannel = await chat.TextAsync("/sections");

        Assert.StartsWith("DeepSeek Trains R1", before, StringComparison.Ordinal);
        Assert.StartsWith("Oil rises again", inThread, StringComparison.Ordinal);
        Assert.StartsWith("DeepSeek Trains R1", inChannel, StringComparison.Ordinal);
    }
}
