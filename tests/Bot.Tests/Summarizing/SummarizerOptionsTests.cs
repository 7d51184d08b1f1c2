using Bot.Chat;
using Bot.Summarizing;
using Bot.Tests.Summarizing.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Summarizing;

public sealed class SummarizerOptionsTests
{
    [Fact]
    public async Task Start_OpenAiWithoutEndpointAndModel_StopsTheHostNamingBothKeysButNotTheApiKey()
    {
        await using var harness = await ModelHarness.StartAsync(s => (s["Summarizer:Endpoint"], s["Summarizer:Model"]) = (null, " "));
        using var host = harness.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.StartsWith("Summarizer:Endpoint is required", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Summarizer:Model is required", StringComparison.Ordinal));
        Assert.DoesNotContain(ModelHarness.ApiKey, string.Join(" ", error.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Summarizer:Provider", "gpt", "Summarizer:Provider \"gpt\" is unknown")]
    [InlineData("Summarizer:Endpoint", "ftp://example.com/v1", "Summarizer:Endpoint must be an absolute http or https URL")]
    [InlineData("Summarizer:Endpoint", "localhost:11434", "Summarizer:Endpoint must be an absolute http or https URL")]
    [InlineData("Summarizer:Timeout", "00:00:00", "Summarizer:Timeout is 00:00:00")]
    [InlineData("Summarizer:DailyTokenBudget", "0", "Summarizer:DailyTokenBudget is 0")]
    [InlineData("Summarizer:MaxInputTokens", "10", "Summarizer:MaxInputTokens is 10")]
    [InlineData("Summarizer:ResponseFormat", "xml", "Summarizer:ResponseFormat \"xml\" is unknown")]
    public void Validate_BadValue_NamesTheKey(string key, string value, string expected)
    {
        var options = new SummarizerOptions { Provider = "openai", Endpoint = "https://api.openai.com/v1/", Model = "gpt-4o-mini", ApiKey = "sk-secret-value" };
        var property = typeof(SummarizerOptions).GetProperty(key["Summarizer:".Length..])!;
        property.SetValue(options, property.PropertyType == typeof(string) ? value
            : property.PropertyType == typeof(TimeSpan) ? TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture)
            : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        var result = new SummarizerOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain("sk-secret-value", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openai", "http://localhost:11434/v1/", null)] // Ollama needs no key
    [InlineData("OpenAI", "https://my-resource.openai.azure.com/openai/v1/", "key")]
    [InlineData("extractive", null, null)]
    public void Validate_GoodSettings_Succeed(string provider, string? endpoint, string? key)
    {
        var options = new SummarizerOptions { Provider = provider, Endpoint = endpoint, Model = endpoint is null ? null : "m", ApiKey = key };

        Assert.True(new SummarizerOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public async Task AddDigest_WithoutProvider_LeavesTheExtractiveSummarizer()
    {
        await using var harness = await ModelHarness.StartAsync(s => s.Remove("Summarizer:Provider"));

        Assert.IsType<ExtractiveSummarizer>(harness.Summarizer());
    }

    [Fact]
    public async Task AddDigest_OpenAi_RegistersTheGuardedModelSummarizerAndSaysSoAtStart()
    {
        await using var harness = await ModelHarness.StartAsync();
        using var host = harness.Build();

        await host.StartAsync();
        await host.StopAsync();

        Assert.IsType<ModelSummarizer>(host.Services.GetRequiredService<ISummarizer>());
        var started = Assert.Single(harness.Logs.Collector.GetSnapshot(), r => r.Id.Id == 8001);
        Assert.Equal($"Digests are written by the model test-model at {harness.Server.Endpoint.Authority}, every figure checked against the article", started.Message);
    }
}
