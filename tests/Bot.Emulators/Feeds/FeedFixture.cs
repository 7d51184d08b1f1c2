namespace Bot.Emulators.Feeds;

public enum FeedFormat
{
    Rss,
    Atom,
    JsonFeed,
}

/// <summary>A feed the <see cref="FeedServer"/> serves, rendered in its format on every request (so tests can add
/// items between polls). <see cref="Updated"/> is its Last-Modified.</summary>
public sealed record FeedFixture(FeedFormat Format, string Title, IReadOnlyList<FixtureItem> Items, DateTimeOffset Updated)
{
    public FeedFixture With(params FixtureItem[] more) => this with { Items = [.. more, .. Items], Updated = Updated.AddMinutes(1) };
}

/// <summary>One item. <see cref="Summary"/> is short text (RSS description / Atom summary / JSON summary);
/// <see cref="ContentHtml"/> the full HTML (content:encoded / Atom content / content_html), or null for a teaser.</summary>
public sealed record FixtureItem(
    string Id,
    string Title,
    string? Link,
    string? Summary = null,
    string? ContentHtml = null,
    DateTimeOffset? Published = null,
    string? Author = null);
