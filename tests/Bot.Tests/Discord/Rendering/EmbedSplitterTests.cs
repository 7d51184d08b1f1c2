using Bot.Chat.Messages;
using Bot.Discord.Rendering;

namespace Bot.Tests.Discord.Rendering;

public sealed class EmbedSplitterTests
{
    [Fact]
    public void Render_LongDigest_EveryMessageWithinLimitsAndEveryBulletWholeOnce()
    {
        var parts = DiscordMessageRenderer.Render(TestMessages.LongDigest(300));

        Assert.True(parts.Count > 1);
        foreach (var part in parts)
        {
            EmbedBuilder.ValidateMessage(part.Embeds!); // throws on any limit
        }

        var descriptions = parts.SelectMany(p => p.Embeds!).Select(e => e.Description ?? "").ToArray();
        for (var i = 1; i <= 300; i++)
        {
            var marker = $"Item {i:000}: ";
            Assert.Single(descriptions, d => d.Contains(marker, StringComparison.Ordinal));
        }

        Assert.All(parts, (p, i) => Assert.EndsWith($"part {i + 1}/{parts.Count}", p.Embeds![^1].Footer!.Text, StringComparison.Ordinal));
        Assert.Equal("Morning digest", parts[0].Embeds![0].Title);
        Assert.All(parts.Skip(1), p => Assert.Null(p.Embeds![0].Title));
    }

    [Fact]
    public void Render_LongDigest_MatchesTheHandCountedPacking()
    {
        // A bullet is "• " + 134 code points = 136, plus a newline: 29 fit in a 4,096 description (136 + 28 × 137
        // = 3,972), 14 more in a second embed before 6,000 less the footer's 30 of room, so a message holds 43:
        // 90 bullets = 43 + 43 + 4, and 300 = 6 × 43 + 42 (7 messages).
        var parts = DiscordMessageRenderer.Render(TestMessages.LongDigest(90));

        Assert.Equal(3, parts.Count);
        Assert.Equal([2, 2, 1], parts.Select(p => p.Embeds!.Count));
        Assert.Equal(7, DiscordMessageRenderer.Render(TestMessages.LongDigest(300)).Count);
    }

    [Fact]
    public void Split_EmojiText_CountsCodePointsSoMoreFitsThanUtf16WouldAllow()
    {
        // 3,000 emoji = 6,000 UTF-16 units but 3,000 code points: one description holds them all.
        var units = new[] { new MarkdownUnit(string.Concat(Enumerable.Repeat("📈", 3000)), "\n") };

        var messages = EmbedSplitter.Split(null, null, null, units);

        var embed = Assert.Single(Assert.Single(messages));
        Assert.Equal(3000, embed.Description!.EnumerateRunes().Count());
    }

    [Fact]
    public void Split_OneHugeParagraph_CutAtWordBoundariesWithinTheDescriptionLimit()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2500).Select(i => $"word{i}"));

        var messages = EmbedSplitter.Split(null, null, null, [new MarkdownUnit(words, "\n\n")]);

        var pieces = messages.SelectMany(m => m).Select(e => e.Description!).ToArray();
        Assert.True(pieces.Length > 1);
        Assert.All(pieces, p => Assert.InRange(p.EnumerateRunes().Count(), 1, 4096));
        Assert.Equal(words, string.Join(' ', pieces.Select(p => p.Replace("\n", " ", StringComparison.Ordinal))));
        Assert.All(messages, m => EmbedBuilder.ValidateMessage(m));
    }

    [Fact]
    public void Cut_NeverInsideAMaskedLinkOrAfterALoneBackslash()
    {
        var link = "[a long link text](https://example.com/" + new string('p', 60) + ")";
        var text = new string('x', 90) + " " + link + " tail \\* end";

        foreach (var limit in Enumerable.Range(link.Length, 80)) // a link longer than a whole piece cannot stay whole
        {
            var pieces = EmbedSplitter.Cut(text, limit).ToArray();
            Assert.Contains(pieces, p => p.Contains(link, StringComparison.Ordinal));
            Assert.All(pieces, p => Assert.False(p.EndsWith('\\') && !p.EndsWith("\\\\", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Render_HeadingBeforeTheCut_StaysWithItsFirstItem()
    {
        var bullets = Enumerable.Range(0, 40).Select(i => (IReadOnlyList<Inline>)[new TextRun(new string('a', 140))]).ToArray();
        var message = new ChatMessage("Digest", null, [new ListBlock(bullets), new HeadingBlock("Key figures"), new ListBlock([[new TextRun("25% tariff")]])]);

        var embeds = DiscordMessageRenderer.Render(message).SelectMany(p => p.Embeds!).ToArray();

        var withHeading = Assert.Single(embeds, e => e.Description!.Contains("**Key figures**", StringComparison.Ordinal));
        Assert.Contains("**Key figures**\n\u2022 25% tariff", withHeading.Description, StringComparison.Ordinal);
    }
}
