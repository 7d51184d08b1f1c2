using Bot.Digest.Summarize.Guard;

namespace Bot.Digest.Tests.Summarize.Guard;

public sealed class QualifierLatticeTests
{
    [Theory]
    [InlineData(null, null, true)]
    [InlineData("over", null, false)] // the example: "over $100 million" may not become "$100 million"
    [InlineData("well over", "over", true)] // weaker
    [InlineData("well over", "at least", true)]
    [InlineData("over", "well over", false)] // stronger
    [InlineData("well over", null, false)]
    [InlineData("over", "at least", true)]
    [InlineData("at least", "over", false)] // "at least 5" allows exactly 5; "over 5" does not
    [InlineData(null, "about", true)] // an exact figure may be called approximate
    [InlineData(null, "at least", true)]
    [InlineData(null, "up to", true)]
    [InlineData(null, "over", false)]
    [InlineData("about", null, false)] // but an approximate one may not be called exact
    [InlineData("about", "nearly", false)]
    [InlineData("nearly", "about", true)]
    [InlineData("nearly", "under", true)]
    [InlineData("nearly", null, false)]
    [InlineData("just under", "nearly", true)]
    [InlineData("under", "up to", true)]
    [InlineData("up to", "under", false)]
    [InlineData("just over", "about", true)]
    [InlineData("just", null, true)] // "just $294,000" states the amount exactly
    [InlineData(null, "just", true)]
    [InlineData("More  Than", "over", true)] // case, spacing and synonyms
    [InlineData("barely", "barely", true)] // not in the table: only word for word
    [InlineData("barely", null, false)]
    [InlineData(null, "barely", false)]
    public void Implies_FollowsTheLattice(string? source, string? bullet, bool expected)
    {
        Assert.Equal(expected, QualifierLattice.Implies(source, bullet));
    }

    [Theory]
    [InlineData(null, QualifierClaim.Exact)]
    [InlineData("", QualifierClaim.Exact)]
    [InlineData("approximately", QualifierClaim.Approximate)]
    [InlineData("in excess of", QualifierClaim.Over)]
    [InlineData("as many as", QualifierClaim.AtMost)]
    [InlineData("no less than", QualifierClaim.AtLeast)]
    [InlineData("well below", QualifierClaim.WellUnder)]
    [InlineData("roughly speaking", QualifierClaim.Unknown)]
    public void ClaimOf_ReadsQualifierPhrases(string? qualifier, QualifierClaim expected)
    {
        Assert.Equal(expected, QualifierLattice.ClaimOf(qualifier));
    }
}
