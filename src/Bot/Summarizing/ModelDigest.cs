using Bot.Digest;
using Bot.Digest.Summarize.Guard;

namespace Bot.Summarizing;

/// <summary>
/// The digest in model mode: the guarded draft's TL;DR, bullets and section bullets, with the extractive digest filling
/// whatever the model left empty (a section it skipped or the prompt cut, a TL;DR the guard dropped). Title, key
/// figures and section titles are always the extractor's, so /figures reads the same in both modes.
/// </summary>
internal static class ModelDigest
{
    public static NewsDigest Build(NewsDigest extractive, GuardedDraft guarded, string model)
    {
        var draft = guarded.Draft;
        var sections = extractive.Sections
            .Select(s => draft.Sections.FirstOrDefault(d => d.Index == s.Index) is { Bullets.Count: > 0 } written ? s with { Bullets = written.Bullets } : s)
            .ToList();
        return extractive with
        {
            Tldr = draft.Tldr.Length > 0 ? draft.Tldr : extractive.Tldr,
            Bullets = draft.Bullets.Count > 0 ? draft.Bullets : extractive.Bullets,
            Sections = sections,
            Provenance = extractive.Provenance with { Method = ModelProvenance.Written(model, guarded.Decisions.Count(d => d.Problems.Count > 0)) },
        };
    }

    public static NewsDigest Extractive(NewsDigest extractive, string method) =>
        extractive with { Provenance = extractive.Provenance with { Method = method } };
}
