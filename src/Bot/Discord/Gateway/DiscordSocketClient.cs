using System.Threading.Channels;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Gateway;

/// <summary>
/// The gateway lifecycle (after Discord.Net's <c>DiscordSocketClient</c>): fetch and cache the URL from
/// <c>GET /gateway/bot</c>, connect, IDENTIFY or RESUME, and after each connection apply the §1.9 table:
/// resume on resume_gateway_url, re-identify on the cached URL, or stop with one log line on a fatal code.
/// Reconnects wait on <see cref="ReconnectPolicy"/>; the attempt counter resets only after READY/RESUMED;
/// three resumes in a row that fail drop the session. Dispatches come out of <see cref="Dispatches"/>.
/// </summary>
public sealed class DiscordSocketClient
{
    private readonly DiscordRestClient rest;
    private readonly IOptions<DiscordOptions> options;
    private readonly DiscordTuning tuning;
    private readonly TimeProvider time;
    private readonly ILogger<DiscordSocketClient> logger;
    private readonly Channel<GatewayDispatch> dispatches;
    private readonly IdentifyLimiter identifyLimiter;
    private volatile GatewayConnection? current;
    private volatile bool stopped;

    public DiscordSocketClient(DiscordRestClient rest, IOptions<DiscordOptions> options, DiscordTuning tuning, TimeProvider time, ILogger<DiscordSocketClient> logger)
    {
        this.rest = rest;
        this.options = options;
        this.tuning = tuning;
        this.time = time;
        this.logger = logger;
        identifyLimiter = new IdentifyLimiter(time);
        dispatches = Channel.CreateBounded<GatewayDispatch>(new BoundedChannelOptions(tuning.DispatchQueueCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait, // TryWrite fails when full: the receive loop never waits
        });
    }

    public GatewaySession Session { get; } = new();

    public ConnectionState ConnectionState => stopped ? ConnectionState.Disconnected : current switch
    {
        null => ConnectionState.Disconnected,
        { IsReady: true } => ConnectionState.Connected,
        _ => ConnectionState.Connecting,
    };

    /// <summary>Round trip of the last acknowledged heartbeat.</summary>
    public TimeSpan? Latency => current?.Latency;

    /// <summary>Why the client stopped for good (a fatal close code, a refused token), or null.</summary>
    public string? FatalError { get; private set; }

    internal ChannelReader<GatewayDispatch> Dispatches => dispatches.Reader;

    /// <summary>Runs until <paramref name="cancellationToken"/> fires or a fatal error; then completes
    /// <see cref="Dispatches"/>.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await LoopAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            stopped = true;
            dispatches.Writer.TryComplete();
        }
    }

    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        GatewayBotInfo? gateway = null;
        var attempt = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            gateway ??= await FetchGatewayAsync(attempt, cancellationToken).ConfigureAwait(false);
            if (gateway is null)
            {
                if (FatalError is not null)
                {
                    return;
                }

                await tuning.Reconnect.WaitAsync(attempt++, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var resume = Session.CanResume;
            if (!resume)
            {
                await identifyLimiter.WaitTurnAsync((wait, exhausted) => DiscordLog.IdentifyWait(logger, wait.TotalMilliseconds, exhausted), cancellationToken).ConfigureAwait(false);
            }

            var result = await ConnectOnceAsync(resume ? Session.ResumeGatewayUrl! : gateway.Url, resume, cancellationToken).ConfigureAwait(false);
            DiscordLog.GatewayConnectionEnded(logger, result.Action.ToString(), result.CloseCode ?? 0, result.Reason);
            switch (result.Action)
            {
                case GatewayAction.Stopped:
                    return;
                case GatewayAction.Fatal:
                    FatalError = $"{result.CloseCode}: {result.Reason}";
                    DiscordLog.GatewayFatal(logger, result.CloseCode ?? 0, result.Reason);
                    return;
                case GatewayAction.Reidentify:
                    Session.Clear();
                    break;
                default:
                    if (resume && !result.Ready && Session.ResumeFailed())
                    {
                        DiscordLog.ResumeCircuitBroken(logger, GatewaySession.MaxFailedResumes);
                    }

                    break;
            }

            if (result.ConnectFailed && !resume)
            {
                gateway = null; // the cached URL did not work: ask /gateway/bot again
            }

            attempt = result.Ready ? 0 : attempt + 1;
            await tuning.Reconnect.WaitAsync(attempt, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ConnectionResult> ConnectOnceAsync(string url, bool resume, CancellationToken cancellationToken)
    {
        using var connection = new GatewayConnection(options.Value.Token!, Session, dispatches.Writer, tuning, time, logger);
        current = connection;
        try
        {
            DiscordLog.GatewayConnecting(logger, resume);
            return await connection.RunAsync(GatewayUrl.Build(url), resume, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException)
        {
            Session.Clear();
            return ConnectionResult.Failed("bad gateway URL");
        }
        finally
        {
            current = null;
        }
    }

    private async Task<GatewayBotInfo?> FetchGatewayAsync(int attempt, CancellationToken cancellationToken)
    {
        try
        {
            var info = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
            identifyLimiter.Update(info.SessionStartLimit);
            DiscordLog.GatewayDiscovered(logger, info.Shards, info.SessionStartLimit.Remaining, info.SessionStartLimit.MaxConcurrency);
            return info;
        }
        catch (DiscordHttpException exception) when (rest.IsUnauthorized)
        {
            FatalError = exception.Message;
            DiscordLog.GatewayFatal(logger, 401, "Discord refused the bot token (401); check Discord:Token");
            return null;
        }
        catch (DiscordHttpException exception)
        {
            DiscordLog.GatewayDiscoveryFailed(logger, attempt, exception.Message);
            return null;
        }
    }
}
