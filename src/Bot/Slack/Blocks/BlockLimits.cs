namespace Bot.Slack.Blocks;

/// <summary>Block Kit limits (brief §5.1) and the budgets we keep below them.</summary>
internal static class BlockLimits
{
    public const int MaxBlocks = 50;
    public const int HeaderText = 150;
    public const int SectionText = 3000;
    public const int ContextElements = 10;
    public const int FallbackText = 4000;

    /// <summary>Budgets with headroom: Slack rejects ~13k of total block text with msg_blocks_too_long (undocumented).</summary>
    public const int BlocksPerMessage = 45;
    public const int SectionBudget = 2800;
    public const int TotalTextBudget = 11000;
    public const int FallbackBudget = 3000;
    public const int ContextTextBudget = 2000;
}
