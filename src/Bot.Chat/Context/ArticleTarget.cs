using Bot.Chat.Stores;
using Bot.Digest.Sections;

namespace Bot.Chat.Context;

/// <summary>What a follow-up command is about: an article, and one of its sections or (null) all of it.</summary>
public sealed record ArticleTarget(StoredArticle Article, SectionRef? Section, IReadOnlyList<SectionRef> Sections)
{
    public static IReadOnlyList<SectionRef> SectionsOf(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Article.HeadedSections
            .Select(s => new SectionRef(s.Index, string.IsNullOrWhiteSpace(s.Heading) ? $"Section {s.Index}" : s.Heading))
            .ToList();
    }
}
