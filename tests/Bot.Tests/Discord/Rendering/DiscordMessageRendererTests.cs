using Bot.Chat.Messages;
using Bot.Discord.Rendering;

namespace Bot.Tests.Discord.Rendering;

public sealed class DiscordMessageRendererTests
{
    [Fact]
    public void Render_ShortUntitledText_PlainContent()
    {
        var part = Assert.Single(DiscordMessageRenderer.Render(ChatMessage.Text("Unknown section \"foo\".")));

        Assert.Equal("Unknown section \"foo\".", part.Content);
        Assert.Null(part.Embeds);
        Assert.Empty(part.AllowedMentions.Parse);
    }

    [Fact]
    public void Render_Digest_OneEmbedWithTitleLinkBulletsQuoteAndFooter()
    {
        var part = Assert.Single(DiscordMessageRenderer.Render(TestMessages.Figures()));

        var embed = Assert.Single(part.Embeds!);
        Assert.Null(part.Content);
        Assert.Equal("Key figures: Tariffs and the cost of distilled spirits", embed.Title);
        Assert.Equal("https://example.com/news/spirits", embed.Url);
        Assert.Equal(
            "**Key figures**\n\u2022 **25%** tariff on imported whiskey\n\u2022 **$1.2 billion** in annual exports\n\n> The tariff of 25% applies from 1 June.",
            embed.Description);
        Assert.Equal("summarised from 1,240 words, full text", embed.Footer!.Text);
    }

    [Fact]
    public void Render_NumberedListAndDivider_MarkersAreOursTextIsEscaped()
    {
        var message = new ChatMessage("Sections", null, [new ListBlock([[new TextRun("Lead")], [new TextRun("*Markets*")]], Numbered: true), new DividerBlock(), new ParagraphBlock([new LinkRun("source", "https://example.com/a")])]);

        var embed = Assert.Single(Assert.Single(DiscordMessageRenderer.Render(message)).Embeds!);

        Assert.Equal("1. Lead\n2. \\*Markets\\*\n\n\u2015\u2015\u2015\n\n[source](https://example.com/a)", embed.Description);
    }

    [Fact]
    public void Render_BoldRunWithSurroundingSpaces_SpacesStayOutsideTheMarkers()
    {
        var part = Assert.Single(DiscordMessageRenderer.Render(new ChatMessage(null, null, [new ParagraphBlock([new TextRun("TL;DR ", Bold: true), new TextRun("DeepSeek trained R1 for $294,000.")])])));

        Assert.Equal("**TL;DR** DeepSeek trained R1 for $294,000.", part.Content);
    }

    [Fact]
    public void Render_JavascriptTitleUrl_Dropped()
    {
        var embed = Assert.Single(Assert.Single(DiscordMessageRenderer.Render(new ChatMessage("t", "javascript:alert(1)", [new ParagraphBlock([new TextRun("x")])]))).Embeds!);

        Assert.Null(embed.Url);
    }

    [Fact]
    public void Render_TitleOver256CodePoints_TruncatedWithEllipsis()
    {
        var embed = DiscordMessageRenderer.Render(new ChatMessage(string.Concat(Enumerable.Repeat("📈", 300)), null, [new ParagraphBlock([new TextRun("x")])]))[0].Embeds![0];

        Assert.Equal(256, embed.Title!.EnumerateRunes().Count());
        Assert.EndsWith("…", embed.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Nonce_StablePerDeliveryAndPartAndAtMost25Characters()
    {
        var a = DiscordMessageRenderer.Nonce("daily:1100000000000000002:2026-08-01:article-with-a-very-long-identifier", 0);

        Assert.Equal(25, a.Length);
        Assert.Equal(a, DiscordMessageRenderer.Nonce("daily:1100000000000000002:2026-08-01:article-with-a-very-long-identifier", 0));
        Assert.NotEqual(a, DiscordMessageRenderer.Nonce("daily:1100000000000000002:2026-08-01:article-with-a-very-long-identifier", 1));
        Assert.NotEqual(a, DiscordMessageRenderer.Nonce("daily:1100000000000000002:2026-08-02:article-with-a-very-long-identifier", 0));
    }

    [Fact]
    public void CodePoints_CountRunesNotUtf16Units()
    {
        // Brief §5.3: "📈 Markets ↑2.5%" is 15 code points but 16 UTF-16 units.
        var embed = new Embed(Title: "📈 Markets ↑2.5%");

        Assert.Equal(16, embed.Title!.Length);
        Assert.Equal(15, embed.Length);
    }
}
