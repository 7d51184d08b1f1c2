namespace Bot.Digest.Summarize;

/// <summary>What a summarizer writes: the TL;DR, the article bullets and each section's bullets.</summary>
public sealed record SummaryDraft(string Tldr, IReadOnlyList<string> Bullets, IReadOnlyList<SectionDigest> Sections);
