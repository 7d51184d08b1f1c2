using Bot.Chat.Messages;

namespace Bot.Tests.Slack.Fakes;

/// <summary>Neutral messages for renderer and posting tests, including hostile article text.</summary>
public static class SampleMessages
{
    public const string Hostile = "Breaking <!channel> <!here> <@U0BOSS> & <#C0SECRET> <https://evil.example|click> *bold* @everyone";

    /// <summary>A digest far over one message's budget: 30 stories, each a heading, a long paragraph and 5 bullets.</summary>
    public static ChatMessage LongDigest()
    {
        var blocks = new List<MessageBlock>();
        for (var i = 1; i <= 30; i++)
        {
            blocks.Add(new HeadingBlock($"Story {i}: markets & models", $"https://example.com/story/{i}"));
            blocks.Add(new ParagraphBlock([new TextRun(string.Join(' ', Enumerable.Repeat($"Sentence {i} of the lead paragraph says something.", 12)))]));
            blocks.Add(new ListBlock([.. Enumerable.Range(1, 5).Select(b => (IReadOnlyList<Inline>)[new TextRun($"Bullet {i}.{b}: ", Bold: true), new TextRun("a key point with a figure of 5.6 million dollars")])]));
            blocks.Add(new DividerBlock());
        }

        return new ChatMessage("Daily digest: 30 stories", "https://example.com/digest", blocks, "summarised from 30 articles, full text");
    }
}
