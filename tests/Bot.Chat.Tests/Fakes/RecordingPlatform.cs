using System.Threading.Channels;
using Bot.Chat.Messages;

namespace Bot.Chat.Tests.Fakes;

/// <summary>A platform whose events the test writes and whose posts it reads. Posts with a delivery key it has seen are
/// not shown twice (as Discord's nonce does).</summary>
public sealed class RecordingPlatform(string name = "fake") : IChatPlatform
{
    private readonly Channel<ChatEvent> events = Channel.CreateUnbounded<ChatEvent>();

    public string Name => name;

    public List<(Conversation Conversation, ChatMessage Message, string DeliveryKey)> Posts { get; } = [];

    public List<string> PostAttempts { get; } = [];

    public Func<string, Exception?> FailPost { get; set; } = _ => null;

    public ChannelWriter<ChatEvent> Events => events.Writer;

    public IAsyncEnumerable<ChatEvent> ReadAsync(CancellationToken cancellationToken) => events.Reader.ReadAllAsync(cancellationToken);

    public Task<PostReceipt> PostAsync(Conversation conversation, ChatMessage message, string deliveryKey, CancellationToken cancellationToken)
    {
        lock (Posts)
        {
            PostAttempts.Add(deliveryKey);
            if (FailPost(deliveryKey) is { } failure)
            {
                throw failure;
            }

            if (Posts.All(p => p.DeliveryKey != deliveryKey))
            {
                Posts.Add((conversation, message, deliveryKey));
            }
        }

        return Task.FromResult(new PostReceipt([$"m-{deliveryKey}"]));
    }
}
