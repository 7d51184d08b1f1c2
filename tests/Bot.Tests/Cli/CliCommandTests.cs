using Bot.Chat;
using Bot.Cli;
using Bot.Digest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Cli;

public sealed class CliCommandTests
{
    [Fact]
    public void AddCli_Bullets_OverridesOnlyTheBulletCountOfTheConfiguredOptions()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new DigestOptions { Bullets = 4, SectionBullets = 3, TopFigures = 7 });
        services.AddChat(new ConfigurationBuilder().Build());

        services.AddCli(["digest", "a.txt", "--bullets", "6"]);
        using var provider = services.BuildServiceProvider();

        Assert.Equal(new DigestOptions { Bullets = 6, SectionBullets = 3, TopFigures = 7 }, provider.GetRequiredService<DigestOptions>());
        Assert.Equal(6, provider.GetRequiredService<Digester>().Options.Bullets);
    }

    [Fact]
    public void AddCli_NoBullets_LeavesTheOptionsAlone()
    {
        var configured = new DigestOptions { Bullets = 5 };
        var services = new ServiceCollection().AddSingleton(configured);

        services.AddCli(["digest", "a.txt"]);
        using var provider = services.BuildServiceProvider();

        Assert.Same(configured, provider.GetRequiredService<DigestOptions>());
    }

    [Fact]
    public void AddCli_RegistersTheRunnerAsTheOnlyHostedService()
    {
        var services = new ServiceCollection();

        services.AddCli(["figures", "a.txt"]);

        var hosted = Assert.Single(services, d => d.ServiceType == typeof(IHostedService));
        Assert.Equal("CliRunner", hosted.ImplementationType!.Name);
    }

    [Fact]
    public void AddCli_InformationLogsSilencedWarningsKept()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")).AddFakeLogging());

        services.AddCli(["digest", "a.txt"]);
        using var provider = services.BuildServiceProvider();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Bot.Chat.Router");
        var fetcher = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Bot.Ingestion.WebFetcher");

        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
        Assert.False(fetcher.IsEnabled(LogLevel.Warning)); // the CLI prints its own one-line error instead
        Assert.True(fetcher.IsEnabled(LogLevel.Error));
    }
}
