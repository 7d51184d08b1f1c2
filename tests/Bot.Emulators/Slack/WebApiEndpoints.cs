using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Emulators.Slack;

/// <summary>
/// The Web API methods the bot uses, answered like Slack: HTTP 200 with <c>ok:false</c> for platform errors, 429 with
/// <c>Retry-After</c> for rate limits, warnings in <c>response_metadata</c>; plus the response_url endpoints.
/// </summary>
internal sealed class WebApiEndpoints(SlackEmulator emulator, SlackEmulatorOptions options, TimeProvider time)
{
    private static readonly HashSet<string> JsonMethods = ["chat.postMessage", "conversations.join"];
    private readonly ConcurrentDictionary<string, (int Count, int RetryAfter)> forcedLimits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ResponseUrlState> responseUrls = new(StringComparer.Ordinal);
    private readonly PostRateLimiter postLimiter = new(time, options.PostBurst);
    private long tsCounter;

    public void RateLimitNext(string method, int count, int retryAfterSeconds) => forcedLimits[method] = (count, retryAfterSeconds);

    public void RegisterResponseUrl(string envelopeId) => responseUrls[envelopeId] = new ResponseUrlState(time.GetUtcNow());

    public async Task HandleApiAsync(HttpContext context, string method)
    {
        var raw = await new StreamReader(context.Request.Body).ReadToEndAsync().ConfigureAwait(false);
        var contentType = context.Request.ContentType;
        var body = Parse(raw, contentType, context);
        var auth = context.Request.Headers.Authorization.ToString();
        var tokenKind = auth == "Bearer " + SlackEmulator.BotToken ? "bot" : auth == "Bearer " + SlackEmulator.AppToken ? "app" : auth.Length == 0 ? "none" : "unknown";
        var (status, response, retryAfter) = Dispatch(method, tokenKind, body, contentType);
        emulator.Recorder.Add(new ApiCall(method, contentType, tokenKind, body, time.GetUtcNow(), status, response["error"]?.GetValue<string>()));
        context.Response.StatusCode = status;
        if (retryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsync(response.ToJsonString()).ConfigureAwait(false);
    }

    public async Task HandleResponseUrlAsync(HttpContext context, string id)
    {
        var raw = await new StreamReader(context.Request.Body).ReadToEndAsync().ConfigureAwait(false);
        var body = JsonNode.Parse(raw) as JsonObject ?? [];
        var where = $"response_url {id}";
        if (context.Request.Headers.Authorization.Count > 0)
        {
            emulator.Recorder.Add(new Violation(where, "an Authorization header was sent to response_url"));
        }

        Scan(where, body);
        var status = StatusCodes.Status200OK;
        JsonObject answer = new() { ["ok"] = true };
        if (!responseUrls.TryGetValue(id, out var state) || time.GetUtcNow() - state.Created > TimeSpan.FromMinutes(30))
        {
            (status, answer) = (StatusCodes.Status404NotFound, Error("expired_url"));
        }
        else if (Interlocked.Increment(ref state.Uses) > 5)
        {
            (status, answer) = (StatusCodes.Status404NotFound, Error("used_url"));
        }

        emulator.Recorder.Add(new ResponseUrlPost(id, body, status));
        context.Response.StatusCode = status;
        await context.Response.WriteAsync(answer.ToJsonString()).ConfigureAwait(false);
    }

    private (int Status, JsonObject Response, int? RetryAfter) Dispatch(string method, string tokenKind, JsonObject? body, string? contentType)
    {
        if (forcedLimits.TryGetValue(method, out var limit) && limit.Count > 0)
        {
            forcedLimits[method] = (limit.Count - 1, limit.RetryAfter);
            return (StatusCodes.Status429TooManyRequests, Error("ratelimited"), limit.RetryAfter);
        }

        var wantApp = method == "apps.connections.open";
        var authError = tokenKind switch
        {
            "none" => "not_authed",
            "unknown" => "invalid_auth",
            "app" when !wantApp => "not_allowed_token_type",
            "bot" when wantApp => "not_allowed_token_type",
            _ => null,
        };
        if (authError is not null)
        {
            return (200, Error(authError), null);
        }

        if (method == "chat.postMessage" && body?["channel"]?.GetValue<string>() is { } channel && !postLimiter.TryTake(channel))
        {
            return (StatusCodes.Status429TooManyRequests, Error("ratelimited"), options.RetryAfterSeconds);
        }

        var response = method switch
        {
            "apps.connections.open" => emulator.Sockets.LinkDisabled ? Error("link_disabled")
                : Ok(new() { ["url"] = $"ws://{emulator.BaseUri.Authority}/link/?ticket={emulator.Sockets.NewTicket()}&app_id={SlackEmulator.AppId}" }),
            "auth.test" => Ok(new()
            {
                ["url"] = "https://emulator.slack.com/", ["team"] = "Emulator", ["user"] = "newsdigest",
                ["team_id"] = SlackEmulator.TeamId, ["user_id"] = SlackEmulator.BotUserId, ["bot_id"] = "B0BOT",
            }),
            "chat.postMessage" => PostMessage(body ?? []),
            "conversations.join" => Join(body ?? []),
            _ => Error("unknown_method"),
        };
        if (JsonMethods.Contains(method) && contentType?.Contains("charset", StringComparison.OrdinalIgnoreCase) != true)
        {
            response["warning"] = "missing_charset";
            response["response_metadata"] = new JsonObject { ["warnings"] = new JsonArray("missing_charset") };
        }

        return (200, response, null);
    }

    private JsonObject PostMessage(JsonObject body)
    {
        var channel = emulator.Channels.Find(body["channel"]?.GetValue<string>());
        if (channel is null)
        {
            return Error("channel_not_found");
        }

        if (!channel.BotIsMember && !(options.ChatWritePublic && !channel.IsPrivate))
        {
            return Error("not_in_channel");
        }

        var text = body["text"]?.GetValue<string>();
        var blocks = body["blocks"] as JsonArray;
        if (string.IsNullOrEmpty(text) && blocks is null)
        {
            return Error("no_text");
        }

        if (text?.Length > 40_000)
        {
            return Error("msg_too_long");
        }

        if (blocks is not null && BlockKitValidator.Validate(blocks, options.CumulativeBlockTextLimit) is { } invalid)
        {
            var error = Error(invalid.Error);
            error["response_metadata"] = new JsonObject { ["messages"] = new JsonArray([.. invalid.Messages.Select(m => (JsonNode)m)]) };
            return error;
        }

        var where = $"chat.postMessage {channel.Id}";
        Scan(where, body);
        if (text?.Length > 4000)
        {
            emulator.Recorder.Add(new Violation(where, $"text fallback is {text.Length} characters (keep ≤ 4,000)"));
        }

        if (body["unfurl_links"]?.GetValue<bool>() != false || body["unfurl_media"]?.GetValue<bool>() != false)
        {
            emulator.Recorder.Add(new Violation(where, "unfurl_links/unfurl_media not turned off"));
        }

        var ts = $"{time.GetUtcNow().ToUnixTimeSeconds()}.{Interlocked.Increment(ref tsCounter):D6}";
        emulator.Recorder.Add(new PostedMessage(channel.Id, ts, text, blocks, body));
        return Ok(new() { ["channel"] = channel.Id, ["ts"] = ts, ["message"] = new JsonObject { ["type"] = "message", ["ts"] = ts, ["text"] = text } });
    }

    private JsonObject Join(JsonObject body)
    {
        var channel = emulator.Channels.Find(body["channel"]?.GetValue<string>());
        if (channel is null)
        {
            return Error("channel_not_found");
        }

        if (channel.IsPrivate)
        {
            return Error("method_not_supported_for_channel_type");
        }

        var already = channel.BotIsMember;
        channel.BotIsMember = true;
        var ok = Ok(new() { ["channel"] = new JsonObject { ["id"] = channel.Id, ["is_member"] = true } });
        if (already)
        {
            ok["warning"] = "already_in_channel";
        }

        return ok;
    }

    private void Scan(string where, JsonObject message)
    {
        foreach (var violation in MentionScanner.Scan(where, message))
        {
            emulator.Recorder.Add(violation);
        }

        if (message["blocks"] is JsonArray blocks && BlockKitValidator.Validate(blocks, options.CumulativeBlockTextLimit) is { } invalid)
        {
            emulator.Recorder.Add(new Violation(where, $"{invalid.Error}: {string.Join("; ", invalid.Messages)}"));
        }
    }

    private static JsonObject? Parse(string raw, string? contentType, HttpContext context)
    {
        if (contentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            return raw.Length == 0 ? [] : JsonNode.Parse(raw) as JsonObject;
        }

        var form = new JsonObject();
        foreach (var (key, value) in Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(raw))
        {
            form[key] = value.ToString();
        }

        if (form.ContainsKey("token"))
        {
            context.Items["token-in-body"] = true;
        }

        return form;
    }

    private static JsonObject Ok(JsonObject fields)
    {
        fields["ok"] = true;
        return fields;
    }

    private static JsonObject Error(string error) => new() { ["ok"] = false, ["error"] = error };

    private sealed class ResponseUrlState(DateTimeOffset created)
    {
        public int Uses;

        public DateTimeOffset Created { get; } = created;
    }
}
