using Bot.Emulators.OpenAi;
using Bot.Tests.EndToEnd;
using Bot.Tests.Summarizing.Fakes;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.Summarizing;

/// <summary>
/// The built bot (as <c>Summarizer__Provider=openai dotnet run --project src/Bot</c>) with its real figure recogniser,
/// configured only by environment variables, against the loopback server, on the user's example.
/// </summary>
public sealed class ModelEndToEndTests : IAsyncLifetime
{
    private const string Plain = "DeepSeek disclosed the training cost of its R1 reasoning model in a peer-reviewed article in Nature.";
    private const string WithFigure = "DeepSeek says it trained its flagship R1 reasoning model for just $294,000.";
    private const string Invented = "DeepSeek says it trained its flagship R1 reasoning model for $2.9 million.";

    private readonly string folder = Directory.CreateTempSubdirectory("bot-model-e2e-").FullName;
    private OpenAiServer server = null!;

    public async Task InitializeAsync() => server = await OpenAiServer.StartAsync(ModelHarness.ApiKey);

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task BuiltBot_OpenAiFromEnvironment_ShowsTheGuardedDigest()
    {
        server.Enqueue(OpenAiReply.Json(new { tldr = Plain, bullets = new[] { Plain, "The paper was praised by Microsoft and Google.", Invented }, sections = Array.Empty<object>() }));

        var run = await RunAsync("/summary\n");

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}; stderr:\n{run.Errors}");
        var summary = run.ReplyTo("/summary");
        Assert.Contains("TL;DR " + Plain, summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft", summary, StringComparison.Ordinal);   // unknown names never shown
        Assert.DoesNotContain("$2.9 million", summary, StringComparison.Ordinal); // nor an invented figure
        Assert.Contains("written by test-model, every figure checked against the article (2 unverifiable texts replaced or dropped)", summary, StringComparison.Ordinal);
        var request = Assert.Single(server.Requests);
        Assert.Equal("Bearer " + ModelHarness.ApiKey, request.Authorization);
        Assert.DoesNotContain(ModelHarness.ApiKey, run.Errors + run.Output, StringComparison.Ordinal);
        Assert.Contains("Digests are written by the model test-model", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuiltBot_OpenAi_ShowsAStatedFigureAsWritten()
    {
        server.Enqueue(OpenAiReply.Json(new { tldr = WithFigure, bullets = new[] { WithFigure, Invented }, sections = Array.Empty<object>() }));

        var summary = (await RunAsync("/summary\n")).ReplyTo("/summary");

        Assert.Contains("TL;DR " + WithFigure, summary, StringComparison.Ordinal);
        Assert.DoesNotContain("$2.9 million", summary, StringComparison.Ordinal);
    }

    private Task<BotRun> RunAsync(string input) => BuiltBot.RunAsync(input, new Dictionary<string, string>
    {
        ["Storage__Path"] = Path.Combine(folder, "bot.db"),
        ["Terminal__SeedsPath"] = BuiltBot.SeedsFolder,
        ["Summarizer__Provider"] = "openai",
        ["Summarizer__Endpoint"] = server.Endpoint.ToString(),
        ["Summarizer__Model"] = ModelHarness.Model,
        ["Summarizer__ApiKey"] = ModelHarness.ApiKey,
    });
}
