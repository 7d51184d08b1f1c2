using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Emulators.Slack;

/// <summary>
/// An in-process Slack on 127.0.0.1 speaking the real protocols: the Web API (<c>/api/{method}</c>), Socket Mode
/// (<c>apps.connections.open</c> → <c>/link/?ticket=…</c> WebSocket), slash commands' response_url, and HTTP-mode
/// signed requests. Everything it sees goes to <see cref="Recorder"/>; time-based rules use the given
/// <see cref="TimeProvider"/> (share a FakeTimeProvider with the bot to keep both clocks in step).
/// </summary>
public sealed class SlackEmulator : IAsyncDisposable
{
    public const string BotToken = "xoxb-1111-2222-EmulatorBotTokenSecret";
    public const string AppToken = "xapp-1-A0EMULATOR-3333-EmulatorAppTokenSecret";
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string AppId = "A0EMULATOR";
    public const string TeamId = "T0EMULATOR";
    public const string BotUserId = "U0BOT";
    public const string General = "C0GENERAL";
    public const string User = "U0ALICE";

    private readonly TimeProvider time;
    private readonly WebApiEndpoints api;
    private LoopbackServer? server;

    private SlackEmulator(SlackEmulatorOptions options, TimeProvider time)
    {
        this.time = time;
        Recorder = new SlackRecorder();
        Sockets = new SocketModeHub(options, Recorder, time);
        api = new WebApiEndpoints(this, options, time);
        Channels.AddPublic(General);
    }

    public SlackRecorder Recorder { get; }

    public SocketModeHub Sockets { get; }

    public EmulatedChannels Channels { get; } = new();

    public Uri BaseUri => server?.BaseUri ?? throw new InvalidOperationException("not started");

    /// <summary>What the bot's <c>Slack:ApiBaseUrl</c> should be.</summary>
    public string ApiBaseUrl => new Uri(BaseUri, "api").ToString();

    public static async Task<SlackEmulator> StartAsync(SlackEmulatorOptions? options = null, TimeProvider? time = null)
    {
        var emulator = new SlackEmulator(options ?? new SlackEmulatorOptions(), time ?? TimeProvider.System);
        emulator.server = await LoopbackServer.StartAsync(emulator.Map).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> get HTTP 429 with Retry-After.</summary>
    public void RateLimitNext(string method, int count = 1, int retryAfterSeconds = 1) => api.RateLimitNext(method, count, retryAfterSeconds);

    /// <summary>A slash_commands envelope as Slack sends it (form fields as JSON keys), with a live response_url.</summary>
    public JsonObject SlashCommandEnvelope(string command, string text, string channel = General, string user = User)
    {
        var envelopeId = Guid.NewGuid().ToString();
        api.RegisterResponseUrl(envelopeId);
        return new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["type"] = "slash_commands",
            ["accepts_response_payload"] = true,
            ["payload"] = new JsonObject
            {
                ["token"] = "legacyVerificationToken",
                ["team_id"] = TeamId,
                ["team_domain"] = "emulator",
                ["channel_id"] = channel,
                ["channel_name"] = "general",
                ["user_id"] = user,
                ["user_name"] = "alice",
                ["command"] = command,
                ["text"] = text,
                ["api_app_id"] = AppId,
                ["is_enterprise_install"] = "false",
                ["response_url"] = ResponseUrl(envelopeId),
                ["trigger_id"] = "13345224609.738474920.8088930838d88f008e0",
            },
        };
    }

    /// <summary>Sends a slash command over Socket Mode; returns its envelope id.</summary>
    public async Task<string> SendSlashCommandAsync(string command, string text, string channel = General, EmulatedSocket? to = null)
    {
        var envelope = SlashCommandEnvelope(command, text, channel);
        await Sockets.DeliverAsync(envelope, to).ConfigureAwait(false);
        return envelope["envelope_id"]!.GetValue<string>();
    }

    /// <summary>An events_api envelope wrapping <paramref name="event"/> with <paramref name="eventId"/>.</summary>
    public static JsonObject EventEnvelope(string eventId, JsonObject @event, int retryAttempt = 0) => new()
    {
        ["envelope_id"] = Guid.NewGuid().ToString(),
        ["type"] = "events_api",
        ["accepts_response_payload"] = false,
        ["retry_attempt"] = retryAttempt,
        ["retry_reason"] = retryAttempt == 0 ? "" : "timeout",
        ["payload"] = new JsonObject
        {
            ["token"] = "legacyVerificationToken",
            ["team_id"] = TeamId,
            ["api_app_id"] = AppId,
            ["type"] = "event_callback",
            ["event_id"] = eventId,
            ["event_time"] = 1_700_000_000,
            ["event"] = @event,
        },
    };

    /// <summary>HTTP mode: POSTs a slash command to the bot's events URL, signed like Slack (tamper to test rejection).</summary>
    public async Task<HttpResponseMessage> PostSignedSlashCommandAsync(
        HttpClient http, Uri eventsUrl, string command, string text, DateTimeOffset? signedAt = null, Func<string, string>? tamperBody = null)
    {
        var envelopeId = Guid.NewGuid().ToString();
        api.RegisterResponseUrl(envelopeId);
        var body = string.Join('&', new Dictionary<string, string>
        {
            ["token"] = "legacyVerificationToken", ["team_id"] = TeamId, ["team_domain"] = "emulator", ["channel_id"] = General,
            ["channel_name"] = "general", ["user_id"] = User, ["user_name"] = "alice", ["command"] = command, ["text"] = text,
            ["api_app_id"] = AppId, ["response_url"] = ResponseUrl(envelopeId), ["trigger_id"] = "1.2.3",
        }.Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value)}"));
        var timestamp = (signedAt ?? time.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SlackRequestSigner.Sign(SigningSecret, timestamp, body);
        using var request = new HttpRequestMessage(HttpMethod.Post, eventsUrl);
        request.Content = new StringContent(tamperBody?.Invoke(body) ?? body, Encoding.UTF8, "application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return await http.SendAsync(request).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var socket in Sockets.OpenSockets)
        {
            socket.Abort();
        }

        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private string ResponseUrl(string envelopeId) => new Uri(BaseUri, $"response/{envelopeId}").ToString();

    private void Map(WebApplication app)
    {
        app.MapPost("/api/{method}", (HttpContext context, string method) => api.HandleApiAsync(context, method));
        app.MapPost("/response/{id}", (HttpContext context, string id) => api.HandleResponseUrlAsync(context, id));
        app.Map("/link", Sockets.AcceptAsync);
    }
}
