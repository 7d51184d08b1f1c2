using Bot.Scheduling.Stories;

namespace Bot.Scheduling.Digests;

/// <summary>One channel schedule's progress: the conversation gets one digest per slot of <paramref name="Schedule"/>.</summary>
/// <param name="Schedule">The normalised schedule text (several subscriptions with one schedule share it).</param>
/// <param name="LastSlot">The latest slot handled (posted, found empty, or covered by /digest-now).</param>
/// <param name="LastDigestAt">When its last digest was claimed: stories seen since then are "new".</param>
public sealed record DigestState(string ConversationKey, string Schedule, DateTimeOffset LastSlot, DateTimeOffset? LastDigestAt, DigestReport? Report);

/// <summary>What the last run decided, for /status.</summary>
/// <param name="Summary">"posted 5 of 12 stories", "nothing new", "covered by /digest-now".</param>
public sealed record DigestReport(DateTimeOffset At, string Summary, IReadOnlyList<StoryDecision> Decisions);
