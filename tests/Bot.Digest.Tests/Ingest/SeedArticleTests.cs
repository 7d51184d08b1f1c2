using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Ingest;

/// <summary>The user's own example article (seeds/): the acceptance case of the plain-text reader.</summary>
public sealed class SeedArticleTests
{
    private static readonly Article Seed = ReadSeed();

    [Fact]
    public void Read_Seed_TitleIsTheFirstLine()
    {
        Assert.Equal("DeepSeek Trains R1 AI Model for $294K, Stirring Global Debate", Seed.Title);
    }

    [Fact]
    public void Read_Seed_HasExactlyTheThreeSections()
    {
        Assert.Equal(
            ["A fraction of the cost, but not without questions", "A model built on ‘distilled’ foundations?", "Competitive disruption or hype?"],
            Seed.HeadedSections.Select(s => s.Heading));
        Assert.Equal([0, 1, 2, 3], Seed.Sections.Select(s => s.Index));
    }

    [Fact]
    public void Read_Seed_LeadIsOneParagraph()
    {
        var lead = Seed.Sections[0];
        Assert.Null(lead.Heading);
        Assert.Single(lead.Paragraphs);
        Assert.StartsWith("In a rare disclosure, Chinese AI company DeepSeek", lead.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("competitiveness of AI model development.", lead.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Seed_SectionParagraphCountsMatchTheFile()
    {
        // Counted by hand in the file: 3, 2 and 3 paragraphs under the three headings.
        Assert.Equal([3, 2, 3], Seed.HeadedSections.Select(s => s.Paragraphs.Count));
    }

    [Fact]
    public void Read_Seed_NoFurnitureAnywhere()
    {
        var all = Seed.Sections.SelectMany(s => s.Paragraphs.Append(s.Heading ?? string.Empty)).ToList();
        Assert.DoesNotContain(all, t => t.Contains("Latest articles", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(all, t => t.Contains("Related articles", StringComparison.OrdinalIgnoreCase));
        Assert.EndsWith("more resource-intensive.", Seed.Sections[^1].Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Seed_SourceIsKeptAndNoUrlForAFile()
    {
        Assert.Equal(TestFiles.SeedName, Path.GetFileName(Seed.Source));
        Assert.Null(Seed.Url);
    }

    [Fact]
    public void Split_Seed_EverySentenceIsAVerbatimSubstringAtItsStart()
    {
        var sentences = SentenceSplitter.Split(Seed);

        Assert.NotEmpty(sentences);
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var paragraph = Seed.Sections[s.Section].Paragraphs[s.Paragraph];
            Assert.Equal(i, s.Ordinal);
            Assert.Equal(s.Text, paragraph.Substring(s.Start, s.Text.Length));
            Assert.Equal(s.Text.Trim(), s.Text);
        }
    }

    [Fact]
    public void Split_Seed_SeventeenSentencesWithUsKeptInside()
    {
        var sentences = SentenceSplitter.Split(Seed);

        // Counted by hand: 2 in the lead, 3+2+1, 2+2, 2+1+2 in the sections.
        Assert.Equal(17, sentences.Count);
        Assert.Contains(sentences, s => s.Text.StartsWith("However, U.S. officials previously alleged", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Text == "These chips are designed specifically for the Chinese market and are less powerful than the H100s restricted by U.S. export bans.");
        Assert.Contains(sentences, s => s.Text == "For comparison, OpenAI’s Sam Altman said in 2023 that training GPT-4 had cost “well over $100 million,” although exact figures remain undisclosed.");
    }

    private static Article ReadSeed()
    {
        var path = TestFiles.Seed;
        var result = ArticleReader.Read(File.ReadAllBytes(path), null, path);
        Assert.True(result.IsSuccess, result.Error);
        return result.Value!;
    }
}
