using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Hosting;

/// <summary>Builds the host: configuration (appsettings.json at the repository root, environment variables with
/// <c>__</c>, user-secrets, command line) and logging to standard error, so standard output carries only replies.</summary>
public static class BotHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = ContentRoot.Find(),
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder;
    }

    /// <summary>Runs until the host stops; the exit code is what the CLI or terminal channel set (0 by default).</summary>
    public static async Task<int> RunBotAsync(this IHost host)
    {
        await host.RunAsync().ConfigureAwait(false);
        return Environment.ExitCode;
    }
}
