using Bot.Digest.Sections;

namespace Bot.Digest.Tests.Sections;

public sealed class SectionRankTests
{
    private static readonly IReadOnlyList<SectionRef> Seed = SectionResolverTests.Seed;

    [Fact]
    public void Rank_NothingTyped_AllSectionsInOrder()
    {
        Assert.Equal([1, 2, 3], SectionResolver.Rank(Seed, "").Select(s => s.Index));
    }

    [Fact]
    public void Rank_Max_LimitsTheList()
    {
        Assert.Equal([1, 2], SectionResolver.Rank(Seed, "", max: 2).Select(s => s.Index));
    }

    [Fact]
    public void Rank_OneLetter_NamePrefixFirstThenWordPrefix()
    {
        // "c": section 3 starts with it; section 1 has the word "cost"; section 2 has no word starting with c.
        Assert.Equal([3, 1], SectionResolver.Rank(Seed, "c").Select(s => s.Index));
    }

    [Fact]
    public void Rank_PartialWord_FindsTheSection()
    {
        Assert.Equal([2], SectionResolver.Rank(Seed, "dist").Select(s => s.Index));
    }

    [Fact]
    public void Rank_Misspelling_StillSuggests()
    {
        Assert.Equal([2], SectionResolver.Rank(Seed, "distiled").Select(s => s.Index));
    }

    [Fact]
    public void Rank_ExactBeforePrefixBeforeTypo()
    {
        IReadOnlyList<SectionRef> sections = [new(1, "Costly mistakes"), new(2, "Cast"), new(3, "Cost")];

        Assert.Equal([3, 1, 2], SectionResolver.Rank(sections, "cost").Select(s => s.Index));
    }

    [Fact]
    public void Rank_Digits_NumbersStartingWithThemFirst()
    {
        var sections = Enumerable.Range(1, 12).Select(i => new SectionRef(i, $"Part {Name(i)}")).ToList();

        Assert.Equal([1, 10, 11, 12], SectionResolver.Rank(sections, "1").Select(s => s.Index));
    }

    [Fact]
    public void Rank_NothingMatches_IsEmpty()
    {
        Assert.Empty(SectionResolver.Rank(Seed, "weather"));
    }

    private static string Name(int i) => i switch
    {
        1 => "one", 2 => "two", 3 => "three", 4 => "four", 5 => "five", 6 => "six", 7 => "seven", 8 => "eight",
        9 => "nine", 10 => "ten", 11 => "eleven", _ => "twelve",
    };
}
