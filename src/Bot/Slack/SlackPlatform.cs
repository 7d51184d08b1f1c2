using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Slack.Commands;
using Bot.Slack.Http;
using Bot.Slack.Posting;
using Bot.Slack.SocketMode;
using Bot.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack;

/// <summary>
/// Slack as an <see cref="IChatPlatform"/>. <see cref="ReadAsync"/> drives the receivers (Socket Mode and/or HTTP
/// mode) for as long as it is enumerated and ends when they stop for good (link_disabled, revoked token).
/// Receivers never block on the router: they hand events to a bounded queue and own the 3 s ack themselves.
/// </summary>
internal sealed class SlackPlatform(
    IOptions<SlackOptions> options,
    ISlackApiClient api,
    SlackPoster poster,
    SocketModeConnectionOptions socketOptions,
    TimeProvider time,
    ILoggerFactory loggers) : IChatPlatform
{
    private readonly ILogger logger = loggers.CreateLogger<SlackPlatform>();
    private readonly TaskCompletionSource<Uri> httpStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int reading;

    public string Name => SlashCommandIntake.Platform;

    /// <summary>HTTP mode: completes with the bound events URL once Kestrel listens (tests bind port 0).</summary>
    internal Task<Uri> HttpStarted => httpStarted.Task;

    internal ReconnectPolicy? ReconnectPolicy { get; init; }

    public async IAsyncEnumerable<ChatEvent> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref reading, 1) == 1)
        {
            throw new InvalidOperationException("Slack events are already being read.");
        }

        var inbound = Channel.CreateBounded<ChatEvent>(new BoundedChannelOptions(256) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receivers = RunReceiversAsync(inbound.Writer, stop.Token);
        try
        {
            await foreach (var chatEvent in inbound.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return chatEvent;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await receivers.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            Volatile.Write(ref reading, 0);
        }
    }

    public Task<PostReceipt> PostAsync(Conversation conversation, ChatMessage message, string deliveryKey, CancellationToken cancellationToken) =>
        poster.PostAsync(conversation, message, deliveryKey, cancellationToken);

    private async Task RunReceiversAsync(ChannelWriter<ChatEvent> writer, CancellationToken cancellationToken)
    {
        try
        {
            if (!await CheckIdentityAsync(cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            var settings = options.Value;
            var deduplicator = new EnvelopeDeduplicator(time);
            var intake = new SlashCommandIntake(writer, api, time, logger);
            var receivers = new List<Task>();
            if (settings.SocketModeEnabled)
            {
                var client = new SlackSocketModeClient(api.WithAccessToken(settings.AppToken), socketOptions, time, loggers.CreateLogger<SlackSocketModeClient>())
                {
                    Policy = ReconnectPolicy ?? new ReconnectPolicy(),
                };
                var dispatcher = new SocketEnvelopeDispatcher(client, intake, deduplicator, logger);
                receivers.Add(client.RunAsync(dispatcher.OnEnvelope, cancellationToken));
            }

            if (settings.HttpModeEnabled)
            {
                var verifier = new SlackSignatureVerifier(settings.SigningSecret, time);
                var http = new SlackHttpReceiver(new Uri(settings.EventsUrl), verifier, intake, deduplicator, logger);
                receivers.Add(http.RunAsync(httpStarted, cancellationToken));
            }

            await Task.WhenAll(receivers).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            SlackLog.ReceiverFailed(logger, e.GetType().Name);
        }
        finally
        {
            writer.TryComplete();
            httpStarted.TrySetCanceled(CancellationToken.None);
        }
    }

    /// <summary>auth.test once at start: a revoked or wrong bot token stops Slack with one clear line.</summary>
    private async Task<bool> CheckIdentityAsync(CancellationToken cancellationToken)
    {
        try
        {
            var me = await api.Auth.Test(cancellationToken).ConfigureAwait(false);
            SlackLog.Identity(logger, me.UserId ?? "?", me.TeamId ?? "?");
            return true;
        }
        catch (SlackException e) when (e.ErrorCode is "not_authed" or "invalid_auth" or "token_revoked" or "account_inactive")
        {
            SlackLog.BotTokenRejected(logger, e.ErrorCode);
            return false;
        }
        catch (Exception e) when (e is SlackException or HttpRequestException)
        {
            SlackLog.IdentityUnavailable(logger, e.GetType().Name);
            return true;
        }
    }
}
