using System.Text.Json.Serialization;

namespace Bot.Discord.Rest;

/// <summary><c>GET /gateway/bot</c>.</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);

/// <summary>The IDENTIFY budget: <c>remaining</c> of <c>total</c> until <c>reset_after</c> ms; at most
/// <c>max_concurrency</c> IDENTIFYs per 5 s.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);

/// <summary>A command in a bulk-overwrite body (Discord.Net's <c>SlashCommandProperties</c>, as JSON).</summary>
public sealed record ApplicationCommandProperties(
    string Name,
    string Description,
    IReadOnlyList<ApplicationCommandOptionProperties> Options,
    int Type = 1)
{
    /// <summary>Null means everyone may use it; sent explicitly because null is meaningful here.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>0 = guild only: the bot works in servers.</summary>
    public IReadOnlyList<int> Contexts { get; init; } = [0];

    public IReadOnlyList<int> IntegrationTypes { get; init; } = [0];
}

/// <summary>A STRING (3) option; <see cref="Autocomplete"/> is left out rather than sent false.</summary>
public sealed record ApplicationCommandOptionProperties(string Name, string Description, bool Required, bool? Autocomplete, int? MaxLength)
{
    public int Type { get; init; } = 3;
}

/// <summary>The part of a message object the bot reads back.</summary>
public sealed record DiscordMessageResponse(string Id, string ChannelId);
