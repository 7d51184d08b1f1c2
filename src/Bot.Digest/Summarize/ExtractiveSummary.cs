using Bot.Digest.Figures;
using Bot.Digest.Ingest;

namespace Bot.Digest.Summarize;

/// <summary>What a summarizer writes: the TL;DR, the article bullets and each section's bullets.</summary>
public sealed record SummaryDraft(string Tldr, IReadOnlyList<string> Bullets, IReadOnlyList<SectionDigest> Sections);

/// <summary>STUB (foundation): lead sentences; the summarization work replaces it.</summary>
public static class ExtractiveSummary
{
    public static SummaryDraft Write(Article article, IReadOnlyList<Sentence> sentences, IReadOnlyList<KeyFigure> figures, DigestOptions options)
    {
        var bullets = sentences.Take(options.Bullets).Select(s => s.Text).ToList();
        var sections = article.HeadedSections
            .Select(s => new SectionDigest(
                s.Index,
                s.Heading ?? $"Section {s.Index}",
                sentences.Where(x => x.Section == s.Index).Take(options.SectionBullets).Select(x => x.Text).ToList()))
            .ToList();
        return new SummaryDraft(bullets.FirstOrDefault() ?? string.Empty, bullets, sections);
    }
}
