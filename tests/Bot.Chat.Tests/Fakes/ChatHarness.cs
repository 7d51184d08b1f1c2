using Bot.Chat.Commands;
using Bot.Chat.Delivery;
using Bot.Chat.Messages;
using Bot.Chat.Routing;
using Bot.Chat.Stores;
using Bot.Digest;
using Bot.Digest.Ingest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Chat.Tests.Fakes;

/// <summary>The real chat core (AddChat) over in-memory stores, a recording platform and a fake clock.</summary>
public sealed class ChatHarness : IDisposable
{
    private readonly ServiceProvider services;

    public ChatHarness(Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddSingleton<IArticleStore>(Articles);
        collection.AddSingleton<IConversationStore>(Conversations);
        collection.AddSingleton<ISubscriptionStore>(Subscriptions);
        collection.AddSingleton<IDeliveryLedger>(Ledger);
        collection.AddSingleton<IChatPlatform>(Platform);
        collection.AddChat(configuration);
        configure?.Invoke(collection);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public static Conversation Channel { get; } = new("fake", "C1");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));

    public FakeLoggerProvider Logs { get; } = new();

    public MemoryArticleStore Articles { get; } = new();

    public MemoryConversationStore Conversations { get; } = new();

    public MemorySubscriptionStore Subscriptions { get; } = new();

    public MemoryDeliveryLedger Ledger { get; } = new();

    public RecordingPlatform Platform { get; } = new();

    public IServiceProvider Services => services;

    public CommandRouter Router => services.GetRequiredService<CommandRouter>();

    public async Task<StoredArticle> StoreAsync((Article Article, NewsDigest Digest) article) =>
        await Articles.SaveAsync(article.Article, article.Digest, CancellationToken.None);

    /// <summary>Stores the article and makes it the channel's current one (as posting its digest does).</summary>
    public async Task<StoredArticle> PostAsync((Article Article, NewsDigest Digest) article, Conversation? conversation = null)
    {
        var stored = await StoreAsync(article);
        await Conversations.SetCurrentArticleAsync(conversation ?? Channel, stored.Id, CancellationToken.None);
        return stored;
    }

    public async Task<ChatMessage> RunAsync(string line, Conversation? conversation = null)
    {
        var reply = new RecordingReply();
        await Router.HandleAsync(new CommandReceived(conversation ?? Channel, "U1", CommandLine.Parse(line)!, reply), CancellationToken.None);
        return await reply.Replied;
    }

    public async Task<string> TextAsync(string line, Conversation? conversation = null) =>
        PlainTextRenderer.Render(await RunAsync(line, conversation));

    public void Dispose() => services.Dispose();
}
