using System.Globalization;
using Bot.Digest;
using Bot.Digest.Ingest;

namespace Bot.Chat.Messages;

/// <summary>The digest of one article, and the daily digest of several, as neutral messages.</summary>
public static class DigestMessages
{
    /// <summary>Title (linked), TL;DR, bullets, top figures, numbered sections, footer with provenance.</summary>
    public static ChatMessage Digest(NewsDigest digest, int topFigures = 5)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var blocks = new List<MessageBlock>();
        // An article without a headline is titled by its TL;DR (Digester): say it once.
        if (!string.IsNullOrWhiteSpace(digest.Tldr) && !string.Equals(digest.Tldr, digest.Title, StringComparison.Ordinal))
        {
            blocks.Add(new ParagraphBlock([new TextRun("TL;DR ", Bold: true), new TextRun(digest.Tldr)]));
        }

        var bullets = digest.Bullets.Where(b => !string.Equals(b, digest.Tldr, StringComparison.Ordinal)).ToList();
        if (bullets.Count > 0)
        {
            blocks.Add(Bullets(bullets));
        }

        var figures = digest.Figures.Take(topFigures).ToList();
        if (figures.Count > 0)
        {
            blocks.Add(new HeadingBlock("Key figures"));
            blocks.Add(new ListBlock(figures.Select(FigureMessages.Summary).ToList()));
        }

        if (digest.Sections.Count > 0)
        {
            blocks.Add(new HeadingBlock("Sections"));
            blocks.Add(new ListBlock(digest.Sections.Select(s => (IReadOnlyList<Inline>)[new TextRun(s.Title)]).ToList(), Numbered: true, Start: digest.Sections[0].Index));
        }

        var hint = digest.Sections.Count > 0 ? " · follow up with /summary <section> or /figures <section>" : " · follow up with /summary or /figures";
        return new ChatMessage(digest.Title, digest.Url, blocks, Footer(digest.Provenance) + hint);
    }

    /// <summary>Numbered stories (1..n, the numbers /summary 2 and /figures 2 refer to), each with a few bullets and
    /// its top figure.</summary>
    public static ChatMessage Daily(IReadOnlyList<NewsDigest> stories, int bulletsPerStory = 3)
    {
        ArgumentNullException.ThrowIfNull(stories);
        return Daily(stories.Select(s => new DailyStory(s)).ToList(), DailyHeading, bulletsPerStory);
    }

    /// <summary>The default heading of <see cref="Daily(IReadOnlyList{DailyStory}, string, int)"/>.</summary>
    public const string DailyHeading = "Daily digest";

    /// <summary>Numbered stories as above; each also lists the other sources that carried it ("Also reported by") and
    /// its note (a teaser-only story says so). <paramref name="heading"/> opens the title ("Daily digest: 5 stories";
    /// a catch-up after downtime says "Since you last heard from me: 5 stories").</summary>
    public static ChatMessage Daily(IReadOnlyList<DailyStory> stories, string heading, int bulletsPerStory = 3)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var blocks = new List<MessageBlock>();
        for (var i = 0; i < stories.Count; i++)
        {
            var story = stories[i].Digest;
            if (i > 0)
            {
                blocks.Add(new DividerBlock());
            }

            blocks.Add(new HeadingBlock($"{i + 1}. {story.Title}", story.Url));
            var bullets = story.Bullets.Count > 0 ? story.Bullets : [story.Tldr];
            blocks.Add(Bullets(bullets.Where(b => !string.IsNullOrWhiteSpace(b)).Take(bulletsPerStory).ToList()));
            if (story.Figures.Count > 0)
            {
                blocks.Add(new ParagraphBlock([new TextRun("Top figure: ", Bold: true), .. FigureMessages.Summary(story.Figures[0])]));
            }

            if (stories[i].OtherSources.Count > 0)
            {
                var sources = stories[i].OtherSources;
                var inlines = new List<Inline> { new TextRun("Also reported by: ", Bold: true) };
                for (var k = 0; k < sources.Count; k++)
                {
                    if (k > 0)
                    {
                        inlines.Add(new TextRun(", "));
                    }

                    inlines.Add(sources[k].Url is { } url ? new LinkRun(sources[k].Name, url) : new TextRun(sources[k].Name));
                }

                blocks.Add(new ParagraphBlock(inlines));
            }

            if (stories[i].Note is { Length: > 0 } note)
            {
                blocks.Add(new ParagraphBlock([new TextRun(note)]));
            }
        }

        var noun = stories.Count == 1 ? "story" : "stories";
        var n = stories.Count > 1 ? "2" : "1";
        return new ChatMessage($"{heading}: {stories.Count} {noun}", null, blocks, $"Follow up: /summary {n} · /figures {n} · /sections {n}");
    }

    /// <summary>"summarised from 1,240 words, full text" (or "by &lt;method&gt;", or "teaser only"). A method that is a
    /// sentence of its own (the model summarizer's "written by gpt-4o-mini, every figure checked against the article",
    /// "extractive: model unavailable") is shown as it is: "written by … · from 1,240 words, full text".</summary>
    public static string Footer(DigestProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        var method = provenance.Method;
        var how = string.Equals(method, DigestProvenance.Extractive, StringComparison.Ordinal) ? "summarised"
            : SaysHow(method) ? $"{method} ·"
            : $"summarised by {method}";
        var words = provenance.WordCount.ToString("N0", CultureInfo.InvariantCulture);
        var noun = provenance.WordCount == 1 ? "word" : "words";
        var completeness = provenance.Completeness == ArticleCompleteness.FullText ? "full text" : "teaser only (the full article was not available)";
        return $"{how} from {words} {noun}, {completeness}";
    }

    private static bool SaysHow(string method) =>
        method.StartsWith("written by ", StringComparison.Ordinal) || method.StartsWith("extractive:", StringComparison.Ordinal);

    internal static ListBlock Bullets(IReadOnlyList<string> bullets) =>
        new(bullets.Select(b => (IReadOnlyList<Inline>)[new TextRun(b)]).ToList());
}
