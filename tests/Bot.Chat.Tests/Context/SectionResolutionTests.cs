using Bot.Chat.Messages;
using Bot.Chat.Tests.Fakes;

namespace Bot.Chat.Tests.Context;

/// <summary>Section resolution through the real router and commands, on the user's example (three sections).</summary>
public sealed class SectionResolutionTests
{
    [Theory]
    [InlineData("/summary 2", "number")]
    [InlineData("/summary A model built on ‘distilled’ foundations?", "full name")]
    [InlineData("/summary a model built on 'distilled' foundations", "name with straight quotes")]
    [InlineData("/summary distilled", "word")]
    [InlineData("/summary DISTILLED", "word, other case")]
    [InlineData("/summary section:distilled", "named option")]
    public async Task Summary_SectionByNumberNameOrWord_AnswersFromSection2(string line, string how)
    {
        using var chat = new ChatHarness();
        await chat.PostAsync(Articles.DeepSeek());

        var text = await chat.TextAsync(line);

        Assert.True(text.Contains("Section 2 of 3: A model built on ‘distilled’ foundations?", StringComparison.Ordinal), $"by {how}: {text}");
        Assert.Contains("OpenAI-generated answers", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_MisspelledSection_AnswersFromThatSection()
    {
        using var chat = new ChatHarness();
        await chat.PostAsync(Articles.DeepSeek());

        var text = await chat.TextAsync("/summary distiled");

        Assert.Contains("Section 2 of 3", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/summary zzzz", "zzzz")]
    [InlineData("/summary 7", "7")]
    [InlineData("/figures quantum", "quantum")]
    public async Task Summary_UnknownSection_AnswersWithTheNumberedList(string line, string query)
    {
        using var chat = new ChatHarness();
        await chat.PostAsync(Articles.DeepSeek());

        var message = await chat.RunAsync(line);
        var text = PlainTextRenderer.Render(message);

        Assert.True(message.Ephemeral);
        Assert.Contains($"matches “{query}”", text, StringComparison.Ordinal);
        Assert.Contains("1. A fraction of the cost, but not without questions", text, StringComparison.Ordinal);
        Assert.Contains("2. A model built on ‘distilled’ foundations?", text, StringComparison.Ordinal);
        Assert.Contains("3. Competitive disruption or hype?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Section 1 of 3", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_AmbiguousSection_ListsTheCandidatesWithoutGuessing()
    {
        using var chat = new ChatHarness();
        await chat.PostAsync(Articles.Simple("Markets today", "Oil prices rise in Asia", "Oil prices fall in Europe", "Gold"));

        var message = await chat.RunAsync("/summary oil prices");
        var text = PlainTextRenderer.Render(message);

        Assert.Contains("matches 2 sections", text, StringComparison.Ordinal);
        Assert.Contains("1. Oil prices rise in Asia", text, StringComparison.Ordinal);
        Assert.Contains("2. Oil prices fall in Europe", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Body of", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_NoArticleYet_SaysHowToGetOne()
    {
        using var chat = new ChatHarness();

        var text = await chat.TextAsync("/summary distilled");

        Assert.Contains("There is no article here yet", text, StringComparison.Ordinal);
        Assert.Contains("/digest", text, StringComparison.Ordinal);
        Assert.Contains("/digest-now", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_NoSection_GivesTheWholeDigestWithProvenance()
    {
        using var chat = new ChatHarness();
        await chat.PostAsync(Articles.DeepSeek());

        var text = await chat.TextAsync("/summary");

        Assert.Contains("TL;DR DeepSeek trained R1 for just $294,000.", text, StringComparison.Ordinal);
        Assert.Contains("summarised from 1,240 words, full text", text, StringComparison.Ordinal);
    }
}
