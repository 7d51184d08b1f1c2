using Bot.Chat.Messages;
using Bot.Chat.Messages.Markup;

namespace Bot.Chat.Tests.Messages;

public sealed class MessageSplitterTests
{
    private static MessageBudget Budget(int max, int maxBlocks = int.MaxValue) =>
        new(max, b => CodePoints.Count(PlainTextRenderer.RenderBlock(b)), CodePoints.Count, maxBlocks);

    private static ChatMessage Bullets(int count, string prefix = "Bullet") =>
        new("Title", "https://example.com", [new ListBlock(Enumerable.Range(1, count).Select(i => (IReadOnlyList<Inline>)[new TextRun($"{prefix} {i:00} text")]).ToList(), Numbered: true)], "footer");

    [Fact]
    public void Split_ExactlyAtTheLimit_StaysOnePart()
    {
        var message = Bullets(10);
        var cost = Budget(int.MaxValue);
        var total = CodePoints.Count("Title") + message.Blocks.Sum(cost.Measure);

        var parts = MessageSplitter.Split(message, Budget(total + CodePoints.Count("footer")));

        Assert.Single(parts);
        Assert.Equal(PlainTextRenderer.Render(message), PlainTextRenderer.Render(parts[0]));
    }

    [Fact]
    public void Split_OneOverTheLimit_CutsBetweenItemsAndContinuesNumbering()
    {
        var message = Bullets(10);
        var budget = Budget(CodePoints.Count("Title") + message.Blocks.Sum(Budget(int.MaxValue).Measure) + CodePoints.Count("footer") - 1);

        var parts = MessageSplitter.Split(message, budget);

        Assert.Equal(2, parts.Count);
        var first = Assert.IsType<ListBlock>(Assert.Single(parts[0].Blocks));
        var second = Assert.IsType<ListBlock>(Assert.Single(parts[1].Blocks));
        Assert.Equal(10, first.Items.Count + second.Items.Count);
        Assert.Equal(first.Start + first.Items.Count, second.Start);
        Assert.Equal("Title", parts[0].Title);
        Assert.Null(parts[1].Title);
        Assert.Null(parts[0].Footer);
        Assert.Equal("footer", parts[1].Footer);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(200)]
    [InlineData(2000)]
    public void Split_ManyItems_EveryPartWithinBudgetAndNothingLost(int max)
    {
        var message = Bullets(200, "A longer bullet with 📈 emoji");
        var budget = Budget(max);

        var parts = MessageSplitter.Split(message, budget);

        foreach (var (part, i) in parts.Select((p, i) => (p, i)))
        {
            var cost = part.Blocks.Sum(budget.Measure) + CodePoints.Count(part.Title ?? string.Empty) + CodePoints.Count(part.Footer ?? string.Empty);
            Assert.True(cost <= max, $"part {i} costs {cost} > {max}");
        }

        var items = parts.SelectMany(p => p.Blocks).OfType<ListBlock>().SelectMany(l => l.Items).Select(i => i[0].Text).ToList();
        Assert.Equal(message.Blocks.OfType<ListBlock>().Single().Items.Select(i => i[0].Text), items);
    }

    [Fact]
    public void Split_ParagraphLongerThanAPart_IsCutAtWordBoundaries()
    {
        var words = string.Join(' ', Enumerable.Range(1, 300).Select(i => $"word{i}."));
        var message = new ChatMessage(null, null, [new ParagraphBlock([new TextRun(words, Bold: true)])]);
        var budget = Budget(100);

        var parts = MessageSplitter.Split(message, budget);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Blocks.Sum(budget.Measure) <= 100));
        var texts = parts.SelectMany(p => p.Blocks).Cast<ParagraphBlock>().Select(p => Assert.IsType<TextRun>(Assert.Single(p.Content))).ToList();
        Assert.All(texts, t => Assert.True(t.Bold));
        Assert.Equal(words, string.Join(' ', texts.Select(t => t.Text)));
    }

    [Fact]
    public void Split_MaxBlocks_IsRespected()
    {
        var blocks = Enumerable.Range(0, 12).Select(i => (MessageBlock)new HeadingBlock($"H{i}")).ToList();

        var parts = MessageSplitter.Split(new ChatMessage(null, null, blocks, Ephemeral: true), Budget(10_000, maxBlocks: 5));

        Assert.Equal([5, 5, 2], parts.Select(p => p.Blocks.Count));
        Assert.All(parts, p => Assert.True(p.Ephemeral));
    }

    [Fact]
    public void TextSplitter_UnbrokenWord_CutsOnCodePointBoundaries()
    {
        var text = string.Concat(Enumerable.Repeat("📈", 25));

        var pieces = TextSplitter.Split(text, 10);

        Assert.Equal([10, 10, 5], pieces.Select(CodePoints.Count));
        Assert.Equal(text, string.Concat(pieces));
    }
}
