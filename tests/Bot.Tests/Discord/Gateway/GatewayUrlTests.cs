using Bot.Discord.Gateway;

namespace Bot.Tests.Discord.Gateway;

public sealed class GatewayUrlTests
{
    [Theory]
    [InlineData("wss://gateway.discord.gg", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway.discord.gg/", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway-us-east1-b.discord.gg", "wss://gateway-us-east1-b.discord.gg/?v=10&encoding=json")]
    [InlineData("ws://127.0.0.1:5123/resume", "ws://127.0.0.1:5123/resume?v=10&encoding=json")]
    [InlineData("wss://gateway.discord.gg/?v=9&compress=zlib-stream", "wss://gateway.discord.gg/?v=10&compress=zlib-stream&encoding=json")]
    public void Build_AddsVersionAndEncodingWithoutDoubling(string url, string expected) =>
        Assert.Equal(expected, GatewayUrl.Build(url).AbsoluteUri);

    [Theory]
    [InlineData("https://gateway.discord.gg")]
    [InlineData("gateway.discord.gg")]
    public void Build_NotAWebSocketUrl_Refused(string url) =>
        Assert.Throws<FormatException>(() => GatewayUrl.Build(url));
}
