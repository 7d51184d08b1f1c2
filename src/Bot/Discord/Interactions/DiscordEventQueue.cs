using System.Threading.Channels;
using Bot.Chat;

namespace Bot.Discord.Interactions;

/// <summary>Chat events waiting for the router (<see cref="DiscordPlatform.ReadAsync"/>). Bounded: when the
/// router is that far behind, a new command is told the bot is busy instead of waiting past its deadline.</summary>
public sealed class DiscordEventQueue(DiscordTuning tuning)
{
    private readonly Channel<ChatEvent> events = Channel.CreateBounded<ChatEvent>(new BoundedChannelOptions(tuning.EventQueueCapacity)
    {
        SingleWriter = false,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public ChannelReader<ChatEvent> Reader => events.Reader;

    public bool TryWrite(ChatEvent chatEvent) => events.Writer.TryWrite(chatEvent);

    /// <summary>The platform stopped for good: <c>ReadAsync</c> ends once the queue is drained.</summary>
    public void Complete() => events.Writer.TryComplete();
}
