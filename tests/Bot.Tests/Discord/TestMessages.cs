using Bot.Chat.Messages;

namespace Bot.Tests.Discord;

/// <summary>Neutral messages shaped like the chat core's digests and replies.</summary>
internal static class TestMessages
{
    public static ChatMessage Figures() => new(
        "Key figures: Tariffs and the cost of distilled spirits",
        "https://example.com/news/spirits",
        [
            new HeadingBlock("Key figures"),
            new ListBlock(
            [
                [new TextRun("25%", Bold: true), new TextRun(" tariff on imported whiskey")],
                [new TextRun("$1.2 billion", Bold: true), new TextRun(" in annual exports")],
            ]),
            new QuoteBlock([new TextRun("The tariff of 25% applies from 1 June.")]),
        ],
        "summarised from 1,240 words, full text");

    /// <summary>A digest far over one message: <paramref name="bullets"/> bullets of 136 code points each,
    /// with emoji (2 UTF-16 units, 1 code point) so UTF-16 counting would cut in the wrong places.</summary>
    public static ChatMessage LongDigest(int bullets, string title = "Morning digest")
    {
        var items = Enumerable.Range(1, bullets)
            .Select(i => (IReadOnlyList<Inline>)[new TextRun($"📈 Item {i:000}: " + string.Concat(Enumerable.Repeat("markets rose as investors 📊 weighed data ", 3)).Trim())])
            .ToArray();
        return new ChatMessage(
            title,
            "https://example.com/digest",
            [new HeadingBlock("Top stories"), new ListBlock(items), new DividerBlock(), new ParagraphBlock([new TextRun("End of digest.")])],
            "from 3 sources");
    }
}
