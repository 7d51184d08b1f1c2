using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Slack;

public sealed class SlackServiceCollectionExtensionsTests
{
    private const string BotToken = "xoxb-123-456-SecretBotTokenValue";

    private static IHost Build(Dictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        before?.Invoke(builder.Services);
        builder.Services.AddSlack(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public void AddSlack_NoBotToken_RegistersNothing()
    {
        using var host = Build(new() { ["Slack:AppToken"] = "xapp-1-x" });

        Assert.Empty(host.Services.GetServices<IChatPlatform>());
    }

    [Fact]
    public async Task AddSlack_BotTokenWithoutAppToken_HostStopsNamingTheKeyNotTheToken()
    {
        using var host = Build(new() { ["Slack:BotToken"] = BotToken });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Slack:AppToken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(BotToken, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Slack:BotToken", "xoxp-user-token", "Slack:BotToken")]
    [InlineData("Slack:AppToken", "xoxb-not-an-app-token", "Slack:AppToken")]
    [InlineData("Slack:SigningSecret", "abc", "Slack:EventsUrl")]
    [InlineData("Slack:ApiBaseUrl", "not a url", "Slack:ApiBaseUrl")]
    public void Validator_BadValue_FailureNamesTheKey(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?> { ["Slack:BotToken"] = BotToken, ["Slack:AppToken"] = "xapp-1-ok", [key] = value };
        using var host = Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<SlackOptions>>().Value);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSlack_HttpModeOnly_IsValidWithoutAppToken()
    {
        using var host = Build(new()
        {
            ["Slack:BotToken"] = BotToken,
            ["Slack:SigningSecret"] = "8f742231b10e8888abcd99yyyzzz85a5",
            ["Slack:EventsUrl"] = "http://127.0.0.1:0/slack/events",
        });

        Assert.True(host.Services.GetRequiredService<IOptions<SlackOptions>>().Value.HttpModeEnabled);
    }

    [Fact]
    public void AddSlack_BesideAnotherPlatform_BothAreRegistered()
    {
        using var host = Build(
            new() { ["Slack:BotToken"] = BotToken, ["Slack:AppToken"] = "xapp-1-ok" },
            services => services.AddSingleton<IChatPlatform, OtherPlatform>());

        Assert.Equal(["other", "slack"], host.Services.GetServices<IChatPlatform>().Select(p => p.Name).Order());
    }

    private sealed class OtherPlatform : IChatPlatform
    {
        public string Name => "other";

        public IAsyncEnumerable<ChatEvent> ReadAsync(CancellationToken cancellationToken) => AsyncEnumerable.Empty<ChatEvent>();

        public Task<PostReceipt> PostAsync(Conversation conversation, ChatMessage message, string deliveryKey, CancellationToken cancellationToken) =>
            Task.FromResult(new PostReceipt([]));
    }
}
