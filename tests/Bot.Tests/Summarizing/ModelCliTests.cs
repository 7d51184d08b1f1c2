using Bot.Emulators.OpenAi;
using Bot.Tests.Cli;
using Bot.Tests.Summarizing.Fakes;

namespace Bot.Tests.Summarizing;

/// <summary>
/// The command line: <c>Summarizer__Provider=openai dotnet run --project src/Bot -- digest &lt;file&gt;</c> shows the
/// guarded result. The built bot, configured by environment variables only, against the loopback server.
/// </summary>
public sealed class ModelCliTests
{
    private const string Example = "seeds/deepseek-r1-training-cost.txt";
    private const string Tldr = "DeepSeek disclosed how cheaply it trained its R1 reasoning model in a peer-reviewed article in Nature.";
    private const string Chips = "The H800 chips are designed for the Chinese market and are less powerful than the H100s.";
    private const string Launch = "Its launch of low-cost models triggered a tech stock sell-off.";
    private const string UnknownName = "The paper was praised by Microsoft.";

    [Fact]
    public async Task Digest_WithTheModel_ShowsTheGuardedDigestAndTheExtractorsFigures()
    {
        await using var server = await OpenAiServer.StartAsync(ModelHarness.ApiKey);
        server.Enqueue(OpenAiReply.Json(new
        {
            tldr = Tldr,
            bullets = new[] { Chips, UnknownName },
            sections = new object[] { new { index = 3, bullets = new[] { Launch } } },
        }));

        var model = await BotProcess.RunAsync(["digest", Example], new Dictionary<string, string>
        {
            ["Summarizer__Provider"] = "openai",
            ["Summarizer__Endpoint"] = server.Endpoint.ToString(),
            ["Summarizer__Model"] = ModelHarness.Model,
            ["Summarizer__ApiKey"] = ModelHarness.ApiKey,
        });
        var extractive = await BotProcess.RunAsync(["digest", Example]);

        Assert.True(model.ExitCode == 0, model.ToString());
        Assert.Contains("**TL;DR:** " + Tldr, model.Out, StringComparison.Ordinal);
        Assert.Contains("- " + Chips + "\n", model.Out, StringComparison.Ordinal);
        Assert.Contains("### 3. Competitive disruption or hype?\n- " + Launch + "\n", model.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft", model.Out, StringComparison.Ordinal);
        Assert.Contains("· written by test-model, every figure checked against the article (1 unverifiable text replaced or dropped)_", model.Out, StringComparison.Ordinal);
        Assert.Equal(After(extractive.Out, "## Key figures").Split("\n\n")[1], After(model.Out, "## Key figures").Split("\n\n")[1]);
        Assert.Single(server.Requests);
        Assert.DoesNotContain(ModelHarness.ApiKey, model.Out + model.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_ModelDown_PrintsTheExtractiveDigestAndExitsZero()
    {
        await using var server = await OpenAiServer.StartAsync(ModelHarness.ApiKey);
        server.Enqueue(OpenAiReply.Status(503, 0), OpenAiReply.Status(503, 0));

        var run = await BotProcess.RunAsync(["digest", Example], new Dictionary<string, string>
        {
            ["Summarizer__Provider"] = "openai",
            ["Summarizer__Endpoint"] = server.Endpoint.ToString(),
            ["Summarizer__Model"] = ModelHarness.Model,
            ["Summarizer__ApiKey"] = ModelHarness.ApiKey,
        });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("· extractive: model unavailable_", run.Out, StringComparison.Ordinal);
        Assert.Contains("## Sections", run.Out, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Digest_OpenAiWithoutEndpointOrModel_ExitsTwoNamingTheKeysNeverTheApiKey()
    {
        var run = await BotProcess.RunAsync(["digest", Example], new Dictionary<string, string>
        {
            ["Summarizer__Provider"] = "openai",
            ["Summarizer__ApiKey"] = ModelHarness.ApiKey,
        });

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Summarizer:Endpoint is required", run.Error, StringComparison.Ordinal);
        Assert.Contains("Summarizer:Model is required", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(ModelHarness.ApiKey, run.Out + run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    private static string After(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no {marker} in:\n{text}");
        return text[at..];
    }
}
