using Bot.Slack.Commands;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Slack.Commands;

public sealed class EnvelopeDeduplicatorTests
{
    [Fact]
    public void TryFirstSeen_SameKeyWithinTenMinutes_Duplicate()
    {
        var clock = new FakeTimeProvider();
        var dedupe = new EnvelopeDeduplicator(clock);

        Assert.True(dedupe.TryFirstSeen("envelope:E1"));
        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.False(dedupe.TryFirstSeen("envelope:E1"));
    }

    [Fact]
    public void TryFirstSeen_EventRetryInANewEnvelope_DuplicateByEventId()
    {
        var dedupe = new EnvelopeDeduplicator(new FakeTimeProvider());

        Assert.True(dedupe.TryFirstSeen("envelope:E1", "event:Ev1"));
        Assert.False(dedupe.TryFirstSeen("envelope:E2", "event:Ev1"));
        Assert.True(dedupe.TryFirstSeen("envelope:E3", "event:Ev2"));
    }

    [Fact]
    public void TryFirstSeen_AfterRetention_ForgottenAndMemoryFreed()
    {
        var clock = new FakeTimeProvider();
        var dedupe = new EnvelopeDeduplicator(clock);
        dedupe.TryFirstSeen("envelope:E1");

        clock.Advance(EnvelopeDeduplicator.Retention + TimeSpan.FromSeconds(1));

        Assert.True(dedupe.TryFirstSeen("envelope:E2"));
        Assert.Equal(1, dedupe.Count);
        Assert.True(dedupe.TryFirstSeen("envelope:E1"));
    }
}
