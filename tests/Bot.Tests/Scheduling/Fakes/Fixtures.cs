using Bot.Emulators.Feeds;

namespace Bot.Tests.Scheduling.Fakes;

/// <summary>Small builders for feed fixtures with full-text items (200 words, so they are not teasers).</summary>
internal static class Fixtures
{
    public static readonly DateTimeOffset Updated = new(2026, 3, 27, 6, 0, 0, TimeSpan.Zero);

    public static FeedFixture Feed(FeedFormat format, string title, params FixtureItem[] items) => new(format, title, items, Updated);

    /// <summary>A full-text item whose lead is its title (words from the id keep texts apart).</summary>
    public static FixtureItem Item(string id, string title, DateTimeOffset? published = null) =>
        new(id, title, $"https://news.example/{id}", Summary: title, ContentHtml: FixtureText.Html($"{title}.", 200, Seed(id)), Published: published);

    private static int Seed(string id) => id.Aggregate(17, (h, c) => (h * 31) + c);
}
