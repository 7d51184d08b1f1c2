using System.Globalization;
using Bot.Chat.Stores;

namespace Bot.Chat.Context;

/// <summary>
/// Choices for an option being typed (Discord autocomplete): for <c>section</c>, the sections of the article in
/// context (or of the <c>article</c> option already filled in), or the stories when the focus is a daily digest; for
/// <c>article</c>, the numbered stories, then the current and recent articles. Ranked by <see cref="ChoiceRanker"/>.
/// </summary>
public sealed class AutocompleteProvider(ConversationContexts contexts, ArticleRefs refs, IArticleStore articles)
{
    private const int RecentArticles = 15;

    public async Task<IReadOnlyList<Choice>> SuggestAsync(
        Conversation conversation,
        string option,
        string typed,
        IReadOnlyDictionary<string, string> otherOptions,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(otherOptions);
        var context = await contexts.GetAsync(conversation, cancellationToken);
        if (string.Equals(option, "article", StringComparison.OrdinalIgnoreCase))
        {
            return ChoiceRanker.Rank(await ArticleCandidatesAsync(context, cancellationToken), typed);
        }

        if (!string.Equals(option, "section", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        StoredArticle? article = null;
        if (otherOptions.TryGetValue("article", out var named) && !string.IsNullOrWhiteSpace(named))
        {
            var found = await refs.ResolveAsync(context, named, "summary", cancellationToken);
            article = found.Value;
        }
        else if (context is { Focus: ContextFocus.DailyDigest, Numbering.Count: > 0 })
        {
            return ChoiceRanker.Rank(await ArticleCandidatesAsync(context, cancellationToken, numberedOnly: true), typed);
        }
        else if (context?.CurrentArticleId is { } id)
        {
            article = await articles.GetAsync(id, cancellationToken);
        }

        if (article is null)
        {
            return [];
        }

        var sections = ArticleTarget.SectionsOf(article)
            .Select(s => (Key: s.Index.ToString(CultureInfo.InvariantCulture), s.Title, Value: s.Index.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        return ChoiceRanker.Rank(sections, typed);
    }

    private async Task<IReadOnlyList<(string Key, string Title, string Value)>> ArticleCandidatesAsync(ConversationContext? context, CancellationToken cancellationToken, bool numberedOnly = false)
    {
        var list = new List<(string Key, string Title, string Value)>();
        var seen = new HashSet<long>();
        var stories = await refs.StoriesAsync(context, cancellationToken);
        for (var i = 0; i < stories.Count; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            list.Add((n, stories[i].Digest.Title, n));
            seen.Add(stories[i].Id);
        }

        if (numberedOnly)
        {
            return list;
        }

        var others = new List<StoredArticle>();
        if (context?.CurrentArticleId is { } current && await articles.GetAsync(current, cancellationToken) is { } article)
        {
            others.Add(article);
        }

        others.AddRange(await articles.RecentAsync(RecentArticles, cancellationToken));
        foreach (var other in others.Where(o => seen.Add(o.Id)))
        {
            var key = "#" + other.Id.ToString(CultureInfo.InvariantCulture);
            list.Add((key, other.Digest.Title, key));
        }

        return list;
    }
}
