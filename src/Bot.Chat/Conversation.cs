namespace Bot.Chat;

/// <summary>Where a message lives: a platform's channel, optionally a thread in it.</summary>
/// <param name="Platform">"terminal", "discord", "slack".</param>
public sealed record Conversation(string Platform, string ChannelId, string? ThreadId = null)
{
    /// <summary>A stable key for storage ("discord:123", "slack:C1:1700000000.0001").</summary>
    public string Key => ThreadId is null ? $"{Platform}:{ChannelId}" : $"{Platform}:{ChannelId}:{ThreadId}";
}
