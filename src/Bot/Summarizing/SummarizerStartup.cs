using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Summarizing;

/// <summary>Says once, at start, which model writes digests and where (the host only: never the key or the path).</summary>
internal sealed class SummarizerStartup(IOptions<SummarizerOptions> options, ILogger<SummarizerStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        SummarizerLog.Using(logger, o.Model!, new Uri(o.Endpoint!).Authority);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
