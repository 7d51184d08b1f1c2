using Bot.Chat.Messages;
using Bot.Chat.Tests.Fakes;
using Bot.Digest;
using Bot.Digest.Figures;
using Bot.Digest.Ingest;

namespace Bot.Chat.Tests.Messages;

public sealed class RenderingTests
{
    [Fact]
    public void Digest_UsersExample_HasTitleLinkTldrBulletsFiguresSectionsAndFooter()
    {
        var (_, digest) = Articles.DeepSeek();

        var text = PlainTextRenderer.Render(DigestMessages.Digest(digest));

        Assert.Equal(
            """
            DeepSeek Trains R1 AI Model for $294K, Stirring Global Debate
            https://example.com/deepseek

            TL;DR DeepSeek trained R1 for just $294,000.

            • It used 512 H800 chips for 80 hours.

            Key figures

            • $294,000 (just) — training cost of R1
            • 512 Nvidia H800 chips

            Sections

            1. A fraction of the cost, but not without questions
            2. A model built on ‘distilled’ foundations?
            3. Competitive disruption or hype?

            — summarised from 1,240 words, full text · follow up with /summary <section> or /figures <section>

            """.Replace("\r", string.Empty, StringComparison.Ordinal),
            text);
    }

    [Fact]
    public void Digest_ArticleWithoutHeadline_SaysItsTldrOnceAsTheTitle()
    {
        var (_, titled) = Articles.DeepSeek();
        var digest = titled with { Title = titled.Tldr };

        var text = PlainTextRenderer.Render(DigestMessages.Digest(digest));

        Assert.StartsWith("DeepSeek trained R1 for just $294,000.\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("TL;DR", text, StringComparison.Ordinal);
        Assert.Single(text.Split("DeepSeek trained R1 for just $294,000.", StringSplitOptions.None).Skip(1));
        Assert.Contains("• It used 512 H800 chips for 80 hours.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_EachWithValueQualifierAndQuotedSentence()
    {
        var (_, digest) = Articles.DeepSeek();

        var text = PlainTextRenderer.Render(FigureMessages.Figures(digest, digest.Figures, "whole article"));

        Assert.Contains("$294,000 — value: 294,000 USD · qualifier: just · training cost of R1 · in the lead", text, StringComparison.Ordinal);
        Assert.Contains("  > “In a rare disclosure, Chinese AI company DeepSeek has revealed that it trained its flagship R1 reasoning model for just $294,000.”", text, StringComparison.Ordinal);
        Assert.Contains("512 Nvidia H800 chips — value: 512 chips · qualifier: none · in section 1, A fraction of the cost", text, StringComparison.Ordinal);
        Assert.Contains("2 figures, each quoted from the article", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FigureKind.Percent, 12.5, "%", null, "12.5%")]
    [InlineData(FigureKind.Money, 1200000000, "USD", null, "1,200,000,000 USD")]
    [InlineData(FigureKind.Year, 2025, "year", null, "2025")]
    [InlineData(FigureKind.Duration, 80, "hour", null, "80 hours")]
    [InlineData(FigureKind.Percent, 5, "%", 10.0, "5–10%")]
    [InlineData(FigureKind.Multiple, 3, "x", null, "3×")]
    [InlineData(FigureKind.Date, 20250100, "date", null, "2025-01")]
    [InlineData(FigureKind.Date, 20240105, "date", null, "2024-01-05")]
    [InlineData(FigureKind.Date, 20250000, "date", null, "2025")]
    public void FigureValue_FormatsByKind(FigureKind kind, double value, string unit, double? upper, string expected)
    {
        var figure = new KeyFigure("x", (decimal)value, unit, kind, null, null, "x", 0, 0, upper is null ? null : (decimal)upper);

        Assert.Equal(expected, FigureMessages.Value(figure));
    }

    [Theory]
    [InlineData(1240, ArticleCompleteness.FullText, "extractive", "summarised from 1,240 words, full text")]
    [InlineData(1, ArticleCompleteness.FullText, "extractive", "summarised from 1 word, full text")]
    [InlineData(88, ArticleCompleteness.Teaser, "gpt-4o-mini", "summarised by gpt-4o-mini from 88 words, teaser only (the full article was not available)")]
    public void Footer_SaysWhatTheDigestWasBuiltFrom(int words, ArticleCompleteness completeness, string method, string expected)
    {
        Assert.Equal(expected, DigestMessages.Footer(new DigestProvenance(words, completeness, method)));
    }

    [Fact]
    public void Daily_NumbersStoriesWithTopFigure()
    {
        var text = PlainTextRenderer.Render(DigestMessages.Daily([Articles.Simple("Oil rises", "A").Digest, Articles.DeepSeek().Digest]));

        Assert.StartsWith("Daily digest: 2 stories", text, StringComparison.Ordinal);
        Assert.Contains("1. Oil rises", text, StringComparison.Ordinal);
        Assert.Contains("2. DeepSeek Trains R1", text, StringComparison.Ordinal);
        Assert.Contains("Top figure: $294,000 (just) — training cost of R1", text, StringComparison.Ordinal);
        Assert.Contains("/summary 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainTextRenderer_HostileArticleText_CannotControlTheTerminal()
    {
        var message = new ChatMessage("Title\u001b]0;owned\u0007", "javascript:alert(1)", [
            new ParagraphBlock([new TextRun("red\u001b[31m"), new LinkRun("link\u001b[2J", "https://example.com/\u001b[0m")]),
            new ListBlock([[new TextRun("item\rover")]]),
            new QuoteBlock([new TextRun("quote\u009b1;1H")]),
        ], "foot\u0007");

        var text = PlainTextRenderer.Render(message);

        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u009b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.DoesNotContain('\r', text);
        Assert.DoesNotContain("javascript", text, StringComparison.Ordinal);
        Assert.StartsWith("Title\n\nredlink", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ChatMessage_RoundTripsThroughJson_WithEveryBlockType()
    {
        var message = new ChatMessage("T", "https://example.com", [
            new HeadingBlock("H", "https://example.com/h"),
            new ParagraphBlock([new TextRun("b", Bold: true), new LinkRun("l", "https://example.com/l")]),
            new ListBlock([[new TextRun("i")]], Numbered: true, Start: 4),
            new QuoteBlock([new TextRun("q")]),
            new DividerBlock(),
        ], "F", Ephemeral: true);

        var json = System.Text.Json.JsonSerializer.Serialize(message);
        var back = System.Text.Json.JsonSerializer.Deserialize<ChatMessage>(json)!;

        Assert.Equal(PlainTextRenderer.Render(message), PlainTextRenderer.Render(back));
        Assert.Equal(4, Assert.IsType<ListBlock>(back.Blocks[2]).Start);
        Assert.True(back.Ephemeral);
    }
}
