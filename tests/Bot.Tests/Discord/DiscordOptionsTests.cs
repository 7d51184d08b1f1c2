using Bot.Chat;
using Bot.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Discord;

public sealed class DiscordOptionsTests
{
    private const string Token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.secret-token-value";
    private readonly DiscordOptionsValidator validator = new();

    [Fact]
    public void Validate_TokenWithoutApplicationId_FailsNamingTheKey()
    {
        var result = validator.Validate(null, new DiscordOptions { Token = Token });

        Assert.True(result.Failed);
        Assert.Contains("Discord:ApplicationId", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoToken_SkipsEverything() =>
        Assert.True(validator.Validate(null, new DiscordOptions { ApiBaseUrl = "not a url" }).Skipped);

    [Fact]
    public void Validate_CompleteSettings_Succeed() =>
        Assert.True(validator.Validate(null, Valid()).Succeeded);

    [Theory]
    [InlineData("ApplicationId", "newsdigest", "Discord:ApplicationId")]
    [InlineData("ApiBaseUrl", "discord.com/api/v10", "Discord:ApiBaseUrl")]
    [InlineData("ApiBaseUrl", "ftp://discord.com/api/v10", "Discord:ApiBaseUrl")]
    [InlineData("GuildId", "my-guild", "Discord:GuildId")]
    [InlineData("PublicKey", "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "Discord:InteractionsUrl")]
    [InlineData("InteractionsUrl", "http://0.0.0.0:8080/interactions", "Discord:PublicKey")]
    [InlineData("Token", "Bot abc.def", "Discord:Token")]
    public void Validate_BadSetting_FailsNamingTheKey(string property, string value, string key)
    {
        var options = Valid();
        typeof(DiscordOptions).GetProperty(property)!.SetValue(options, value);

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportedTogether()
    {
        var result = validator.Validate(null, new DiscordOptions { Token = Token, ApiBaseUrl = "nope", GuildId = "x" });

        Assert.Equal(3, result.Failures!.Count());
    }

    [Fact]
    public void ToString_NeverShowsTheToken() =>
        Assert.DoesNotContain(Token, Valid().ToString(), StringComparison.Ordinal);

    [Fact]
    public async Task Host_TokenWithoutApplicationId_StopsAtStartNamingTheKey()
    {
        using var host = Build(new Dictionary<string, string?> { ["Discord:Token"] = Token });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Discord:ApplicationId", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDiscord_NoToken_RegistersNoPlatform()
    {
        using var host = Build(new Dictionary<string, string?> { ["Discord:Token"] = "", ["Discord:ApplicationId"] = "" });

        Assert.Empty(host.Services.GetServices<IChatPlatform>());
        Assert.Empty(host.Services.GetServices<IHostedService>());
    }

    private static DiscordOptions Valid() => new()
    {
        Token = Token,
        ApplicationId = "1200000000000000001",
        GuildId = "1100000000000000001",
    };

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddDiscord(builder.Configuration);
        return builder.Build();
    }
}
