using Bot.Slack.SocketMode;

namespace Bot.Tests.Slack.SocketMode;

public sealed class ReconnectPolicyTests
{
    [Fact]
    public void NextDelay_GrowsExponentiallyWithinJitterBoundsUpToTheCap()
    {
        var policy = new ReconnectPolicy(new Random(7));

        var delays = Enumerable.Range(0, 10).Select(_ => policy.NextDelay().TotalSeconds).ToList();

        var ceilings = new[] { 1, 2, 4, 8, 16, 32, 60, 60, 60, 60 };
        for (var i = 0; i < delays.Count; i++)
        {
            Assert.InRange(delays[i], ceilings[i] / 2.0, ceilings[i]);
        }
    }

    [Fact]
    public void Reset_StartsOverFromOneSecond()
    {
        var policy = new ReconnectPolicy(new Random(1));
        for (var i = 0; i < 6; i++)
        {
            policy.NextDelay();
        }

        policy.Reset();

        Assert.InRange(policy.NextDelay().TotalSeconds, 0.5, 1);
    }

    [Fact]
    public void NextDelay_TwoPolicies_Jittered()
    {
        var a = new ReconnectPolicy(new Random(1));
        var b = new ReconnectPolicy(new Random(2));

        Assert.NotEqual(
            Enumerable.Range(0, 5).Select(_ => a.NextDelay()).ToList(),
            Enumerable.Range(0, 5).Select(_ => b.NextDelay()).ToList());
    }

    [Fact]
    public void TooManyWebsocketsDelay_AtLeastThirtySeconds()
    {
        var policy = new ReconnectPolicy(new Random(3));

        Assert.All(Enumerable.Range(0, 5).Select(_ => policy.TooManyWebsocketsDelay()), d => Assert.True(d >= TimeSpan.FromSeconds(30)));
    }
}
