using System.Text.Json.Serialization;

namespace Bot.Discord.Rendering;

/// <summary>A message body for create, follow-up, edit and callback type 4 (only the fields we use).
/// <see cref="AllowedMentions"/> is always sent: news text must ping no one.</summary>
public sealed record MessageProperties(string? Content, IReadOnlyList<Embed>? Embeds)
{
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    public int? Flags { get; init; }

    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }
}

/// <summary>Discord.Net's <c>MessageFlags</c> values we use.</summary>
public static class MessageFlags
{
    public const int SuppressEmbeds = 4;
    public const int Ephemeral = 64;
}

/// <summary><c>{"parse": []}</c>: no @everyone/@here, role or user mention in a message can ping.</summary>
public sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static AllowedMentions None { get; } = new([]);
}

/// <summary>The body of an interaction callback: <c>{"type": n, "data": ...}</c>.</summary>
public sealed record InteractionResponse(int Type, [property: JsonPropertyName("data")] object? Data = null)
{
    public const int Pong = 1;
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;
    public const int ApplicationCommandAutocompleteResult = 8;

    public static InteractionResponse Defer(bool ephemeral) =>
        new(DeferredChannelMessageWithSource, ephemeral ? new DeferData(MessageFlags.Ephemeral) : null);

    public static InteractionResponse Message(MessageProperties message) => new(ChannelMessageWithSource, message);

    public static InteractionResponse Autocomplete(IReadOnlyList<AutocompleteResult> choices) =>
        new(ApplicationCommandAutocompleteResult, new AutocompleteData(choices));
}

public sealed record DeferData(int Flags);

public sealed record AutocompleteData(IReadOnlyList<AutocompleteResult> Choices);

/// <summary>One autocomplete choice (Discord.Net's <c>AutocompleteResult</c>): name and value, 1–100 characters.</summary>
public sealed record AutocompleteResult(string Name, string Value)
{
    public const int MaxNameLength = 100;
    public const int MaxValueLength = 100;
    public const int MaxChoices = 25;
}
