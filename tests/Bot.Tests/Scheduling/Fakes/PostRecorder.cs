using System.Threading.Channels;
using Bot.Chat;
using Bot.Chat.Messages;

namespace Bot.Tests.Scheduling.Fakes;

/// <summary>A platform ("fake") that records each post with the fake time it arrived; a repeated delivery key is not
/// shown twice (as Discord's nonce). <see cref="Arrivals"/> lets a test await a post without sleeping.</summary>
public sealed class PostRecorder(TimeProvider time, string name = "fake") : IChatPlatform
{
    private readonly Channel<Post> arrivals = Channel.CreateUnbounded<Post>();

    public string Name => name;

    public List<Post> Posts { get; } = [];

    public ChannelReader<Post> Arrivals => arrivals.Reader;

    /// <summary>The next post attempts throw (the platform may or may not have posted: the claim stays pending).</summary>
    public int FailNext { get; set; }

    public IAsyncEnumerable<ChatEvent> ReadAsync(CancellationToken cancellationToken) => AsyncEnumerable.Empty<ChatEvent>();

    public Task<PostReceipt> PostAsync(Conversation conversation, ChatMessage message, string deliveryKey, CancellationToken cancellationToken)
    {
        lock (Posts)
        {
            if (FailNext > 0)
            {
                FailNext--;
                throw new HttpRequestException("the fake platform is down");
            }

            if (Posts.All(p => p.DeliveryKey != deliveryKey))
            {
                var post = new Post(conversation, message, deliveryKey, time.GetUtcNow());
                Posts.Add(post);
                arrivals.Writer.TryWrite(post);
            }
        }

        return Task.FromResult(new PostReceipt([$"m-{deliveryKey}"]));
    }

    public IReadOnlyList<Post> To(Conversation conversation)
    {
        lock (Posts)
        {
            return Posts.Where(p => p.Conversation == conversation).ToList();
        }
    }
}

public sealed record Post(Conversation Conversation, ChatMessage Message, string DeliveryKey, DateTimeOffset At)
{
    public string Text => PlainTextRenderer.Render(Message);
}
