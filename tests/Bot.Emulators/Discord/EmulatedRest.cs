using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Bot.Emulators.Discord;

/// <summary>
/// Discord's REST API under <c>/api/v10</c> (brief §10): authentication and User-Agent checks, rate limits with
/// headers and 429s, fault injection, command registration, channel messages (limits, nonce de-duplication,
/// mention resolution) and the interaction endpoints (callback deadline and single acknowledgement, @original,
/// follow-ups). Every request is recorded with the emulator's answer.
/// </summary>
public sealed class EmulatedRest
{
    private readonly DiscordEmulator emulator;
    private readonly EmulatedRateLimits limits;
    private readonly ConcurrentQueue<InjectedFault> faults = new();
    private readonly ConcurrentDictionary<string, EmulatedMessage> nonces = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EmulatedInteraction> interactions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> commands = new(StringComparer.Ordinal);
    private readonly EmulatedInteractionEndpoints endpoints;
    private int invalidRequests;

    internal EmulatedRest(DiscordEmulator emulator)
    {
        this.emulator = emulator;
        limits = new EmulatedRateLimits(emulator.Options);
        endpoints = new EmulatedInteractionEndpoints(emulator, interactions, Messages);
    }

    /// <summary>Every message created, whatever the route.</summary>
    public Recording<EmulatedMessage> Messages { get; } = new();

    /// <summary>401, 403 and 429 answers given so far.</summary>
    public int InvalidRequests => Volatile.Read(ref invalidRequests);

    /// <summary>Answer everything like a Cloudflare ban (HTML 429).</summary>
    public bool BanMode { get; set; }

    /// <summary>The last registered command list per scope ("global" or the guild id), as JSON.</summary>
    public string? RegisteredCommands(string scope = "global") => commands.TryGetValue(scope, out var json) ? json : null;

    public void Inject(InjectedFault fault) => faults.Enqueue(fault);

    public EmulatedInteraction? FindInteraction(string id) => interactions.TryGetValue(id, out var interaction) ? interaction : null;

    /// <summary>Makes an interaction known so its callbacks are accepted (tests that post by hand).</summary>
    public void Register(EmulatedInteraction interaction) => interactions[interaction.Id] = interaction;

    internal async Task HandleAsync(HttpContext context)
    {
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        var request = context.Request;
        var segments = (request.Path.Value ?? "").Trim('/').Split('/');
        var (route, major, botAuth) = Classify(request.Method, segments);
        var (status, answer, contentType) = Answer(context, route, major, botAuth, segments, body);
        if (status is 401 or 403 or 429)
        {
            Interlocked.Increment(ref invalidRequests);
        }

        emulator.Requests.Add(new RecordedRequest(
            request.Method,
            request.Path.Value ?? "",
            route,
            request.Headers.Authorization.FirstOrDefault(),
            request.Headers.UserAgent.FirstOrDefault(),
            request.ContentType,
            body,
            status,
            answer,
            emulator.Elapsed));
        context.Response.StatusCode = status;
        if (status != 204)
        {
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(answer, context.RequestAborted).ConfigureAwait(false);
        }
    }

    // segments: api, v10, ...
    private static (string Route, string Major, bool BotAuth) Classify(string method, string[] s)
    {
        var p = s.Skip(2).ToArray();
        return p switch
        {
            ["gateway", "bot"] => (Routes.GatewayBot, "", true),
            ["gateway"] => (Routes.Gateway, "", false),
            ["applications", _, "commands"] => (Routes.GlobalCommands, "", true),
            ["applications", _, "guilds", var guild, "commands"] => (Routes.GuildCommands, guild, true),
            ["channels", var channel, "messages"] when method == "POST" => (Routes.Messages, channel, true),
            ["interactions", var id, _, "callback"] => (Routes.Callback, id, false),
            ["webhooks", var app, var token, "messages", "@original"] => (Routes.Original, app + token, false),
            ["webhooks", var app, var token] => (Routes.Followup, app + token, false),
            _ => (Routes.Unknown, "", true),
        };
    }

