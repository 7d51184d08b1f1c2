using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;

namespace Bot.Emulators.Discord;

/// <summary>
/// An in-process Discord on 127.0.0.1: REST under <see cref="ApiBaseUrl"/>, the gateway at <see cref="GatewayUrl"/>
/// (resume URL on "/resume"), and an HTTP-interaction sender. Records every frame (<see cref="Frames"/>) and request
/// (<see cref="Requests"/>) so tests assert on what went over the wire.
/// <code>await using var discord = await DiscordEmulator.StartAsync();
/// // Discord:ApiBaseUrl = discord.ApiBaseUrl, Discord:Token = discord.Options.Token
/// var interaction = await discord.SendCommandAsync("figures");</code>
/// </summary>
public sealed class DiscordEmulator : IAsyncDisposable
{
    private readonly long started;
    private long nextId = 1_300_000_000_000_000_000;
    private LoopbackServer? server;

    private DiscordEmulator(DiscordEmulatorOptions options)
    {
        Options = options;
        started = options.Time.GetTimestamp();
        Gateway = new EmulatedGateway(this);
        Rest = new EmulatedRest(this);
        Http = new DiscordInteractionSender(this);
    }

    public DiscordEmulatorOptions Options { get; }

    public EmulatedGateway Gateway { get; }

    public EmulatedRest Rest { get; }

    public DiscordInteractionSender Http { get; }

    public Recording<RecordedFrame> Frames { get; } = new();

    public Recording<RecordedRequest> Requests { get; } = new();

    public Uri BaseUri => server?.BaseUri ?? throw new InvalidOperationException("Not started.");

    /// <summary>"http://127.0.0.1:PORT/api/v10": the value for Discord:ApiBaseUrl.</summary>
    public string ApiBaseUrl => BaseUri + "api/v10";

    /// <summary>What GET /gateway/bot answers: no path, like Discord's URL, so the client must add "/".</summary>
    public string GatewayUrl => "ws://" + BaseUri.Authority;

    public string ResumeGatewayUrl => "ws://" + BaseUri.Authority + "/resume";

    internal TimeSpan Elapsed => Options.Time.GetElapsedTime(started);

    public static async Task<DiscordEmulator> StartAsync(DiscordEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var emulator = new DiscordEmulator(options ?? new DiscordEmulatorOptions());
        emulator.server = await LoopbackServer.StartAsync(
            app =>
            {
                app.Map("/", emulator.Gateway.AcceptAsync);
                app.Map("/resume", emulator.Gateway.AcceptAsync);
                app.Map("/api/v10/{**route}", emulator.Rest.HandleAsync);
            },
            cancellationToken).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>Dispatches a slash command over the gateway (INTERACTION_CREATE, type 2).</summary>
    public Task<EmulatedInteraction> SendCommandAsync(string name, IReadOnlyDictionary<string, string>? options = null, string? channelId = null) =>
        SendInteractionAsync(2, name, options ?? new Dictionary<string, string>(), focused: null, channelId);

    /// <summary>Dispatches an autocomplete request (type 4) with <paramref name="option"/> focused.</summary>
    public Task<EmulatedInteraction> SendAutocompleteAsync(string command, string option, string typed, IReadOnlyDictionary<string, string>? others = null)
    {
        var values = new Dictionary<string, string>(others ?? new Dictionary<string, string>()) { [option] = typed };
        return SendInteractionAsync(4, command, values, option, null);
    }

    /// <summary>Sends the same interaction payload again (a duplicate delivery the client must ignore).</summary>
    public Task<long> RedeliverAsync(EmulatedInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return Gateway.DispatchAsync("INTERACTION_CREATE", interaction.Payload.DeepClone());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }

    internal string NextId() => Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture);

    private async Task<EmulatedInteraction> SendInteractionAsync(int type, string name, IReadOnlyDictionary<string, string> options, string? focused, string? channelId)
    {
        var channel = channelId ?? Options.ChannelId;
        var interaction = new EmulatedInteraction(NextId(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).TrimEnd('=').Replace('+', '-').Replace('/', '_'), Options.ApplicationId, type, channel, Options.Time.GetUtcNow());
        interaction.Payload = InteractionPayload(interaction, name, options, focused);
        Rest.Register(interaction);
        await Gateway.DispatchAsync("INTERACTION_CREATE", interaction.Payload.DeepClone()).ConfigureAwait(false);
        return interaction;
    }

    private JsonObject InteractionPayload(EmulatedInteraction interaction, string name, IReadOnlyDictionary<string, string> options, string? focused)
    {
        var list = new JsonArray();
        foreach (var (key, value) in options)
        {
            var option = new JsonObject { ["name"] = key, ["type"] = 3, ["value"] = value };
            if (key == focused)
            {
                option["focused"] = true;
            }

            list.Add(option);
        }

        var data = new JsonObject { ["id"] = "1250000000000000001", ["name"] = name, ["type"] = 1, ["guild_id"] = Options.GuildId };
        if (list.Count > 0)
        {
            data["options"] = list;
        }

        return new JsonObject
        {
            ["id"] = interaction.Id,
            ["application_id"] = Options.ApplicationId,
            ["type"] = interaction.Type,
            ["version"] = 1,
            ["token"] = interaction.Token,
            ["guild_id"] = Options.GuildId,
            ["channel_id"] = interaction.ChannelId,
            ["channel"] = new JsonObject { ["id"] = interaction.ChannelId, ["type"] = 0, ["name"] = "news", ["guild_id"] = Options.GuildId },
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = Options.UserId, ["username"] = "alice", ["global_name"] = "Alice", ["discriminator"] = "0", ["avatar"] = null },
                ["roles"] = new JsonArray(),
                ["permissions"] = "2248473465835073",
            },
            ["app_permissions"] = "2248473465835073",
            ["locale"] = "en-US",
            ["guild_locale"] = "en-US",
            ["entitlements"] = new JsonArray(),
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = Options.GuildId },
            ["context"] = 0,
            ["attachment_size_limit"] = 10485760,
            ["data"] = data,
        };
    }
}
