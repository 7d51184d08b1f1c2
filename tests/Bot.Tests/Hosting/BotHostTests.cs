using Bot.Hosting;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;

namespace Bot.Tests.Hosting;

public sealed class BotHostTests
{
    [Fact]
    public void CreateBuilder_InProduction_ReadsUserSecretsBeforeEnvironmentVariables()
    {
        var builder = BotHost.CreateBuilder([]);
        var sources = builder.Configuration.Sources.ToList();

        var secrets = sources.FindIndex(s => s is JsonConfigurationSource { Path: "secrets.json" });
        var environment = sources.FindIndex(s => s is EnvironmentVariablesConfigurationSource);

        Assert.Equal("Production", builder.Environment.EnvironmentName);
        Assert.True(secrets >= 0, "user-secrets are not a configuration source");
        Assert.True(secrets < environment, "environment variables must override user-secrets");
    }
}
