using Bot.Digest.Ingest;

namespace Bot.Digest.Tests.Ingest;

public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { "The U.S. and the U.K. signed a deal. Talks end today.", ["The U.S. and the U.K. signed a deal.", "Talks end today."] },
        { "Dr. Smith met Mr. Jones and Mrs. Lee. They talked.", ["Dr. Smith met Mr. Jones and Mrs. Lee.", "They talked."] },
        { "Tools, e.g. hammers, i.e. heavy ones, etc. are banned. Fine.", ["Tools, e.g. hammers, i.e. heavy ones, etc. are banned.", "Fine."] },
        { "It raised $1.5 billion. Shares rose.", ["It raised $1.5 billion.", "Shares rose."] },
        { "Pi is about 3.14 in most uses. Really.", ["Pi is about 3.14 in most uses.", "Really."] },
        { "J. R. R. Tolkien wrote it. It sold well.", ["J. R. R. Tolkien wrote it.", "It sold well."] },
        { "J. A. Smith and I. M. Pei met. They talked.", ["J. A. Smith and I. M. Pei met.", "They talked."] },
        { "He said no. The talks ended.", ["He said no.", "The talks ended."] },
        { "Ask Ed. He knows.", ["Ask Ed.", "He knows."] },
        { "In U.S. v. Google the court ruled. It was long.", ["In U.S. v. Google the court ruled.", "It was long."] },
        { "They moved to St. Louis in Jan. 2020. It rained.", ["They moved to St. Louis in Jan. 2020.", "It rained."] },
        { "Prof. Ng and Gov. Hale spoke vs. critics.", ["Prof. Ng and Gov. Hale spoke vs. critics."] },
        { "She said “like this.” Then she left.", ["She said “like this.”", "Then she left."] },
        { "He said \"stop.\" Nobody did.", ["He said \"stop.\"", "Nobody did."] },
        { "“Why?” he asked. Nobody knew.", ["“Why?” he asked.", "Nobody knew."] },
        { "Wait... what happened here? Nobody saw.", ["Wait... what happened here?", "Nobody saw."] },
        { "He paused… Then he left.", ["He paused…", "Then he left."] },
        { "It worked! Did it? Yes.", ["It worked!", "Did it?", "Yes."] },
        { "Really?! No way.", ["Really?!", "No way."] },
        { "Headline without a stop\nThe body starts here. It goes on.", ["Headline without a stop", "The body starts here.", "It goes on."] },
        { "Made in the U.S. The firm grew.", ["Made in the U.S.", "The firm grew."] },
        { "Apple Inc. said so. It works at Apple Inc. The end.", ["Apple Inc. said so.", "It works at Apple Inc.", "The end."] },
        { "See No. 5 and Sept. 18 for details.", ["See No. 5 and Sept. 18 for details."] },
        { "1. The first item is here.", ["1. The first item is here."] },
        { "Visit example.com. It is a U.S.-based site.", ["Visit example.com.", "It is a U.S.-based site."] },
        { "Growth was 10.5. Then it fell.", ["Growth was 10.5.", "Then it fell."] },
        { "(This is one.) And another.", ["(This is one.)", "And another."] },
        { "Sales hit 4 p.m. on Friday.", ["Sales hit 4 p.m. on Friday."] },
        { "In 2023. 2024 was better.", ["In 2023.", "2024 was better."] },
        { "   Padded sentence.    Another.  ", ["Padded sentence.", "Another."] },
        { "No terminal punctuation at all", ["No terminal punctuation at all"] },
        { "", [] },
        { "  \n  ", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SplitToStrings_Cases_SplitWhereSentencesEnd(string text, string[] expected)
    {
        Assert.Equal(expected, SentenceSplitter.SplitToStrings(text));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SplitText_Ranges_AreTrimmedVerbatimSubstrings(string text, string[] expected)
    {
        var ranges = SentenceSplitter.SplitText(text);

        Assert.Equal(expected, ranges.Select(r => text[r]));
        Assert.All(ranges, r => Assert.Equal(text[r].Trim(), text[r]));
    }

    [Fact]
    public void SplitText_SpanOverload_AppendsToTheGivenList()
    {
        var into = new List<Range> { 0..1 };

        SentenceSplitter.SplitText("One. Two.".AsSpan(), into);

        Assert.Equal([0..1, 0..4, 5..9], into);
    }

    [Fact]
    public void Split_Article_NumbersSentencesAcrossSectionsWithPositions()
    {
        var article = new Article("a", "T", [
            new ArticleSection(0, null, ["First one. Second one."]),
            new ArticleSection(1, "H", ["Third one.", "Headline line\nFourth one."]),
        ]);

        var sentences = SentenceSplitter.Split(article);

        Assert.Equal(
            [
                new Sentence("First one.", 0, 0, 0, 0),
                new Sentence("Second one.", 0, 0, 11, 1),
                new Sentence("Third one.", 1, 0, 0, 2),
                new Sentence("Headline line", 1, 1, 0, 3),
                new Sentence("Fourth one.", 1, 1, 14, 4),
            ],
            sentences);
    }

    [Fact]
    public void Split_LongParagraphWithoutPunctuation_IsOneSentence()
    {
        // 210,000 characters of dots and letters without whitespace after dots.
        var text = string.Concat(Enumerable.Repeat("a.b", 70_000));

        Assert.Single(SentenceSplitter.SplitText(text));
    }
}
