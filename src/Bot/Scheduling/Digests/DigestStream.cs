using System.Security.Cryptography;
using System.Text;
using Bot.Chat;
using Bot.Scheduling.Schedules;

namespace Bot.Scheduling.Digests;

/// <summary>One digest series of a conversation: the feeds it follows on one schedule (subscriptions with the same
/// schedule share it; a subscription without one uses Feeds:DefaultSchedule).</summary>
/// <param name="CreatedAt">When its oldest subscription was made (a new series' first slot is the next one after).</param>
public sealed record DigestStream(Conversation Conversation, DigestSchedule Schedule, IReadOnlyList<string> FeedUrls, DigestState State, DateTimeOffset CreatedAt)
{
    /// <summary>The ledger item key of one slot ("slot:1a2b3c4d:20260329T0600Z"): a slot is delivered once per conversation.</summary>
    public string SlotKey(DateTimeOffset slot) =>
        "slot:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Schedule.Text)))[..8] + ":" +
        slot.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
