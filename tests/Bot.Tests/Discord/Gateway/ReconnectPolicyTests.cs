using Bot.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Discord.Gateway;

public sealed class ReconnectPolicyTests
{
    [Theory]
    [InlineData(0, 1_000)]
    [InlineData(1, 2_000)]
    [InlineData(2, 4_000)]
    [InlineData(5, 32_000)]
    [InlineData(6, 60_000)]
    [InlineData(40, 60_000)]
    public void NextDelay_NoJitter_DoublesUpToTheCap(int attempt, int milliseconds)
    {
        var policy = new ReconnectPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(250), () => 0.5);

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), policy.NextDelay(attempt));
    }

    [Theory]
    [InlineData(0.0, 750)]
    [InlineData(0.999999, 1_250)]
    public void NextDelay_Jitter_SpreadsPlusOrMinus250Milliseconds(double random, int milliseconds)
    {
        var policy = new ReconnectPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(250), () => random);

        Assert.Equal(milliseconds, policy.NextDelay(0).TotalMilliseconds, precision: 0);
    }

    [Fact]
    public async Task WaitAsync_WaitsOnTheGivenClock()
    {
        var time = new FakeTimeProvider();
        var wait = ReconnectPolicy.Default.WaitAsync(3, time, CancellationToken.None);

        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(8.3));
        await wait.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
