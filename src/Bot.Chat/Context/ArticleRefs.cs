using System.Globalization;
using Bot.Chat.Messages;
using Bot.Chat.Stores;

namespace Bot.Chat.Context;

/// <summary>
/// Resolves an <c>article</c> reference: a story number of the conversation's last daily digest ("2"), a stored
/// article id ("#42", what autocomplete sends for unnumbered articles), a URL, or words of its title ("deepseek").
/// Title words are matched among the numbered stories, the current article and the 50 most recent articles; more than
/// one match is answered with the list, never a guess.
/// </summary>
public sealed class ArticleRefs(IArticleStore articles)
{
    private const int RecentCandidates = 50;

    public async Task<Lookup<StoredArticle>> ResolveAsync(ConversationContext? context, string reference, string command, CancellationToken cancellationToken)
    {
        var text = reference.Trim();
        if (text.StartsWith('#') && long.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            var byId = await articles.GetAsync(id, cancellationToken);
            return byId is null ? Fail($"There is no stored article {text}.") : Lookup<StoredArticle>.Of(byId);
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return await ByNumberAsync(context, number, command, cancellationToken);
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            var byUrl = await articles.FindByUrlAsync(uri.AbsoluteUri, cancellationToken)
                ?? await articles.FindByUrlAsync(text, cancellationToken);
            return byUrl is null ? Fail($"I have no article from {uri.AbsoluteUri} yet; /digest {uri.AbsoluteUri} adds it.") : Lookup<StoredArticle>.Of(byUrl);
        }

        return await ByTitleAsync(context, text, command, cancellationToken);
    }

    /// <summary>The stories of the last daily digest, in order.</summary>
    public async Task<IReadOnlyList<StoredArticle>> StoriesAsync(ConversationContext? context, CancellationToken cancellationToken)
    {
        var stories = new List<StoredArticle>();
        foreach (var id in context?.Numbering ?? [])
        {
            if (await articles.GetAsync(id, cancellationToken) is { } story)
            {
                stories.Add(story);
            }
        }

        return stories;
    }

    /// <summary>"The last daily digest here had 3 stories: 1. … Pick one, e.g. /summary 2".</summary>
    public static ChatMessage StoryList(IReadOnlyList<StoredArticle> stories, string lead, string command)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var example = stories.Count > 1 ? "2" : "1";
        return new ChatMessage(null, null, [
            new ParagraphBlock([new TextRun(lead)]),
            new ListBlock(stories.Select(s => (IReadOnlyList<Inline>)[new TextRun(s.Digest.Title)]).ToList(), Numbered: true),
            new ParagraphBlock([new TextRun($"Pick a story by number or by a word of its title, e.g. /{command} {example}")]),
        ], Ephemeral: true);
    }

    private async Task<Lookup<StoredArticle>> ByNumberAsync(ConversationContext? context, int number, string command, CancellationToken cancellationToken)
    {
        var numbering = context?.Numbering ?? [];
        if (numbering.Count == 0)
        {
            return Fail("There is no daily digest here to number stories from. Name the article by a word of its title or its URL, or post a digest with /digest-now.");
        }

        if (number < 1 || number > numbering.Count)
        {
            var stories = await StoriesAsync(context, cancellationToken);
            return Lookup<StoredArticle>.Fail(StoryList(stories, $"The last daily digest here has no story {number}; it had {numbering.Count}:", command));
        }

        var article = await articles.GetAsync(numbering[number - 1], cancellationToken);
        return article is null ? Fail($"Story {number} is no longer stored.") : Lookup<StoredArticle>.Of(article);
    }

    private async Task<Lookup<StoredArticle>> ByTitleAsync(ConversationContext? context, string text, string command, CancellationToken cancellationToken)
    {
        var candidates = new List<StoredArticle>(await StoriesAsync(context, cancellationToken));
        if (context?.CurrentArticleId is { } current && candidates.All(c => c.Id != current) && await articles.GetAsync(current, cancellationToken) is { } article)
        {
            candidates.Add(article);
        }

        foreach (var recent in await articles.RecentAsync(RecentCandidates, cancellationToken))
        {
            if (candidates.All(c => c.Id != recent.Id))
            {
                candidates.Add(recent);
            }
        }

        var matches = candidates.Where(c => WordMatcher.MatchesAll(text, c.Digest.Title)).ToList();
        if (matches.Count == 1)
        {
            return Lookup<StoredArticle>.Of(matches[0]);
        }

        if (matches.Count == 0)
        {
            var stories = await StoriesAsync(context, cancellationToken);
            return stories.Count > 0
                ? Lookup<StoredArticle>.Fail(StoryList(stories, $"No story title matches “{text}”. The last daily digest here had:", command))
                : Fail($"No article title matches “{text}”. Name it by a word of its title or its URL, or post one with /digest.");
        }

        var numbering = context?.Numbering ?? [];
        var items = matches.Select(m =>
        {
            var n = numbering.ToList().IndexOf(m.Id);
            var key = n >= 0 ? (n + 1).ToString(CultureInfo.InvariantCulture) : $"#{m.Id}";
            return (IReadOnlyList<Inline>)[new TextRun($"{key}: {m.Digest.Title}")];
        }).ToList();
        return Lookup<StoredArticle>.Fail(new ChatMessage(null, null, [
            new ParagraphBlock([new TextRun($"“{text}” matches {matches.Count} articles:")]),
            new ListBlock(items),
            new ParagraphBlock([new TextRun($"Name one by its number (or #id), e.g. /{command} article:{(numbering.Count > 0 ? "1" : "#" + matches[0].Id.ToString(CultureInfo.InvariantCulture))}")]),
        ], Ephemeral: true));
    }

    private static Lookup<StoredArticle> Fail(string text) => Lookup<StoredArticle>.Fail(Replies.Problem(text));
}
