using Bot.Scheduling.Stories;

namespace Bot.Scheduling.Digests;

public enum DigestRunKind
{
    /// <summary>Claimed and posted.</summary>
    Posted,

    /// <summary>Claimed; posting failed and is retried (the ledger keeps it pending).</summary>
    Pending,

    /// <summary>Nothing new: nothing posted.</summary>
    Empty,

    /// <summary>The slot was already delivered (by /digest-now or a previous run).</summary>
    Covered,

    /// <summary>Another delivery claimed these stories first.</summary>
    AlreadyTaken,

    /// <summary>Not posted and not claimed (e.g. the platform is not running).</summary>
    Failed,
}

/// <summary>What one digest run did.</summary>
/// <param name="Stories">Stories posted (or pending).</param>
/// <param name="Candidates">New stories it chose from.</param>
public sealed record DigestRunResult(DigestRunKind Kind, int Stories, int Candidates, IReadOnlyList<StoryDecision> Decisions, string? Problem = null)
{
    public bool Claimed => Kind is DigestRunKind.Posted or DigestRunKind.Pending;
}

/// <summary>What the next digest would hold now (for /status).</summary>
/// <param name="Stories">New stories after merging duplicates.</param>
public sealed record DigestPreview(CollectedStories Collected, int Stories, IReadOnlyList<StoryDecision> Decisions);
