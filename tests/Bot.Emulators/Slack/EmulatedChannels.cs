using System.Collections.Concurrent;

namespace Bot.Emulators.Slack;

/// <summary>The workspace's channels as the bot sees them: public or private, bot a member or not.</summary>
public sealed class EmulatedChannels
{
    private readonly ConcurrentDictionary<string, EmulatedChannel> channels = new(StringComparer.Ordinal);

    public EmulatedChannel AddPublic(string id, bool botIsMember = true) => channels[id] = new EmulatedChannel(id, false) { BotIsMember = botIsMember };

    public EmulatedChannel AddPrivate(string id, bool botIsMember = true) => channels[id] = new EmulatedChannel(id, true) { BotIsMember = botIsMember };

    public EmulatedChannel? Find(string? id) => id is not null && channels.TryGetValue(id, out var c) ? c : null;
}

public sealed record EmulatedChannel(string Id, bool IsPrivate)
{
    public bool BotIsMember { get; set; }
}

/// <summary>chat.postMessage's ~1/s per channel as a token bucket (capacity = burst) on the emulator's clock.</summary>
internal sealed class PostRateLimiter(TimeProvider time, int burst)
{
    private readonly object gate = new();
    private readonly Dictionary<string, (double Tokens, DateTimeOffset At)> buckets = new(StringComparer.Ordinal);

    public bool TryTake(string channel)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var (tokens, at) = buckets.TryGetValue(channel, out var b) ? b : (burst, now);
            tokens = Math.Min(burst, tokens + (now - at).TotalSeconds);
            if (tokens < 1)
            {
                buckets[channel] = (tokens, now);
                return false;
            }

            buckets[channel] = (tokens - 1, now);
            return true;
        }
    }
}
