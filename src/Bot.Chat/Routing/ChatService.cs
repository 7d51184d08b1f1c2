using System.Threading.Channels;
using Bot.Chat.Delivery;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Chat.Routing;

/// <summary>
/// Reads every registered <see cref="IChatPlatform"/> into one bounded channel and handles the events with at most
/// <see cref="ChatOptions.MaxConcurrency"/> workers through the <see cref="CommandRouter"/>. A platform whose read loop
/// fails is logged and dropped; the others go on. Before reading, deliveries a previous run left pending are finished
/// (<see cref="DeliveryService.ReconcileAsync"/>). When every platform has ended, the queue drains and the service ends.
/// </summary>
public sealed class ChatService(
    IEnumerable<IChatPlatform> platforms,
    CommandRouter router,
    DeliveryService deliveries,
    IOptions<ChatOptions> options,
    ILogger<ChatService> logger) : BackgroundService
{
    private readonly List<IChatPlatform> platforms = platforms.ToList();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (platforms.Count == 0)
        {
            ChatLog.NoPlatforms(logger);
            return;
        }

        ChatLog.ChatStarted(logger, platforms.Count, string.Join(", ", platforms.Select(p => p.Name)));
        try
        {
            await deliveries.ReconcileAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ChatLog.ReconcileFailed(logger, ex);
        }

        var queue = Channel.CreateBounded<ChatEvent>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
        });
        var workers = Enumerable.Range(0, options.Value.MaxConcurrency).Select(_ => WorkAsync(queue.Reader, stoppingToken)).ToList();
        await Task.WhenAll(platforms.Select(p => PumpAsync(p, queue.Writer, stoppingToken)));
        queue.Writer.TryComplete();
        await Task.WhenAll(workers);
    }

    private async Task PumpAsync(IChatPlatform platform, ChannelWriter<ChatEvent> writer, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await foreach (var chatEvent in platform.ReadAsync(stoppingToken).WithCancellation(stoppingToken))
            {
                await writer.WriteAsync(chatEvent, stoppingToken);
            }

            ChatLog.PlatformEnded(logger, platform.Name);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            ChatLog.PlatformEnded(logger, platform.Name);
        }
        catch (Exception ex)
        {
            ChatLog.PlatformFailed(logger, ex, platform.Name);
        }
    }

    private async Task WorkAsync(ChannelReader<ChatEvent> reader, CancellationToken stoppingToken)
    {
        await Task.Yield();
        await foreach (var chatEvent in reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await router.HandleAsync(chatEvent, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Shutting down: the remaining events are drained without answers.
            }
        }
    }
}
