using Bot.Chat.Messages;
using Bot.Digest.Ingest;

namespace Bot.Scheduling.Stories;

/// <summary>A story that may enter a channel's digest.</summary>
/// <param name="Key">Its ledger item key: "item:42" (a feed story) or "article:7" (a stored article from no feed).</param>
/// <param name="SeenAt">When the bot first saw it.</param>
/// <param name="Sources">The feeds (as the channel follows them) that carry it; empty for a stored article.</param>
/// <param name="FigureCount">Key figures in it when known (a stored digest), else null: counted when needed.</param>
/// <param name="Note">What is already known about its text, e.g. why only a teaser is available.</param>
public sealed record StoryCandidate(
    string Key,
    Article Article,
    DateTimeOffset SeenAt,
    IReadOnlyList<StoryLink> Sources,
    int? FigureCount = null,
    string? Note = null)
{
    public bool IsTeaser => Article.Completeness == ArticleCompleteness.Teaser;

    public string Title => Article.Title ?? Article.Source;
}

/// <summary>One story of a ranked digest: near-duplicates merged, the best-written report as its face.</summary>
/// <param name="Members">Every candidate in the cluster, the representative first.</param>
/// <param name="Figures">Key figures counted, or -1 when the story ranked too low to need counting.</param>
/// <param name="Score">0–1: 0.5 × novelty + 0.25 × figures + 0.25 × sources, × 0.85 for a teaser.</param>
public sealed record RankedStory(
    StoryCandidate Representative,
    IReadOnlyList<StoryCandidate> Members,
    IReadOnlyList<StoryLink> Sources,
    double Score,
    double Novelty,
    int Figures)
{
    public IEnumerable<string> Keys => Members.Select(m => m.Key);

    /// <summary>"novelty 0.92 · 2 figures · 3 sources": why it ranks where it does.</summary>
    public string Why => FormattableString.Invariant(
        $"score {Score:0.00}: novelty {Novelty:0.00} · {(Figures < 0 ? "figures not counted" : Figures == 1 ? "1 figure" : $"{Figures} figures")} · {(Sources.Count == 1 ? "1 source" : $"{Sources.Count} sources")}");
}

/// <summary>Why a story was or was not in a digest (shown by /status).</summary>
public sealed record StoryDecision(string Title, string? Url, bool Included, string Reason);
