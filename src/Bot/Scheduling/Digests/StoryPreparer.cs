using System.Globalization;
using Bot.Chat;
using Bot.Chat.Stores;
using Bot.Digest.Ingest;
using Bot.Scheduling.Feeds;
using Bot.Scheduling.Stories;

namespace Bot.Scheduling.Digests;

/// <summary>
/// Turns a ranked story into a stored, digested article for the digest: a teaser's page is fetched once (and the
/// verdict remembered on the item); a story left with almost no text is skipped with the reason; the article is digested
/// and stored through <see cref="ArticleIntake"/> (same text → same article id), and every feed item of the story points
/// at it.
/// </summary>
public sealed class StoryPreparer(TeaserPages pages, IFeedStore feeds, IArticleStore articles, ArticleIntake intake)
{
    /// <summary>A teaser with fewer words than this, and no usable page, is skipped rather than posted.</summary>
    public const int MinTeaserWords = 12;

    /// <summary>The story's article, digested and stored: a teaser's page is fetched first (once); a story with no
    /// usable text is skipped with the reason.</summary>
    public async Task<(StoredArticle? Stored, string? Note, string? Skipped)> PrepareAsync(RankedStory story, CollectedStories collected, CancellationToken cancellationToken)
    {
        var face = story.Representative;
        if (!collected.Items.TryGetValue(face.Key, out var items))
        {
            var id = long.Parse(face.Key.AsSpan(face.Key.IndexOf(':', StringComparison.Ordinal) + 1), CultureInfo.InvariantCulture);
            var existing = await articles.GetAsync(id, cancellationToken);
            return existing is null ? (null, null, "the stored article is gone") : (existing, TeaserNote(existing.Article.Completeness, null), null);
        }

        var item = items[0];
        var article = face.Article;
        var note = face.Note;
        if (face.IsTeaser && !item.PageChecked)
        {
            (article, note, var judged) = await pages.ResolveAsync(article, cancellationToken);
            if (judged)
            {
                await feeds.UpdateItemAsync(item.Id, article, note, cancellationToken);
            }
        }

        if (article.Completeness == ArticleCompleteness.Teaser && article.WordCount < MinTeaserWords)
        {
            return (null, null, $"skipped: {note ?? "no full text"}, and the feed gives almost no text of its own");
        }

        var added = await intake.AddAsync(article, cancellationToken);
        if (!added.IsSuccess || added.Value is null)
        {
            return (null, null, $"skipped: {added.Error}");
        }

        var itemIds = story.Members.SelectMany(m => collected.Items.GetValueOrDefault(m.Key) ?? []).Select(i => i.Id).ToList();
        await feeds.SetArticleAsync(itemIds, added.Value.Id, cancellationToken);
        return (added.Value, TeaserNote(article.Completeness, note), null);
    }

    private static string? TeaserNote(ArticleCompleteness completeness, string? why) =>
        completeness == ArticleCompleteness.Teaser ? $"Teaser only: {why ?? "the feed gives only a summary"}." : null;
}
