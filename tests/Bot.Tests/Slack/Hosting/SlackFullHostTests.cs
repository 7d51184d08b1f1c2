using System.Text.Json.Nodes;
using Bot.Chat;
using Bot.Emulators.Slack;
using Bot.Hosting;
using Bot.Slack;
using Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Slack.Hosting;

/// <summary>The real bot (AddChat + AddStorage + AddSlack, temp SQLite) answering through the Slack emulator.</summary>
public sealed class SlackFullHostTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("bot-slack-").FullName;

    [Fact]
    public async Task RealHost_DigestThenFiguresThenSummaryDistilled_AnsweredInTheChannelWithinTheDeadline()
    {
        await using var emulator = await SlackEmulator.StartAsync();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = Path.Combine(root, "bot.db"),
            ["Slack:BotToken"] = SlackEmulator.BotToken,
            ["Slack:AppToken"] = SlackEmulator.AppToken,
            ["Slack:ApiBaseUrl"] = emulator.ApiBaseUrl,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddChat(builder.Configuration).AddStorage(builder.Configuration).AddSlack(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();
        await emulator.Recorder.WaitAsync<ConnectionOpened>();
        var article = await File.ReadAllTextAsync(Path.Combine(ContentRoot.Find(), "seeds", "deepseek-r1-training-cost.txt"));

        var digest = await AnswerAsync(emulator, "/digest", article);
        var figures = await AnswerAsync(emulator, "/figures", "");
        var summary = await AnswerAsync(emulator, "/summary", "distilled");
        await host.StopAsync();

        Assert.Equal("in_channel", digest["response_type"]!.GetValue<string>());
        Assert.Contains("DeepSeek Trains R1 AI Model for $294K", digest["blocks"]![0]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(figures["text"]!.GetValue<string>()));
        Assert.Contains("distill", summary.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.All(emulator.Recorder.Of<RecordedAck>(), a => Assert.False(a.Late));
        Assert.Equal(3, emulator.Recorder.Of<RecordedAck>().Count);
        Assert.Empty(emulator.Recorder.Of<Violation>());
        Assert.Empty(emulator.Recorder.Of<DeadlineMissed>());
    }

    /// <summary>The reply: in the ack when the router answered quickly, else the first response_url POST.</summary>
    private static async Task<JsonObject> AnswerAsync(SlackEmulator emulator, string command, string text)
    {
        var id = await emulator.SendSlashCommandAsync(command, text);
        var ack = await emulator.Recorder.WaitAsync<RecordedAck>(a => a.EnvelopeId == id);
        return ack.Payload ?? (await emulator.Recorder.WaitAsync<ResponseUrlPost>(p => p.EnvelopeId == id)).Body;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}
