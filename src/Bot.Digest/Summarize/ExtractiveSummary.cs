using Bot.Digest.Figures;
using Bot.Digest.Ingest;

namespace Bot.Digest.Summarize;

/// <summary>
/// The extractive summarizer (research notes B): score sentences by tf-idf graph centrality plus a position prior,
/// headline overlap, key-figure density and a length prior (<see cref="SentenceScorer"/>); choose greedily with
/// redundancy control, key-figure coverage and the bullet rules (<see cref="Selector"/>); compress each choice into a
/// bullet by deletion only (<see cref="BulletCompressor"/>); print the chosen sentences in article order.
/// TL;DR = the best sentence; the article bullets are the next best; each headed section gets its own bullets, ranked
/// within the section and standing alone. Deterministic: integer term ids in order of appearance, scores quantised
/// before comparing, ties broken by position.
/// </summary>
public static class ExtractiveSummary
{
    public static SummaryDraft Write(Article article, IReadOnlyList<Sentence> sentences, IReadOnlyList<KeyFigure> figures, DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(options);
        var weights = options.Weights;
        var profile = ArticleProfile.Build(article.Title, QuoteJoiner.Join(article, sentences));
        var centrality = Centrality.Compute(profile, weights);
        var density = SentenceScorer.FigureDensity(profile, figures);
        var topFigures = SentenceScorer.TopFigures(profile, figures, Math.Clamp(weights.CoverageTopFigures, 0, Math.Max(options.TopFigures, 0)));

        var all = Enumerable.Range(0, profile.Sentences.Length).ToArray();
        var scores = SentenceScorer.Score(profile, centrality, density, all, [], weights);
        var bullets = new BulletCache(profile, weights.BulletMaxWords);
        var selector = new Selector(profile, weights, topFigures, bullets);
        var tldr = PickTldr(selector, all, scores, weights.TldrWindow);
        var picked = selector.Pick(all, scores, Math.Clamp(options.Bullets, 0, 12), options.WordBudget);

        var sections = new List<SectionDigest>();
        foreach (var section in article.HeadedSections)
        {
            var members = all.Where(i => profile.Sentences[i].Sentence.Section == section.Index).ToArray();
            var headingTerms = ArticleProfile.ContentTerms(section.Heading ?? string.Empty, profile.Table);
            var sectionScores = SentenceScorer.Score(profile, centrality, density, members, headingTerms, weights);
            var sectionSelector = new Selector(profile, weights, topFigures, bullets);
            var chosen = sectionSelector.Pick(members, sectionScores, Math.Clamp(options.SectionBullets, 1, 6));
            if (chosen.Count == 0 && members.Length > 0)
            {
                // Every sentence leans on another (or is a fragment): the section's opening sentence, where a section
                // names its subject, rather than an empty section.
                sectionSelector.Choose(members[0]);
                chosen.Add(members[0]);
            }

            sections.Add(new SectionDigest(
                section.Index,
                section.Heading ?? $"Section {section.Index}",
                [.. chosen.Order().Select(sectionSelector.Bullet)]));
        }

        return new SummaryDraft(
            tldr.Count > 0 ? selector.Bullet(tldr[0]) : string.Empty,
            [.. picked.Order().Select(selector.Bullet)],
            sections);
    }

    /// <summary>
    /// News is written as an inverted pyramid: the TL;DR is the best of the article's first
    /// <paramref name="window"/> sentences (0 = all) that passes the bullet rules, else the best of the rest.
    /// </summary>
    private static List<int> PickTldr(Selector selector, int[] all, double[] scores, int window)
    {
        if (window > 0 && all.Length > window)
        {
            var lead = selector.Pick(all[..window], scores[..window], 1);
            if (lead.Count > 0)
            {
                return lead;
            }
        }

        return selector.Pick(all, scores, 1);
    }
}
