using Bot.Emulators;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Hosting;

public sealed class LoopbackServerTests
{
    [Fact]
    public async Task StartAsync_MappedRoute_AnswersOnLoopback()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/ping", () => Results.Text("pong")));
        using var http = new HttpClient();

        var body = await http.GetStringAsync(new Uri(server.BaseUri, "ping"));

        Assert.Equal("127.0.0.1", server.BaseUri.Host);
        Assert.Equal("pong", body);
    }
}
