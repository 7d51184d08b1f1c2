using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Chat.Messages;
using Bot.Emulators.Slack;
using Bot.Slack.Blocks;
using Bot.Slack.WebApi;
using Bot.Tests.Slack.Fakes;

namespace Bot.Tests.Slack.Blocks;

public sealed class BlockKitRendererTests
{
    private static JsonArray Json(SlackMessagePart part) =>
        JsonNode.Parse(JsonSerializer.Serialize(part.Blocks, SlackJson.Options))!.AsArray();

    [Fact]
    public void Render_Digest_HeaderLinkContextSectionsAndFooterInOrder()
    {
        var message = new ChatMessage("DeepSeek's $5.6M model", "https://example.com/r1", [
            new ParagraphBlock([new TextRun("TL;DR: "), new TextRun("cheap", Bold: true)]),
            new ListBlock([[new TextRun("one")], [new TextRun("two")]], Numbered: true),
            new Bot.Chat.Messages.DividerBlock(),
        ], "summarised from 1,240 words, full text");

        var blocks = Json(Assert.Single(BlockKitRenderer.Render(message)));

        Assert.Equal(["header", "context", "section", "section", "divider", "context"], blocks.Select(b => b!["type"]!.GetValue<string>()));
        Assert.Equal("plain_text", blocks[0]!["text"]!["type"]!.GetValue<string>());
        Assert.Equal("<https://example.com/r1|example.com>", blocks[1]!["elements"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("TL;DR: *cheap*", blocks[2]!["text"]!["text"]!.GetValue<string>());
        Assert.True(blocks[2]!["text"]!["verbatim"]!.GetValue<bool>());
        Assert.Equal("1. one\n2. two", blocks[3]!["text"]!["text"]!.GetValue<string>());
        Assert.Null(BlockKitValidator.Validate(blocks, 12_000));
    }

    [Fact]
    public void Render_TitleOver150_HeaderTruncatedWithEllipsis()
    {
        var title = string.Join(' ', Enumerable.Repeat("word", 60));

        var header = Json(BlockKitRenderer.Render(new ChatMessage(title, null, []))[0])[0]!;

        var text = header["text"]!["text"]!.GetValue<string>();
        Assert.True(text.Length <= 150, $"{text.Length} characters");
        Assert.EndsWith("word…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ParagraphOver3000_SplitAtWordsIntoSectionsWithinTheLimit()
    {
        var words = string.Join(' ', Enumerable.Range(0, 1500).Select(i => $"w{i}"));

        var blocks = Json(Assert.Single(BlockKitRenderer.Render(new ChatMessage(null, null, [new ParagraphBlock([new TextRun(words)])]))));

        Assert.True(blocks.Count >= 3);
        Assert.All(blocks, b => Assert.InRange(b!["text"]!["text"]!.GetValue<string>().Length, 1, 3000));
        Assert.Equal(words, string.Join(' ', blocks.Select(b => b!["text"]!["text"]!.GetValue<string>())));
    }

    [Fact]
    public void Render_LongList_SplitOnlyBetweenItems()
    {
        var items = Enumerable.Range(1, 40).Select(i => (IReadOnlyList<Inline>)[new TextRun($"item {i} " + new string('x', 150))]).ToList();

        var blocks = Json(Assert.Single(BlockKitRenderer.Render(new ChatMessage(null, null, [new ListBlock(items)]))));

        Assert.True(blocks.Count >= 2);
        var lines = blocks.SelectMany(b => b!["text"]!["text"]!.GetValue<string>().Split('\n')).ToList();
        Assert.Equal(40, lines.Count);
        Assert.All(lines, l => Assert.StartsWith("• item ", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_LongDigest_EveryPartWithinBlockCountTextBudgetAndFallback()
    {
        var parts = BlockKitRenderer.Render(SampleMessages.LongDigest());

        Assert.True(parts.Count >= 2);
        Assert.All(parts, p =>
        {
            Assert.InRange(p.Blocks.Count, 1, 50);
            Assert.True(p.Blocks.Sum(BlockKitRenderer.TextLength) <= 12_000);
            Assert.InRange(p.Text.Length, 1, 4000);
            Assert.Null(BlockKitValidator.Validate(Json(p), 12_000));
        });
        Assert.IsType<HeaderBlock>(parts[0].Blocks[0]);
        Assert.DoesNotContain(parts.Skip(1), p => p.Blocks[0] is Bot.Slack.Blocks.DividerBlock);
    }

    [Fact]
    public void Render_HostileText_EscapedEverywhereIncludingFallback()
    {
        var message = new ChatMessage(SampleMessages.Hostile, null, [new ParagraphBlock([new TextRun(SampleMessages.Hostile)])], SampleMessages.Hostile);

        var part = Assert.Single(BlockKitRenderer.Render(message));
        var wire = new JsonObject { ["text"] = part.Text, ["blocks"] = Json(part) };

        Assert.Empty(MentionScanner.Scan("test", wire));
        Assert.Contains("&lt;@U0BOSS&gt; &amp; &lt;#C0SECRET&gt;", part.Text, StringComparison.Ordinal);
    }
}
