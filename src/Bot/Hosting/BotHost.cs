using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>Builds the host: configuration (appsettings.json at the repository root, user-secrets, environment
/// variables with <c>__</c>, command line, later ones winning) and logging to standard error, so standard output
/// carries only replies.</summary>
public static class BotHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = ContentRoot.Find(),
        });
        AddUserSecretsInEveryEnvironment(builder.Configuration);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder;
    }

    /// <summary>Runs until the host stops; the exit code is what the CLI or terminal channel set (0 by default).
    /// A configuration that fails validation stops the host with the failing keys on one line and exit code 2.</summary>
    public static async Task<int> RunBotAsync(this IHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        try
        {
            // The host would validate these too, but only after logging the exception with its stack trace; an operator
            // with a typo in a setting should read one line naming the key.
            host.Services.GetService<IStartupValidator>()?.Validate();
            await host.RunAsync().ConfigureAwait(false);
            return Environment.ExitCode;
        }
        catch (Exception e) when (ValidationFailures(e) is { Count: > 0 } failures)
        {
            await Console.Error.WriteLineAsync($"configuration error: {string.Join(" ", failures.Select(f => f.EndsWith('.') ? f : f + "."))}").ConfigureAwait(false);
            return 2;
        }
    }

    /// <summary>Every failure message of an <see cref="OptionsValidationException"/>, or of all of them when startup
    /// validation found several sections wrong (an AggregateException); empty for any other exception.</summary>
    private static List<string> ValidationFailures(Exception e) => e switch
    {
        OptionsValidationException options => [.. options.Failures],
        AggregateException { InnerExceptions: var inner } when inner.All(i => i is OptionsValidationException) =>
            [.. inner.Cast<OptionsValidationException>().SelectMany(i => i.Failures)],
        _ => [],
    };

    /// <summary>The default builder reads user-secrets only in Development, but <c>dotnet run</c> runs as Production and
    /// operators keep tokens there; insert them before the environment variables so those still win.</summary>
    private static void AddUserSecretsInEveryEnvironment(ConfigurationManager configuration)
    {
        var sources = configuration.Sources;
        if (sources.OfType<Microsoft.Extensions.Configuration.Json.JsonConfigurationSource>().Any(s => s.Path == "secrets.json"))
        {
            return;
        }

        var secrets = new ConfigurationBuilder().AddUserSecrets(Assembly.GetExecutingAssembly(), optional: true).Sources.FirstOrDefault();
        if (secrets is null)
        {
            return;
        }

        // ConfigurationManager rebuilds its providers when its source list changes.
        var firstEnvironment = sources.ToList().FindIndex(s => s is EnvironmentVariablesConfigurationSource);
        sources.Insert(firstEnvironment < 0 ? sources.Count : firstEnvironment, secrets);
    }
}
