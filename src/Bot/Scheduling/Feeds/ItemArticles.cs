using System.Text.RegularExpressions;
using Bot.Digest.Ingest;

namespace Bot.Scheduling.Feeds;

/// <summary>
/// A feed item as an <see cref="Article"/>: its long content when that is the whole story (at least
/// Feeds:FullTextWords words and no "read more" ending), otherwise its longer text marked
/// <see cref="ArticleCompleteness.Teaser"/> (the digest run then fetches the linked page for the full text).
/// Headings in the content become sections; what precedes the first heading is the lead.
/// </summary>
public static partial class ItemArticles
{
    public static Article ToArticle(FeedItem item, string source, int fullTextWords)
    {
        ArgumentNullException.ThrowIfNull(item);
        var content = Trim(item.Content, out var contentCut);
        var summary = Trim(item.Summary, out _);
        var full = !contentCut && HtmlText.Words(content) >= fullTextWords;
        var blocks = full ? content : HtmlText.Words(content) >= HtmlText.Words(summary) ? content : summary;
        var completeness = full ? ArticleCompleteness.FullText : ArticleCompleteness.Teaser;
        return new Article(source, item.Title, Sections(blocks), item.Url, item.Author, item.Published, completeness);
    }

    /// <summary>Blocks → lead (index 0, no heading) and one section per heading.</summary>
    public static IReadOnlyList<ArticleSection> Sections(IReadOnlyList<TextBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var sections = new List<ArticleSection>();
        string? heading = null;
        var paragraphs = new List<string>();
        foreach (var block in blocks)
        {
            if (block.IsHeading)
            {
                sections.Add(new ArticleSection(sections.Count, heading, paragraphs));
                heading = block.Text;
                paragraphs = [];
            }
            else
            {
                paragraphs.Add(block.Text);
            }
        }

        sections.Add(new ArticleSection(sections.Count, heading, paragraphs));
        return sections;
    }

    /// <summary>Drops a trailing "Read more" / "Continue reading…" / "[…]" line or suffix; <paramref name="cut"/> says
    /// there was one (the text is an excerpt). WordPress's "The post … appeared first on …" line is dropped too.</summary>
    private static List<TextBlock> Trim(IReadOnlyList<TextBlock> blocks, out bool cut)
    {
        cut = false;
        var list = blocks.ToList();
        while (list.Count > 0 && AppearedFirst().IsMatch(list[^1].Text))
        {
            list.RemoveAt(list.Count - 1);
        }

        if (list.Count == 0)
        {
            return list;
        }

        var last = list[^1].Text;
        if (MoreLine().IsMatch(last))
        {
            list.RemoveAt(list.Count - 1);
            cut = true;
        }
        else if (MoreSuffix().Match(last) is { Success: true } suffix)
        {
            list[^1] = list[^1] with { Text = last[..suffix.Index].TrimEnd() };
            cut = true;
        }

        return list;
    }

    [GeneratedRegex(@"^\W*(read more|continue reading|read the (full|whole|rest of the) (story|article|post)|more\W*$|full story)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoreLine();

    [GeneratedRegex(@"(\s*(\[\s*(…|\.\.\.)\s*\]|…|\.\.\.)|\s+(read more|continue reading)\W*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoreSuffix();

    [GeneratedRegex(@"^the post .{1,300} appeared first on .{1,200}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AppearedFirst();
}
