using Bot.Chat;
using Bot.Digest.Summarize.Guard;
using Bot.Emulators.OpenAi;
using Bot.Storage;
using Bot.Summarizing;
using Bot.Terminal;
using Bot.Tests.EndToEnd;
using Bot.Tests.Summarizing.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Summarizing;

/// <summary>/summary and /figures through the chat core and the terminal channel, wired as Program.cs does, once with
/// the extractive summarizer and once with the model against the loopback server: figures read the same, the summary
/// shows the model's checked bullets.</summary>
public sealed class ChatCommandsTests : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("bot-model-chat-").FullName;
    private OpenAiServer server = null!;

    public async Task InitializeAsync()
    {
        server = await OpenAiServer.StartAsync(ModelHarness.ApiKey);
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        File.Copy(Path.Combine(BuiltBot.SeedsFolder, "deepseek-r1-training-cost.txt"), Path.Combine(root, "seeds", "deepseek-r1-training-cost.txt"));
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task SummaryAndFigures_WorkTheSameInBothModes_FiguresFromTheExtractor()
    {
        server.Enqueue(OpenAiReply.Json(new
        {
            tldr = "DeepSeek says it trained its R1 model for just $294,000.",
            bullets = new[] { "R1 was trained on 512 Nvidia H800 chips over 80 hours.", "OpenAI's Sam Altman said GPT-4 cost \"well over $100 million.\"" },
            sections = Array.Empty<object>(),
        }));

        var extractive = await RunAsync("extractive", "/summary\n/figures\n");
        var model = await RunAsync("openai", "/summary\n/figures\n");

        Assert.Equal(extractive.ReplyTo("/figures"), model.ReplyTo("/figures"));
        var summary = model.ReplyTo("/summary");
        Assert.Contains("TL;DR DeepSeek says it trained its R1 model for just $294,000.", summary, StringComparison.Ordinal);
        Assert.Contains("• R1 was trained on 512 Nvidia H800 chips over 80 hours.", summary, StringComparison.Ordinal);
        Assert.Contains("written by test-model, every figure checked against the article · from ", summary, StringComparison.Ordinal);
        Assert.Contains("summarised from ", extractive.ReplyTo("/summary"), StringComparison.Ordinal);
        Assert.Equal(KeyFigures(extractive.ReplyTo("/summary")), KeyFigures(summary));
        Assert.Single(server.Requests); // the seed was digested once; /summary reads the stored digest
    }

    private static string KeyFigures(string reply)
    {
        var start = reply.IndexOf("Key figures", StringComparison.Ordinal);
        return start < 0 ? string.Empty : reply[start..reply.IndexOf("\n\n", start, StringComparison.Ordinal)];
    }

    private async Task<BotRun> RunAsync(string provider, string input)
    {
        var output = new StringWriter();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, EnvironmentName = Environments.Production, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Provider"] = provider,
            ["Summarizer:Endpoint"] = server.Endpoint.ToString(),
            ["Summarizer:Model"] = ModelHarness.Model,
            ["Summarizer:ApiKey"] = ModelHarness.ApiKey,
            ["Storage:Path"] = $"data/{provider}.db",
            ["Terminal:SeedsPath"] = "seeds",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IFigureRecognizer>(SeedRecognizer.Instance);
        builder.Services.AddSingleton(new TerminalIo(new StringReader(input), output, Interactive: false));
        builder.Services.AddDigest(builder.Configuration).AddChat(builder.Configuration).AddStorage(builder.Configuration).AddTerminal(builder.Configuration);
        using var host = builder.Build();

        await host.RunAsync().WaitAsync(TimeSpan.FromMinutes(1));

        return new BotRun(0, output.ToString(), string.Empty);
    }
}
