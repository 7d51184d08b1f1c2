using Bot.Digest;
using Microsoft.Extensions.Hosting;

namespace Bot.Cli;

/// <summary>Runs the command line once the host has started, sets the exit code and stops the host.</summary>
internal sealed class CliRunner(CliInvocation invocation, CliApp app, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            Environment.ExitCode = await app.RunAsync(invocation.Parsed, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Environment.ExitCode = CliExitCode.Interrupted;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}

/// <summary>The command line as AddCli parsed it (a usage error is reported when the host runs, not thrown).</summary>
internal sealed record CliInvocation(Outcome<CliRequest> Parsed);
