using Bot.Digest.Sections;

namespace Bot.Digest.Tests.Sections;

public sealed class SectionResolverTests
{
    /// <summary>The user's example article's sections, curly quotes as in the file.</summary>
    internal static readonly IReadOnlyList<SectionRef> Seed =
    [
        new(1, "A fraction of the cost, but not without questions"),
        new(2, "A model built on ‘distilled’ foundations?"),
        new(3, "Competitive disruption or hype?"),
    ];

    [Theory]
    [InlineData("1", 1)]
    [InlineData("2", 2)]
    [InlineData(" 3 ", 3)]
    [InlineData("#2", 2)]
    [InlineData("section 3", 3)]
    [InlineData("Section 1", 1)]
    [InlineData("Competitive disruption or hype?", 3)]
    [InlineData("competitive disruption or hype", 3)]
    [InlineData("A model built on 'distilled' foundations?", 2)]
    [InlineData("A MODEL BUILT ON “DISTILLED” FOUNDATIONS", 2)]
    [InlineData("a fraction of the cost but not without questions", 1)]
    [InlineData("A model built on", 2)]
    [InlineData("distilled", 2)]
    [InlineData("cost", 1)]
    [InlineData("hype", 3)]
    [InlineData("questions", 1)]
    [InlineData("Disruption", 3)]
    [InlineData("distil", 2)]
    [InlineData("compet", 3)]
    [InlineData("distiled", 2)]
    [InlineData("competitve", 3)]
    [InlineData("cmopetitive", 3)]
    [InlineData("foundatoins", 2)]
    [InlineData("model distilled", 2)]
    public void Resolve_Query_FindsTheOneSection(string query, int expected)
    {
        var match = SectionResolver.Resolve(Seed, query);

        Assert.Equal(SectionMatchKind.Found, match.Kind);
        Assert.Equal(expected, match.Section!.Index);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("weather")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("distilled weather")]
    [InlineData("hyxz")]
    [InlineData("cot")]
    public void Resolve_NoSectionMatches_IsUnknown(string query)
    {
        var match = SectionResolver.Resolve(Seed, query);

        Assert.Equal(SectionMatchKind.Unknown, match.Kind);
        Assert.Null(match.Section);
        Assert.Empty(match.Candidates);
    }

    [Theory]
    [InlineData("the")]
    [InlineData("a")]
    [InlineData("of")]
    [InlineData("or")]
    [InlineData("but")]
    [InlineData("on")]
    [InlineData("not")]
    [InlineData("the of")]
    public void Resolve_StopWordAlone_MatchesNothingEvenWhenInAHeading(string query)
    {
        Assert.Equal(SectionMatchKind.Unknown, SectionResolver.Resolve(Seed, query).Kind);
    }

    [Fact]
    public void Resolve_WordInTwoHeadings_IsAmbiguousWithBothCandidates()
    {
        IReadOnlyList<SectionRef> sections = [new(1, "Trade talks stall"), new(2, "Markets shrug"), new(3, "Trade tariffs rise")];

        var match = SectionResolver.Resolve(sections, "trade");

        Assert.Equal(SectionMatchKind.Ambiguous, match.Kind);
        Assert.Null(match.Section);
        Assert.Equal([1, 3], match.Candidates.Select(c => c.Index));
        Assert.Equal("trade", match.Query);
    }

    [Fact]
    public void Resolve_MisspellingEquallyCloseToTwo_IsAmbiguous()
    {
        IReadOnlyList<SectionRef> sections = [new(1, "Rising costs"), new(2, "Rising coats")];

        var match = SectionResolver.Resolve(sections, "cosats");

        Assert.Equal(SectionMatchKind.Ambiguous, match.Kind);
        Assert.Equal([1, 2], match.Candidates.Select(c => c.Index));
    }

    [Fact]
    public void Resolve_ExactNameBeatsAWordOfALongerName()
    {
        IReadOnlyList<SectionRef> sections = [new(1, "Costly mistakes"), new(2, "Costs")];

        Assert.Equal(2, SectionResolver.Resolve(sections, "costs").Section!.Index);
    }

    [Fact]
    public void Resolve_SecondWordDisambiguates()
    {
        IReadOnlyList<SectionRef> sections = [new(1, "Trade talks stall"), new(2, "Trade tariffs rise")];

        Assert.Equal(2, SectionResolver.Resolve(sections, "trade tariffs").Section!.Index);
        Assert.Equal(2, SectionResolver.Resolve(sections, "tariff").Section!.Index);
    }

    [Fact]
    public void Resolve_NumberOutOfRangeButInATitle_MatchesTheTitle()
    {
        IReadOnlyList<SectionRef> sections = [new(1, "Looking back"), new(2, "Plans for 2026")];

        Assert.Equal(2, SectionResolver.Resolve(sections, "2026").Section!.Index);
    }

    [Fact]
    public void SectionsOf_Article_ListsHeadedSectionsOnly()
    {
        var article = new Bot.Digest.Ingest.Article("a", "T", [
            new(0, null, ["Lead."]),
            new(1, "First", ["Body."]),
            new(2, "Second", ["Body."]),
        ]);

        Assert.Equal([new SectionRef(1, "First"), new SectionRef(2, "Second")], SectionResolver.SectionsOf(article));
    }
}
