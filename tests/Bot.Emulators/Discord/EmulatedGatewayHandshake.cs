using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Emulators.Discord;

/// <summary>
/// The emulated gateway's sessions: IDENTIFY (token 4004, decode 4002, intents 4013/4014, shard 4010, duplicate
/// 4005, max_concurrency per 5 s and the daily budget → op 9) answered with READY and GUILD_CREATE, and RESUME
/// (unknown or ended session → op 9 false, seq ahead → 4007) answered with the missed dispatches and RESUMED.
/// </summary>
internal sealed class EmulatedGatewayHandshake(DiscordEmulator emulator)
{
    private const int PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);
    private readonly Dictionary<string, EmulatedSession> sessions = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> identifies = new();
    private readonly object gate = new();
    private int dropResumes;
    private int identifyRemaining = emulator.Options.SessionStartRemaining;
    private EmulatedSession? currentSession;

    public int DropResumes
    {
        get => Volatile.Read(ref dropResumes);
        set => Volatile.Write(ref dropResumes, value);
    }

    public int IdentifyRemaining
    {
        get
        {
            lock (gate)
            {
                return identifyRemaining;
            }
        }
    }

    public EmulatedSession? CurrentSession
    {
        get
        {
            lock (gate)
            {
                return currentSession;
            }
        }
    }

    public async Task IdentifyAsync(EmulatedGatewayConnection connection, JsonElement d)
    {
        if (connection.Session is not null)
        {
            await connection.CloseAsync(4005, "Already authenticated").ConfigureAwait(false);
            return;
        }

        if (IdentifyProblem(d) is { } problem)
        {
            await connection.CloseAsync(problem.Code, problem.Reason).ConfigureAwait(false);
            return;
        }

        if (!TakeIdentifySlot())
        {
            await connection.SendAsync(EmulatedGatewayConnection.Frame(9, false)).ConfigureAwait(false);
            return;
        }

        var session = new EmulatedSession(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        lock (gate)
        {
            sessions[session.Id] = session;
            currentSession = session;
        }

        session.Connection = connection;
        connection.Session = session;
        var options = emulator.Options;
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = options.BotUserId, ["username"] = "newsdigest", ["discriminator"] = "0", ["global_name"] = null, ["avatar"] = null, ["bot"] = true },
            ["guilds"] = new JsonArray(new JsonObject { ["id"] = options.GuildId, ["unavailable"] = true }),
            ["session_id"] = session.Id,
            ["resume_gateway_url"] = emulator.ResumeGatewayUrl,
            ["shard"] = new JsonArray(0, 1),
            ["application"] = new JsonObject { ["id"] = options.ApplicationId, ["flags"] = 0 },
        };
        await connection.SendAsync(session.Next(s => EmulatedGatewayConnection.Frame(0, ready, s, "READY")).Json).ConfigureAwait(false);
        if ((d.GetProperty("intents").GetInt32() & 1) != 0)
        {
            var guild = new JsonObject
            {
                ["id"] = options.GuildId,
                ["name"] = "Newsroom",
                ["unavailable"] = false,
                ["channels"] = new JsonArray(new JsonObject { ["id"] = options.ChannelId, ["type"] = 0, ["name"] = "news" }),
            };
            await connection.SendAsync(session.Next(s => EmulatedGatewayConnection.Frame(0, guild, s, "GUILD_CREATE")).Json).ConfigureAwait(false);
        }
    }

    private (int Code, string Reason)? IdentifyProblem(JsonElement d)
    {
        if (d.ValueKind != JsonValueKind.Object || !d.TryGetProperty("token", out var token) || !d.TryGetProperty("intents", out var intents) || !intents.TryGetInt32(out var bits))
        {
            return (4002, "Decode error");
        }

        if (token.GetString() != emulator.Options.Token)
        {
            return (4004, "Authentication failed");
        }

        if (!d.TryGetProperty("properties", out var properties) || !HasProperty(properties, "os") || !HasProperty(properties, "browser") || !HasProperty(properties, "device"))
        {
            return (4002, "Decode error");
        }

        if (bits < 0 || bits >= 1 << 26)
        {
            return (4013, "Invalid intent(s)");
        }

        if ((bits & PrivilegedIntents & ~emulator.Options.EnabledPrivilegedIntents) != 0)
        {
            return (4014, "Disallowed intent(s)");
        }

        if (d.TryGetProperty("shard", out var shard)
            && (shard.ValueKind != JsonValueKind.Array || shard.GetArrayLength() != 2 || shard[1].GetInt32() < 1 || shard[0].GetInt32() < 0 || shard[0].GetInt32() >= shard[1].GetInt32()))
        {
            return (4010, "Invalid shard");
        }

        return null;

        static bool HasProperty(JsonElement properties, string name) =>
            properties.ValueKind == JsonValueKind.Object && (properties.TryGetProperty(name, out _) || properties.TryGetProperty("$" + name, out _));
    }

    private bool TakeIdentifySlot()
    {
        lock (gate)
        {
            var now = emulator.Options.Time.GetUtcNow();
            while (identifies.Count > 0 && now - identifies.Peek() >= TimeSpan.FromSeconds(5))
            {
                identifies.Dequeue();
            }

            if (identifies.Count >= emulator.Options.MaxConcurrency || identifyRemaining <= 0)
            {
                return false;
            }

            identifies.Enqueue(now);
            identifyRemaining--;
            return true;
        }
    }

    public async Task ResumeAsync(EmulatedGatewayConnection connection, JsonElement d)
    {
        if (Interlocked.Decrement(ref dropResumes) >= 0)
        {
            connection.Drop();
            return;
        }

        Interlocked.Exchange(ref dropResumes, 0);
        if (connection.Session is not null)
        {
            await connection.CloseAsync(4005, "Already authenticated").ConfigureAwait(false);
            return;
        }

        if (d.ValueKind != JsonValueKind.Object || !d.TryGetProperty("token", out var token) || token.GetString() != emulator.Options.Token)
        {
            await connection.CloseAsync(4004, "Authentication failed").ConfigureAwait(false);
            return;
        }

        EmulatedSession? session;
        lock (gate)
        {
            sessions.TryGetValue(d.TryGetProperty("session_id", out var id) ? id.GetString() ?? "" : "", out session);
        }

        if (session is null || session.Invalidated)
        {
            await connection.SendAsync(EmulatedGatewayConnection.Frame(9, false)).ConfigureAwait(false);
            return;
        }

        var sequence = d.TryGetProperty("seq", out var seq) && seq.ValueKind == JsonValueKind.Number ? seq.GetInt64() : 0;
        if (sequence > session.Sequence)
        {
            await connection.CloseAsync(4007, "Invalid seq").ConfigureAwait(false);
            return;
        }

        session.Connection = connection;
        connection.Session = session;
        lock (gate)
        {
            currentSession = session;
        }

        foreach (var (_, json) in session.After(sequence))
        {
            await connection.SendAsync(json).ConfigureAwait(false);
        }

        await connection.SendAsync(session.Next(s => EmulatedGatewayConnection.Frame(0, new JsonObject(), s, "RESUMED")).Json).ConfigureAwait(false);
    }
}
