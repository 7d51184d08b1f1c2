using Bot.Discord.Interactions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// Runs the gateway client and the interaction worker side by side. When the client stops for good (a fatal
/// close code, a refused token), the chat event queue completes and the router's <c>ReadAsync</c> ends;
/// the rest of the host keeps running.
/// </summary>
public sealed class DiscordGatewayService(
    DiscordSocketClient client,
    InteractionDispatcher dispatcher,
    DiscordEventQueue events,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var worker = dispatcher.RunAsync(client.Dispatches, stoppingToken);
        try
        {
            await client.RunAsync(stoppingToken).ConfigureAwait(false);
            await worker.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug, not a Discord condition: say so once instead of taking the host down with it.
            DiscordLog.GatewayCrashed(logger, exception);
        }
        finally
        {
            events.Complete();
        }
    }
}
