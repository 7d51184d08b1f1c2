namespace Bot.Scheduling.Feeds;

public enum FeedKind
{
    Rss,
    Atom,
    JsonFeed,

    /// <summary>A plain page: the URL is the article itself (one item).</summary>
    Page,
}

/// <summary>What a fetched feed (or page) holds, already reduced to plain text: nothing downstream sees markup.</summary>
public sealed record ParsedFeed(FeedKind Kind, string? Title, IReadOnlyList<FeedItem> Items);

/// <summary>One entry of a feed.</summary>
/// <param name="Key">Its identity in its feed: the id/guid, else the link, else a hash of its title and text.</param>
/// <param name="Url">The absolute http(s) link to the story, or null.</param>
/// <param name="Summary">The short text (RSS description, Atom summary, JSON Feed summary).</param>
/// <param name="Content">The long text (content:encoded, Atom content, JSON Feed content_html/content_text).</param>
public sealed record FeedItem(
    string Key,
    string? Title,
    string? Url,
    IReadOnlyList<TextBlock> Summary,
    IReadOnlyList<TextBlock> Content,
    DateTimeOffset? Published,
    string? Author);

/// <summary>A paragraph, or a heading when <paramref name="IsHeading"/>.</summary>
public sealed record TextBlock(string Text, bool IsHeading = false);
