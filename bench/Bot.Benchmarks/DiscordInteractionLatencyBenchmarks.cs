using BenchmarkDotNet.Attributes;
using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Discord;
using Bot.Emulators.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Benchmarks;

/// <summary>
/// Interaction → response latency through the loopback Discord emulator: the emulator dispatches INTERACTION_CREATE
/// over the gateway WebSocket; the adapter parses it, hands it to a router that answers at once, renders the reply
/// and POSTs the callback; the clock stops when the emulator has accepted the callback (or the @original edit).
/// What it measures is the adapter's own overhead on top of loopback I/O, with no digest work.
/// </summary>
[Config(typeof(DiscordLatencyConfig))]
[MemoryDiagnoser]
public class DiscordInteractionLatencyBenchmarks
{
    private static readonly ChatMessage Figures = new(
        "Key figures: Tariffs and the cost of distilled spirits",
        "https://example.com/news/spirits",
        [
            new HeadingBlock("Key figures"),
            new ListBlock([[new TextRun("25%", Bold: true), new TextRun(" tariff on imported whiskey")], [new TextRun("$1.2 billion", Bold: true), new TextRun(" in annual exports")]]),
            new QuoteBlock([new TextRun("The tariff of 25% applies from 1 June.")]),
        ],
        "summarised from 1,240 words, full text");

    private DiscordEmulator emulator = null!;
    private IHost host = null!;
    private CancellationTokenSource stop = null!;
    private Task router = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        emulator = await DiscordEmulator.StartAsync(new DiscordEmulatorOptions { ChannelMessageLimit = 1_000_000 });
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = emulator.Options.Token,
            ["Discord:ApplicationId"] = emulator.Options.ApplicationId,
            ["Discord:ApiBaseUrl"] = emulator.ApiBaseUrl,
            ["Discord:GuildId"] = emulator.Options.GuildId,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddDiscord(builder.Configuration);
        host = builder.Build();
        await host.StartAsync();
        await emulator.Frames.FirstAsync(f => f.Type == "READY");
        stop = new CancellationTokenSource();
        router = AnswerAsync(host.Services.GetRequiredService<IChatPlatform>(), stop.Token);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await stop.CancelAsync();
        await router.ContinueWith(_ => { }, TaskScheduler.Default);
        await host.StopAsync();
        host.Dispose();
        await emulator.DisposeAsync();
        stop.Dispose();
    }

    /// <summary>/figures answered at once: INTERACTION_CREATE → callback type 4 with one embed.</summary>
    [Benchmark(Baseline = true)]
    public async Task ReplyAtOnce()
    {
        var interaction = await emulator.SendCommandAsync("figures");
        await interaction.Answered;
    }

    /// <summary>/digest: callback type 5, then PATCH @original with the embed.</summary>
    [Benchmark]
    public async Task DeferThenEdit()
    {
        var interaction = await emulator.SendCommandAsync("digest", new Dictionary<string, string> { ["source"] = "https://example.com/news/spirits" });
        await interaction.Edited;
    }

    /// <summary>Autocomplete for section: callback type 8 with 25 choices.</summary>
    [Benchmark]
    public async Task Autocomplete()
    {
        var interaction = await emulator.SendAutocompleteAsync("figures", "section", "mar");
        await interaction.Answered;
    }

    private static async Task AnswerAsync(IChatPlatform platform, CancellationToken cancellationToken)
    {
        var choices = Enumerable.Range(1, 30).Select(i => new Choice($"{i}. Markets part {i}", $"{i}")).ToArray();
        await foreach (var chatEvent in platform.ReadAsync(cancellationToken))
        {
            switch (chatEvent)
            {
                case CommandReceived { Invocation.Name: "digest" } slow:
                    await slow.Reply.DeferAsync(ephemeral: false, cancellationToken);
                    await slow.Reply.ReplyAsync(Figures, cancellationToken);
                    break;
                case CommandReceived command:
                    await command.Reply.ReplyAsync(Figures, cancellationToken);
                    break;
                case AutocompleteRequested autocomplete:
                    await autocomplete.Reply.SuggestAsync(choices, cancellationToken);
                    break;
                default:
                    break;
            }
        }
    }
}
