using Bot.Chat.Context;
using Bot.Chat.Messages.Markup;
using Bot.Chat.Tests.Fakes;

namespace Bot.Chat.Tests.Context;

public sealed class AutocompleteTests
{
    private static readonly Dictionary<string, string> None = [];

    [Fact]
    public async Task Section_NothingTyped_AllSectionsInOrder()
    {
        using var chat = new ChatHarness();
        await chat.PostAsync(Articles.DeepSeek());

        var choices = await Suggest(chat, "section", string.Empty);

        Assert.Equal(["1", "2", "3"], choices.Select(c => c.Value));
        Assert.Equal("2. A model built on ‘distilled’ foundations?", choices[1].Name);
    }

    [Theory]
    [InlineData("dist", "2")]
    [InlineData("2", "2")]
    [InlineData("compet", "3")]
    [InlineData("hype", "3")]
    [InlineData("fraction", "1")]
    [InlineData("distiled", "2")]
    public async Task Section_Typed_BestMatchFirst(string typed, string expectedFirst)
    {
        using var chat = new ChatHarness();
        await chat.PostAsync(Articles.DeepSeek());

        var choices = await Suggest(chat, "section", typed);

        Assert.Equal(expectedFirst, choices[0].Value);
    }

    [Fact]
    public void Rank_PrefixBeatsWordBeatsSubstringBeatsMisspelling()
    {
        var candidates = new List<(string, string, string)>
        {
            ("1", "Misspelled: marekts", "1"),
            ("2", "Contains: supermarkets", "2"),
            ("3", "Word: emerging markets", "3"),
            ("4", "Markets open higher", "4"),
            ("5", "Unrelated", "5"),
        };

        var choices = ChoiceRanker.Rank(candidates, "markets");

        Assert.Equal(["4", "3", "2", "1"], choices.Select(c => c.Value));
    }

    [Fact]
    public void Rank_ManyLongCandidates_AtMost25WithinDiscordLimits()
    {
        var title = string.Concat(Enumerable.Repeat("📈 Markets rally ", 20));
        var candidates = Enumerable.Range(1, 40).Select(i => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), title, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

        var choices = ChoiceRanker.Rank(candidates, "markets");

        Assert.Equal(25, choices.Count);
        Assert.All(choices, c => Assert.InRange(CodePoints.Count(c.Name), 1, 100));
        Assert.All(choices, c => Assert.InRange(c.Value.Length, 1, 100));
        Assert.EndsWith("…", choices[0].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_ControlCharactersInTitles_AreRemovedFromNames()
    {
        var choices = ChoiceRanker.Rank([("1", "Evil\u001b[31m red\u0007 title", "1")], string.Empty);

        Assert.Equal("1. Evil red title", choices[0].Name);
    }

    [Fact]
    public async Task Article_AfterDailyDigest_NumberedStoriesFirst()
    {
        using var chat = new ChatHarness();
        var a = await chat.StoreAsync(Articles.Simple("Oil rises again", "Supply"));
        var b = await chat.StoreAsync(Articles.DeepSeek());
        await chat.StoreAsync(Articles.Simple("Unnumbered story", "X"));
        await chat.Conversations.SetDailyDigestAsync(ChatHarness.Channel, [a.Id, b.Id], CancellationToken.None);

        var all = await Suggest(chat, "article", string.Empty);
        var typed = await Suggest(chat, "article", "deep");
        var sections = await Suggest(chat, "section", string.Empty);

        Assert.Equal(["1", "2", "#3"], all.Select(c => c.Value));
        Assert.Equal("2", typed[0].Value);
        Assert.Equal(["1", "2"], sections.Select(c => c.Value));
    }

    [Fact]
    public async Task Section_WithArticleOptionFilledIn_UsesThatArticle()
    {
        using var chat = new ChatHarness();
        await chat.StoreAsync(Articles.DeepSeek());
        await chat.PostAsync(Articles.Simple("Oil rises again", "Supply"));

        var reply = new RecordingReply();
        await chat.Router.HandleAsync(new AutocompleteRequested(ChatHarness.Channel, "U1", "summary", "section", "dis", new Dictionary<string, string> { ["article"] = "deepseek" }, reply), CancellationToken.None);
        var choices = await reply.Suggested;

        Assert.Equal("2", choices[0].Value);
    }

    [Fact]
    public async Task Section_NoContext_NoChoices()
    {
        using var chat = new ChatHarness();

        Assert.Empty(await Suggest(chat, "section", "x"));
    }

    private static async Task<IReadOnlyList<Choice>> Suggest(ChatHarness chat, string option, string typed)
    {
        var reply = new RecordingReply();
        await chat.Router.HandleAsync(new AutocompleteRequested(ChatHarness.Channel, "U1", "summary", option, typed, None, reply), CancellationToken.None);
        return await reply.Suggested;
    }
}
