using Bot.Chat;
using Bot.Emulators.Feeds;
using Bot.Ingestion;
using Bot.Scheduling;
using Bot.Storage;
using Bot.Terminal;
using Bot.Tests.Scheduling.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Scheduling;

/// <summary>The newcomer's path in the terminal: the seeds plus a subscribed feed in one /digest-now, with Program.cs's
/// wiring (AddChat, AddStorage, AddIngestion, AddScheduling, AddTerminal) in-process.</summary>
public sealed class TerminalDigestTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("bot-feeds-terminal-").FullName;

    [Fact]
    public async Task Terminal_SubscribeThenDigestNow_PostsTheSeedsAndTheFeedInOneDigest()
    {
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        await File.WriteAllTextAsync(Path.Combine(root, "seeds", "seed.txt"), "Seed story about harbours\n\nThe harbour reopened on Monday after repairs.");
        await using var server = await FeedServer.StartAsync();
        var url = server.SetFeed("/feed.xml", Fixtures.Feed(FeedFormat.Rss, "Gazette", Fixtures.Item("a", "Market opens on Sunday"), Fixtures.Item("b", "Tram line approved by council"))).AbsoluteUri;
        var output = new StringWriter();
        var input = $"/subscribe {url}\n/digest-now\n/sources\n/status\n/digest-now\n";
        using (var host = Build(new TerminalIo(new StringReader(input), output, Interactive: false)))
        {
            await host.RunAsync().WaitAsync(TimeSpan.FromMinutes(2));
        }

        var text = output.ToString();
        Assert.Contains($"Subscribed this channel to {url} on the default schedule.", text, StringComparison.Ordinal);
        Assert.Contains("Fetched the RSS feed “Gazette”: 2 stories new.", text, StringComparison.Ordinal);
        var digest = text[text.IndexOf("Daily digest: 3 stories", StringComparison.Ordinal)..];
        Assert.Contains("Seed story about harbours", digest, StringComparison.Ordinal);
        Assert.Contains("Market opens on Sunday", digest, StringComparison.Ordinal);
        Assert.Contains("Tram line approved by council", digest, StringComparison.Ordinal);
        Assert.Contains("Posted a digest of 3 stories. Follow up with /summary 2, /figures 2 or /sections 2.", text, StringComparison.Ordinal);
        Assert.Contains("Gazette <" + url + "> — RSS, last fetch", text, StringComparison.Ordinal);
        Assert.Contains("Nothing new since the last digest here (1 feed checked).", text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    private IHost Build(TerminalIo io)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, EnvironmentName = Environments.Production, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = Path.Combine(root, "bot.db"),
            ["Ingestion:AllowPrivateAddresses"] = "true",
            ["Feeds:HostSpacingMilliseconds"] = "0",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(io);
        builder.Services
            .AddChat(builder.Configuration)
            .AddStorage(builder.Configuration)
            .AddIngestion(builder.Configuration)
            .AddScheduling(builder.Configuration)
            .AddTerminal(builder.Configuration);
        return builder.Build();
    }
}
