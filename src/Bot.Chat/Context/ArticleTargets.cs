using Bot.Chat.Messages;
using Bot.Chat.Stores;
using Bot.Digest.Sections;

namespace Bot.Chat.Context;

/// <summary>
/// Turns <c>[section] [article]</c> into what /summary and /figures talk about, following the conversation's focus.
/// <list type="bullet">
/// <item>An <c>article</c> names the article outright; <c>section</c> is then one of its sections.</item>
/// <item>After a single-article digest, <c>section</c> is one of that article's sections ("2", "distilled",
/// "distiled"), resolved by <see cref="SectionResolver"/>.</item>
/// <item>After a daily digest, <c>section</c> names a story ("2", a title word): the "/summary 2" follows up on
/// story 2. A section of a story needs both: <c>/summary cost article:2</c>.</item>
/// <item>When the words as a whole resolve to nothing, the last word may name the article and the rest the section
/// ("/summary cost deepseek"); this is used only when BOTH resolve exactly.</item>
/// </list>
/// Ambiguous or unknown answers are the numbered list to pick from, never a guess.
/// </summary>
public sealed class ArticleTargets(ConversationContexts contexts, ArticleRefs refs, IArticleStore articles)
{
    public async Task<Lookup<ArticleTarget>> ResolveAsync(Conversation conversation, string? section, string? article, string command, CancellationToken cancellationToken)
    {
        var context = await contexts.GetAsync(conversation, cancellationToken);
        section = Blank(section);
        article = Blank(article);
        if (article is not null)
        {
            var named = await refs.ResolveAsync(context, article, command, cancellationToken);
            return named.Found ? InSection(named.Value!, section, command) : Lookup<ArticleTarget>.Fail(named.Problem!);
        }

        if (context is null)
        {
            return Lookup<ArticleTarget>.Fail(Replies.NoArticle(command));
        }

        if (context.Focus == ContextFocus.DailyDigest && context.Numbering.Count > 0)
        {
            if (section is null)
            {
                var stories = await refs.StoriesAsync(context, cancellationToken);
                return Lookup<ArticleTarget>.Fail(ArticleRefs.StoryList(stories, $"The latest post here is a daily digest of {stories.Count} stories:", command));
            }

            var story = await refs.ResolveAsync(context, section, command, cancellationToken);
            if (story.Found)
            {
                return Lookup<ArticleTarget>.Of(new ArticleTarget(story.Value!, null, ArticleTarget.SectionsOf(story.Value!)));
            }

            return await SplitAsync(context, section, command, cancellationToken) ?? Lookup<ArticleTarget>.Fail(story.Problem!);
        }

        var current = context.CurrentArticleId is { } id ? await articles.GetAsync(id, cancellationToken) : null;
        if (current is null)
        {
            return Lookup<ArticleTarget>.Fail(Replies.NoArticle(command));
        }

        var target = InSection(current, section, command);
        return target.Found ? target : await SplitAsync(context, section!, command, cancellationToken) ?? target;
    }

    /// <summary>/sections [article]: the article named, else the current one; after a daily digest, the story list.</summary>
    public async Task<Lookup<ArticleTarget>> ResolveArticleAsync(Conversation conversation, string? article, string command, CancellationToken cancellationToken)
    {
        var context = await contexts.GetAsync(conversation, cancellationToken);
        article = Blank(article);
        if (article is not null)
        {
            var named = await refs.ResolveAsync(context, article, command, cancellationToken);
            return named.Found ? InSection(named.Value!, null, command) : Lookup<ArticleTarget>.Fail(named.Problem!);
        }

        if (context is { Focus: ContextFocus.DailyDigest, Numbering.Count: > 0 })
        {
            var stories = await refs.StoriesAsync(context, cancellationToken);
            return Lookup<ArticleTarget>.Fail(ArticleRefs.StoryList(stories, $"The latest post here is a daily digest of {stories.Count} stories:", command));
        }

        var current = context?.CurrentArticleId is { } id ? await articles.GetAsync(id, cancellationToken) : null;
        return current is null ? Lookup<ArticleTarget>.Fail(Replies.NoArticle(command)) : InSection(current, null, command);
    }

    private static Lookup<ArticleTarget> InSection(StoredArticle article, string? section, string command)
    {
        var sections = ArticleTarget.SectionsOf(article);
        if (section is null)
        {
            return Lookup<ArticleTarget>.Of(new ArticleTarget(article, null, sections));
        }

        var match = SectionResolver.Resolve(sections, section);
        return match.Kind switch
        {
            SectionMatchKind.Found when match.Section is not null => Lookup<ArticleTarget>.Of(new ArticleTarget(article, match.Section, sections)),
            SectionMatchKind.Ambiguous => Lookup<ArticleTarget>.Fail(SectionMessages.Ambiguous(section, match.Candidates, command)),
            _ => Lookup<ArticleTarget>.Fail(SectionMessages.Unknown(section, article.Digest, sections, command)),
        };
    }

    /// <summary>"cost deepseek" → section "cost" of the article "deepseek", only when both resolve exactly.</summary>
    private async Task<Lookup<ArticleTarget>?> SplitAsync(ConversationContext context, string text, string command, CancellationToken cancellationToken)
    {
        var cut = text.TrimEnd().LastIndexOf(' ');
        if (cut <= 0)
        {
            return null;
        }

        var story = await refs.ResolveAsync(context, text[(cut + 1)..], command, cancellationToken);
        if (!story.Found)
        {
            return null;
        }

        var target = InSection(story.Value!, text[..cut].Trim(), command);
        return target.Found ? target : null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
