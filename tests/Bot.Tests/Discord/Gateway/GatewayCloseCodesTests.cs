using Bot.Discord.Gateway;

namespace Bot.Tests.Discord.Gateway;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(null, GatewayAction.Resume)]
    [InlineData(1000, GatewayAction.Resume)]
    [InlineData(4000, GatewayAction.Resume)]
    [InlineData(4001, GatewayAction.Resume)]
    [InlineData(4002, GatewayAction.Resume)]
    [InlineData(4003, GatewayAction.Resume)]
    [InlineData(4005, GatewayAction.Resume)]
    [InlineData(4008, GatewayAction.Resume)]
    [InlineData(4007, GatewayAction.Reidentify)]
    [InlineData(4009, GatewayAction.Reidentify)]
    [InlineData(4004, GatewayAction.Fatal)]
    [InlineData(4010, GatewayAction.Fatal)]
    [InlineData(4011, GatewayAction.Fatal)]
    [InlineData(4012, GatewayAction.Fatal)]
    [InlineData(4013, GatewayAction.Fatal)]
    [InlineData(4014, GatewayAction.Fatal)]
    internal void Classify_FollowsTheDecisionTable(int? code, GatewayAction action) =>
        Assert.Equal(action, GatewayCloseCodes.Classify(code));

    [Fact]
    public void Describe_Fatal4014_SaysWhatToFix() =>
        Assert.Contains("Developer Portal", GatewayCloseCodes.Describe(4014), StringComparison.Ordinal);
}
