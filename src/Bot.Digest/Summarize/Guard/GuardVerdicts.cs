namespace Bot.Digest.Summarize.Guard;

/// <summary>The guard's finding on one generated text: no problems means it may be shown as written.</summary>
public sealed record BulletVerdict(string Text, IReadOnlyList<GuardProblem> Problems)
{
    public bool Passed => Problems.Count == 0;
}

/// <summary>What happened to one generated text.</summary>
public enum GuardAction
{
    Kept,
    Replaced,
    Dropped,
}

/// <summary>One generated text after the guard: kept as written, replaced by the article's own sentence, or dropped.</summary>
public sealed record GuardedText(string Generated, string? Shown, GuardAction Action, IReadOnlyList<GuardProblem> Problems);

/// <summary>The guarded draft and every decision, in order (TL;DR, bullets, then each section's bullets).</summary>
public sealed record GuardedDraft(SummaryDraft Draft, IReadOnlyList<GuardedText> Decisions)
{
    public int Kept => Decisions.Count(d => d.Action == GuardAction.Kept);

    public int Replaced => Decisions.Count(d => d.Action == GuardAction.Replaced);

    public int Dropped => Decisions.Count(d => d.Action == GuardAction.Dropped);
}
