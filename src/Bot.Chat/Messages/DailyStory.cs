using Bot.Digest;

namespace Bot.Chat.Messages;

/// <summary>One story of a daily digest: its digest, the other sources that carried it, and a note about its text
/// (e.g. "Teaser only: the page is behind a paywall").</summary>
public sealed record DailyStory(NewsDigest Digest, IReadOnlyList<StoryLink> OtherSources, string? Note = null)
{
    public DailyStory(NewsDigest digest)
        : this(digest, [], null)
    {
    }
}

/// <summary>A named link: a source feed and the story's address there (null when it has none).</summary>
public sealed record StoryLink(string Name, string? Url);
