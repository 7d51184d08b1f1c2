using Bot.Chat.Delivery;
using Bot.Chat.Messages;
using Bot.Chat.Routing;
using Bot.Chat.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Chat.Tests.Delivery;

public sealed class DeliveryServiceTests
{
    private static readonly ChatMessage Digest = ChatMessage.Text("Daily digest");

    [Fact]
    public async Task Deliver_ClaimsPostsWithTheKeyAndConfirms()
    {
        using var chat = new ChatHarness();
        var deliveries = chat.Services.GetRequiredService<DeliveryService>();

        var outcome = await deliveries.DeliverAsync(ChatHarness.Channel, ["article:1", "article:2"], Digest, CancellationToken.None);

        Assert.Equal(DeliveryOutcomeKind.Delivered, outcome.Kind);
        var post = Assert.Single(chat.Platform.Posts);
        Assert.Equal(outcome.Claim!.DeliveryKey, post.DeliveryKey);
        var record = Assert.Single(chat.Ledger.All);
        Assert.Equal(DeliveryState.Delivered, record.State);
        Assert.Equal([$"m-{post.DeliveryKey}"], record.MessageIds);
    }

    [Fact]
    public async Task Deliver_SameItemTwice_SecondIsSkipped()
    {
        using var chat = new ChatHarness();
        var deliveries = chat.Services.GetRequiredService<DeliveryService>();

        await deliveries.DeliverAsync(ChatHarness.Channel, ["article:1"], Digest, CancellationToken.None);
        var again = await deliveries.DeliverAsync(ChatHarness.Channel, ["article:2", "article:1"], Digest, CancellationToken.None);
        var elsewhere = await deliveries.DeliverAsync(ChatHarness.Channel with { ChannelId = "C2" }, ["article:1"], Digest, CancellationToken.None);

        Assert.Equal(DeliveryOutcomeKind.AlreadyTaken, again.Kind);
        Assert.Equal(DeliveryOutcomeKind.Delivered, elsewhere.Kind);
        Assert.Equal(2, chat.Platform.Posts.Count);
    }

    [Fact]
    public async Task Deliver_PlatformRefuses_FreesTheItems()
    {
        using var chat = new ChatHarness();
        var deliveries = chat.Services.GetRequiredService<DeliveryService>();
        chat.Platform.FailPost = _ => new PostRejectedException("missing access");

        var refused = await deliveries.DeliverAsync(ChatHarness.Channel, ["article:1"], Digest, CancellationToken.None);
        chat.Platform.FailPost = _ => null;
        var retried = await deliveries.DeliverAsync(ChatHarness.Channel, ["article:1"], Digest, CancellationToken.None);

        Assert.Equal(DeliveryOutcomeKind.Failed, refused.Kind);
        Assert.Equal(DeliveryOutcomeKind.Delivered, retried.Kind);
        Assert.Single(chat.Platform.Posts);
    }

    [Fact]
    public async Task Deliver_PlatformFailsUncertainly_StaysPendingAndReconcileRetriesWithTheSameKey()
    {
        using var chat = new ChatHarness();
        var deliveries = chat.Services.GetRequiredService<DeliveryService>();
        chat.Platform.FailPost = _ => new HttpRequestException("timeout");

        var failed = await deliveries.DeliverAsync(ChatHarness.Channel, ["article:1"], Digest, CancellationToken.None);
        chat.Platform.FailPost = _ => null;
        var posted = await deliveries.ReconcileAsync(CancellationToken.None);

        Assert.Equal(DeliveryOutcomeKind.Failed, failed.Kind);
        Assert.Equal(1, posted);
        Assert.Equal([failed.Claim!.DeliveryKey, failed.Claim.DeliveryKey], chat.Platform.PostAttempts);
        Assert.Equal(DeliveryState.Delivered, Assert.Single(chat.Ledger.All).State);
    }

    [Fact]
    public async Task ChatServiceStart_PendingClaimsFromAnEarlierRun_ArePostedOnceBeforeAnyEvent()
    {
        using var chat = new ChatHarness();
        var claimed = await chat.Ledger.ClaimAsync(ChatHarness.Channel, ["article:1"], Digest, CancellationToken.None);
        var sending = await chat.Ledger.ClaimAsync(ChatHarness.Channel, ["article:2"], Digest, CancellationToken.None);
        await chat.Ledger.MarkSendingAsync(sending!.DeliveryKey, CancellationToken.None);
        var otherPlatform = await chat.Ledger.ClaimAsync(new Conversation("slack", "C9"), ["article:3"], Digest, CancellationToken.None);

        var service = chat.Services.GetServices<IHostedService>().OfType<ChatService>().Single();
        await service.StartAsync(CancellationToken.None);
        chat.Platform.Events.Complete();
        await service.ExecuteTask!;

        Assert.Equal([claimed!.DeliveryKey, sending.DeliveryKey], chat.Platform.Posts.Select(p => p.DeliveryKey));
        Assert.Equal(DeliveryState.Claimed, chat.Ledger.All.Single(c => c.DeliveryKey == otherPlatform!.DeliveryKey).State);
    }

    [Fact]
    public async Task DigestNow_PostsStoredArticlesOnceAndNumbersThem()
    {
        using var chat = new ChatHarness();
        await chat.StoreAsync(Articles.Simple("Oil rises again", "Supply"));
        await chat.StoreAsync(Articles.DeepSeek());

        var first = await chat.TextAsync("/digest-now");
        var second = await chat.TextAsync("/digest-now");
        var follow = await chat.TextAsync("/summary 1");

        var post = PlainTextRenderer.Render(Assert.Single(chat.Platform.Posts).Message);
        Assert.StartsWith("Daily digest: 2 stories", post, StringComparison.Ordinal);
        Assert.Contains("1. DeepSeek Trains R1", post, StringComparison.Ordinal);
        Assert.Contains("Posted a digest of 2 stories", first, StringComparison.Ordinal);
        Assert.Contains("Nothing new since the last digest here", second, StringComparison.Ordinal);
        Assert.StartsWith("DeepSeek Trains R1", follow, StringComparison.Ordinal);
    }
}
