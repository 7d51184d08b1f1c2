using System.Globalization;
using Bot.Digest.Summarize;

namespace Bot.Digest.Tests.Summarize;

public sealed class SeedSummaryTests
{
    [Fact]
    public void Split_SeedByHand_HasTheLeadAndThreeSections()
    {
        var (article, sentences, _) = SeedArticle.Load();

        Assert.Equal("DeepSeek Trains R1 AI Model for $294K, Stirring Global Debate", article.Title);
        Assert.Equal(4, article.Sections.Count);
        Assert.Equal(17, sentences.Count);
    }

    [Fact]
    public void Write_Seed_GivesTheHandCheckedDigest()
    {
        // Checked by hand against the article: every bullet is its sentence with only a connective ("For comparison,",
        // "However,", "Now,"), an intro phrase, a dash aside or a second clause removed; all figures and quotes intact.
        var (article, sentences, figures) = SeedArticle.Load();

        var draft = ExtractiveSummary.Write(article, sentences, figures, new DigestOptions());

        Assert.Equal(
            "Chinese AI company DeepSeek has revealed that it trained its flagship R1 reasoning model for just $294,000, " +
            "significantly undercutting the reported training budgets of U.S. giants like OpenAI and Anthropic.",
            draft.Tldr);
        Assert.Equal(
            [
                "According to DeepSeek’s paper, the R1 model was trained using 512 Nvidia H800 chips over just 80 hours.",
                "OpenAI’s Sam Altman said in 2023 that training GPT-4 had cost “well over $100 million,” although exact figures remain undisclosed.",
                "U.S. officials previously alleged that DeepSeek may have access to prohibited H100 chips.",
                "With the Nature paper offering official validation (albeit with caveats), DeepSeek positions itself as a formidable " +
                "low-cost contender — especially in markets looking to adopt advanced AI without U.S. dependencies.",
            ],
            draft.Bullets);
    }

    [Fact]
    public void Write_Seed_EverySectionHasItsOwnBullets()
    {
        var (article, sentences, figures) = SeedArticle.Load();

        var draft = ExtractiveSummary.Write(article, sentences, figures, new DigestOptions());

        Assert.Equal([1, 2, 3], draft.Sections.Select(s => s.Index));
        foreach (var section in draft.Sections)
        {
            Assert.InRange(section.Bullets.Count, 1, 2);
            var own = sentences.Where(s => s.Section == section.Index).Select(s => s.Text).ToList();
            Assert.All(section.Bullets, b => Assert.Contains(own, s => s.Contains(b[..Math.Min(b.Length, 25)][1..], StringComparison.Ordinal)));
        }

        Assert.Contains(draft.Sections[0].Bullets, b => b.Contains("512 Nvidia H800 chips", StringComparison.Ordinal));
        Assert.Contains(draft.Sections[0].Bullets, b => b.Contains("well over $100 million", StringComparison.Ordinal));
        Assert.Contains(draft.Sections[1].Bullets, b => b.Contains("OpenAI-generated answers", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Seed_NoFurnitureAndNoDanglingPronoun()
    {
        var (article, sentences, figures) = SeedArticle.Load();

        var draft = ExtractiveSummary.Write(article, sentences, figures, new DigestOptions { Bullets = 6 });
        var all = draft.Bullets.Prepend(draft.Tldr).ToList();

        Assert.DoesNotContain(all, b => b.Contains("Latest articles", StringComparison.Ordinal) || b.Contains("Related articles", StringComparison.Ordinal));
        Assert.All(all, b => Assert.Equal(Antecedent.None, SubjectCheck.Needs(b) == Antecedent.EarlierMention ? Antecedent.None : SubjectCheck.Needs(b)));
    }

    [Theory]
    [InlineData("tr-TR")] // dotted/dotless i: culture-sensitive casing would change "It"/"In" handling
    [InlineData("de-DE")] // decimal comma
    [InlineData("ja-JP")]
    public void Write_Seed_IsTheSameUnderAnyCulture(string culture)
    {
        var (article, sentences, figures) = SeedArticle.Load();
        var invariant = ExtractiveSummary.Write(article, sentences, figures, new DigestOptions());
        var previous = CultureInfo.CurrentCulture;
        SummaryDraft other;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            other = ExtractiveSummary.Write(article, sentences, figures, new DigestOptions());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(invariant.Tldr, other.Tldr);
        Assert.Equal(invariant.Bullets, other.Bullets);
        Assert.Equal(invariant.Sections.SelectMany(s => s.Bullets), other.Sections.SelectMany(s => s.Bullets));
    }
}
