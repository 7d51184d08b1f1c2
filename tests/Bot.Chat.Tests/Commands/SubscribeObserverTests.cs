using Bot.Chat.Stores;
using Bot.Chat.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Chat.Tests.Commands;

public sealed class SubscribeObserverTests
{
    [Fact]
    public async Task Subscribe_WithAnObserver_TellsItAndAppendsItsNote()
    {
        var observer = new NoteObserver("Fetched 3 stories.");
        using var chat = new ChatHarness(s => s.AddSingleton<ISubscriptionObserver>(observer));

        var first = await chat.TextAsync("/subscribe https://example.com/feed.xml daily 08:00 Europe/Berlin");
        var again = await chat.TextAsync("/subscribe https://example.com/feed.xml");

        Assert.Equal("Subscribed this channel to https://example.com/feed.xml on the schedule “daily 08:00 Europe/Berlin”. /sources lists what it follows. Fetched 3 stories.\n", first);
        Assert.EndsWith("it is now on the default schedule. Fetched 3 stories.\n", again, StringComparison.Ordinal);
        Assert.Equal([(true, "daily 08:00 Europe/Berlin"), (false, (string?)null)], observer.Calls);
    }

    [Fact]
    public async Task Subscribe_BadUrl_NeverReachesTheObserver()
    {
        var observer = new NoteObserver(null);
        using var chat = new ChatHarness(s => s.AddSingleton<ISubscriptionObserver>(observer));

        await chat.TextAsync("/subscribe ftp://example.com/feed");

        Assert.Empty(observer.Calls);
    }

    private sealed class NoteObserver(string? note) : ISubscriptionObserver
    {
        public List<(bool Added, string? Schedule)> Calls { get; } = [];

        public Task<string?> SubscribedAsync(Subscription subscription, bool added, CancellationToken cancellationToken)
        {
            Calls.Add((added, subscription.Schedule));
            return Task.FromResult(note);
        }
    }
}
