using System.Collections.Concurrent;
using System.Text.Json;

namespace Bot.Emulators.Discord;

/// <summary>
/// The interaction-token endpoints: the callback (accepted once, within the deadline of the dispatch, with a type
/// that fits the interaction: 8 only for autocomplete, 5 with flags ⊆ {64}, choices within limits), then
/// <c>@original</c> (GET/PATCH/DELETE, only after a type 4 or 5) and follow-ups, for the webhook lifetime.
/// </summary>
internal sealed class EmulatedInteractionEndpoints(
    DiscordEmulator emulator,
    ConcurrentDictionary<string, EmulatedInteraction> interactions,
    Recording<EmulatedMessage> messages)
{
    public (int, string) Callback(string id, string token, string body, bool withResponse)
    {
        var now = emulator.Options.Time.GetUtcNow();
        if (!interactions.TryGetValue(id, out var interaction) || interaction.Token != Uri.UnescapeDataString(token) || now - interaction.CreatedAt > emulator.Options.InteractionDeadline)
        {
            return (404, """{"message":"Unknown interaction","code":10062}""");
        }

        if (!EmulatedRest.TryParse(body, out var root) || !root.TryGetProperty("type", out var t) || !t.TryGetInt32(out var type))
        {
            return (400, """{"message":"400: Bad Request","code":50109}""");
        }

        var data = root.TryGetProperty("data", out var d) ? d : default;
        if (CallbackProblem(interaction, type, data) is { Any: true } errors)
        {
            return (400, errors.ToJson());
        }

        if (!interaction.TryAcknowledge(type, now))
        {
            return (400, """{"message":"Interaction has already been acknowledged.","code":40060}""");
        }

        if (type is 4 or 5)
        {
            var message = type == 4
                ? MessageFactory.Create(emulator.NextId(), interaction.ChannelId, EmulatedMessage.Callback, id, data)
                : MessageFactory.Create(emulator.NextId(), interaction.ChannelId, EmulatedMessage.Callback, id, JsonDocument.Parse("""{"content":""}""").RootElement);
            interaction.Original = message;
            if (type == 4)
            {
                messages.Add(message);
            }
        }

        interaction.MarkAnswered();
        return withResponse
            ? (200, $$$"""{"interaction":{"id":"{{{id}}}","type":{{{interaction.Type}}}},"resource":{"type":{{{type}}}}}""")
            : (204, "");
    }

    private static FormErrors CallbackProblem(EmulatedInteraction interaction, int type, JsonElement data)
    {
        var errors = new FormErrors();
        var allowed = interaction.Type == 4 ? type == 8 : type is 4 or 5 or 9;
        if (!allowed)
        {
            errors.Add("type", "INTERACTION_RESPONSE_TYPE_INVALID", $"Callback type {type} is not valid for interaction type {interaction.Type}.");
            return errors;
        }

        switch (type)
        {
            case 4:
                return MessageValidator.Validate(data, MessageValidator.InteractionFlags);
            case 5 when data.ValueKind == JsonValueKind.Object && data.TryGetProperty("flags", out var flags) && (flags.GetInt32() & ~64) != 0:
                errors.Add("data.flags", "MESSAGE_FLAGS_INVALID", "Only EPHEMERAL may be set on a deferred response.");
                break;
            case 8:
                ValidateChoices(data, errors);
                break;
            default:
                break;
        }

        return errors;
    }

    private static void ValidateChoices(JsonElement data, FormErrors errors)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array)
        {
            return; // an empty or missing list is accepted
        }

        errors.MaxLength("data.choices", choices.GetArrayLength(), 25);
        var i = 0;
        foreach (var choice in choices.EnumerateArray())
        {
            var name = MessageValidator.CodePoints(EmulatedMessage.Get(choice, "name"));
            if (name is < 1 or > 100)
            {
                errors.Add($"data.choices.{i}.name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
            }

            if (choice.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String && MessageValidator.CodePoints(value.GetString()) > 100)
            {
                errors.Add($"data.choices.{i}.value", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
            }

            i++;
        }
    }

    public (int, string) Original(string method, string applicationId, string token, string body)
    {
        if (WebhookInteraction(applicationId, token) is not { } interaction)
        {
            return (404, """{"message":"Unknown Webhook","code":10015}""");
        }

        if (interaction.Original is not { } original || interaction.OriginalDeleted)
        {
            return (404, """{"message":"Unknown Message","code":10008}""");
        }

        switch (method)
        {
            case "GET":
                return (200, MessageFactory.ToJson(original, emulator.Options, emulator.Options.Time));
            case "DELETE":
                interaction.OriginalDeleted = true;
                return (204, "");
            case "PATCH":
                if (!EmulatedRest.TryParse(body, out var root))
                {
                    return (400, """{"message":"400: Bad Request","code":50109}""");
                }

                if (MessageValidator.Validate(root, MessageValidator.EditFlags, requireContent: false) is { Any: true } errors)
                {
                    return (400, errors.ToJson());
                }

                var edited = MessageFactory.Create(original.Id, original.ChannelId, EmulatedMessage.Original, interaction.Id, root);
                interaction.Original = edited;
                messages.Add(edited);
                interaction.MarkEdited();
                return (200, MessageFactory.ToJson(edited, emulator.Options, emulator.Options.Time));
            default:
                return (405, """{"message":"405: Method Not Allowed","code":0}""");
        }
    }

    public (int, string) Followup(string applicationId, string token, string body)
    {
        if (WebhookInteraction(applicationId, token) is not { CallbackType: not null } interaction)
        {
            return (404, """{"message":"Unknown Webhook","code":10015}""");
        }

        if (!EmulatedRest.TryParse(body, out var root))
        {
            return (400, """{"message":"400: Bad Request","code":50109}""");
        }

        if (MessageValidator.Validate(root, MessageValidator.InteractionFlags) is { Any: true } errors)
        {
            return (400, errors.ToJson());
        }

        var message = MessageFactory.Create(emulator.NextId(), interaction.ChannelId, EmulatedMessage.Followup, interaction.Id, root);
        messages.Add(message);
        return (200, MessageFactory.ToJson(message, emulator.Options, emulator.Options.Time));
    }

    private EmulatedInteraction? WebhookInteraction(string applicationId, string token)
    {
        var interaction = interactions.Values.FirstOrDefault(i => i.Token == token && i.ApplicationId == applicationId);
        var expired = interaction is not null && emulator.Options.Time.GetUtcNow() - interaction.CreatedAt > emulator.Options.WebhookLifetime;
        return expired ? null : interaction;
    }
}
