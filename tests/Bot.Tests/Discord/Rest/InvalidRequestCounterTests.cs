using Bot.Discord.Rest;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Discord.Rest;

public sealed class InvalidRequestCounterTests
{
    [Fact]
    public void IsTripped_AtTheLimitWithinTenMinutes_ThenClearsAsTheyAge()
    {
        var time = new FakeTimeProvider();
        var counter = new InvalidRequestCounter(time, limit: 3);

        counter.Record();
        time.Advance(TimeSpan.FromMinutes(4));
        counter.Record();
        Assert.False(counter.IsTripped);
        counter.Record();
        Assert.True(counter.IsTripped);

        time.Advance(TimeSpan.FromMinutes(6.5)); // the first one is now older than 10 minutes
        Assert.False(counter.IsTripped);
        Assert.Equal(2, counter.Count);
    }
}