    private (int Status, string Body, string ContentType) Answer(HttpContext context, string route, string major, bool botAuth, string[] segments, string body)
    {
        const string json = "application/json";
        if (BanMode)
        {
            return (429, "<html><body>Error 1015: You are being rate limited</body></html>", "text/html");
        }

        if (faults.TryPeek(out var fault) && fault.Route == route && faults.TryDequeue(out fault))
        {
            foreach (var (name, value) in fault.Headers)
            {
                context.Response.Headers[name] = value;
            }

            return (fault.Status, fault.Body, fault.ContentType);
        }

        if (context.Request.Headers.UserAgent.FirstOrDefault() is not { } agent || !agent.StartsWith("DiscordBot (", StringComparison.Ordinal))
        {
            return (403, """{"message":"Missing or invalid User-Agent","code":0}""", json);
        }

        if (botAuth && context.Request.Headers.Authorization.FirstOrDefault() != "Bot " + emulator.Options.Token)
        {
            return (401, """{"message":"401: Unauthorized","code":0}""", json);
        }

        if (body.Length > 0 && context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            var errors = new FormErrors();
            errors.Add("", "CONTENT_TYPE_INVALID", "Expected Content-Type application/json");
            return (400, errors.ToJson(), json);
        }

        if (limits.Take(route, major, global: botAuth, context.Response) is { } limited)
        {
            return (429, limited, json);
        }

        var (status, answer) = Route(context, route, segments.Skip(2).ToArray(), body);
        return (status, answer, json);
    }

    private (int, string) Route(HttpContext context, string route, string[] p, string body)
    {
        var method = context.Request.Method;
        return (route, method) switch
        {
            (Routes.GatewayBot, "GET") => (200, GatewayBot()),
            (Routes.Gateway, "GET") => (200, $$"""{"url":"{{emulator.GatewayUrl}}"}"""),
            (Routes.GlobalCommands or Routes.GuildCommands, "PUT") => PutCommands(route == Routes.GlobalCommands ? "global" : p[3], p[1], body),
            (Routes.GlobalCommands or Routes.GuildCommands, "GET") => (200, RegisteredCommands(route == Routes.GlobalCommands ? "global" : p[3]) ?? "[]"),
            (Routes.Messages, "POST") => CreateMessage(p[1], body),
            (Routes.Callback, "POST") => endpoints.Callback(p[1], p[2], body, context.Request.Query["with_response"] == "true"),
            (Routes.Original, _) => endpoints.Original(method, p[1], Uri.UnescapeDataString(p[2]), body),
            (Routes.Followup, "POST") => endpoints.Followup(p[1], Uri.UnescapeDataString(p[2]), body),
            _ => (404, """{"message":"404: Not Found","code":0}"""),
        };
    }

    private string GatewayBot()
    {
        var o = emulator.Options;
        return $$$"""{"url":"{{{emulator.GatewayUrl}}}","shards":1,"session_start_limit":{"total":{{{o.SessionStartTotal}}},"remaining":{{{emulator.Gateway.IdentifyRemaining}}},"reset_after":14400000,"max_concurrency":{{{o.MaxConcurrency}}}}}""";
    }

    private (int, string) PutCommands(string scope, string applicationId, string body)
    {
        if (applicationId != emulator.Options.ApplicationId)
        {
            return (403, """{"message":"Missing Access","code":50001}""");
        }

        if (!TryParse(body, out var root) || CommandValidator.Validate(root) is { Any: true } errors)
        {
            return (400, TryParse(body, out var r) ? CommandValidator.Validate(r).ToJson() : """{"message":"400: Bad Request","code":50109}""");
        }

        var answer = new System.Text.Json.Nodes.JsonArray();
        var version = emulator.NextId();
        foreach (var command in root.EnumerateArray())
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(command.GetRawText())!.AsObject();
            node["id"] = emulator.NextId();
            node["application_id"] = applicationId;
            node["version"] = version;
            if (scope != "global")
            {
                node["guild_id"] = scope;
            }

            answer.Add(node);
        }

        commands[scope] = answer.ToJsonString();
        return (200, commands[scope]);
    }

    private (int, string) CreateMessage(string channelId, string body)
    {
        if (!TryParse(body, out var root))
        {
            return (400, """{"message":"400: Bad Request","code":50109}""");
        }

        if (MessageValidator.Validate(root, MessageValidator.ChannelFlags) is { Any: true } errors)
        {
            return (400, errors.All.Any(e => e.Code == "50006") ? """{"message":"Cannot send an empty message","code":50006}""" : errors.ToJson());
        }

        var enforce = root.TryGetProperty("enforce_nonce", out var e) && e.ValueKind == JsonValueKind.True;
        var nonce = root.TryGetProperty("nonce", out var n) ? n.ToString() : null;
        if (enforce && nonce is not null && nonces.TryGetValue(nonce, out var existing))
        {
            return (200, MessageFactory.ToJson(existing, emulator.Options, emulator.Options.Time));
        }

        var message = MessageFactory.Create(emulator.NextId(), channelId, EmulatedMessage.Channel, null, root);
        if (enforce && nonce is not null && !nonces.TryAdd(nonce, message))
        {
            return (200, MessageFactory.ToJson(nonces[nonce], emulator.Options, emulator.Options.Time));
        }

        Messages.Add(message);
        return (200, MessageFactory.ToJson(message, emulator.Options, emulator.Options.Time));
    }

    internal static bool TryParse(string body, out JsonElement root)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            root = default;
            return false;
        }
    }
}
