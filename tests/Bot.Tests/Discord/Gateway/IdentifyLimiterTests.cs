using Bot.Discord.Gateway;
using Bot.Discord.Rest;

namespace Bot.Tests.Discord.Gateway;

public sealed class IdentifyLimiterTests
{
    [Fact]
    public async Task WaitTurn_BudgetExhausted_WaitsResetAfter()
    {
        var time = new SignallingTimeProvider();
        var limiter = new IdentifyLimiter(time);
        limiter.Update(new SessionStartLimit(1000, 0, ResetAfter: 3_600_000, MaxConcurrency: 1));
        var waits = new List<(TimeSpan, bool)>();

        var turn = limiter.WaitTurnAsync((wait, exhausted) => waits.Add((wait, exhausted)), CancellationToken.None);

        await time.Timers.FirstAsync(t => t.DueTime == TimeSpan.FromHours(1));
        Assert.False(turn.IsCompleted);
        Assert.Equal((TimeSpan.FromHours(1), true), Assert.Single(waits));
        time.Advance(TimeSpan.FromHours(1));
        await turn.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(999, limiter.Remaining);
    }

    [Fact]
    public async Task WaitTurn_MaxConcurrencyTwo_TwoAtOnceThenTheThirdWaits()
    {
        var time = new SignallingTimeProvider();
        var limiter = new IdentifyLimiter(time);
        limiter.Update(new SessionStartLimit(1000, 1000, 0, MaxConcurrency: 2));

        await limiter.WaitTurnAsync((_, _) => { }, CancellationToken.None);
        await limiter.WaitTurnAsync((_, _) => { }, CancellationToken.None);
        var third = limiter.WaitTurnAsync((_, _) => { }, CancellationToken.None);

        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(997, limiter.Remaining);
    }
}
