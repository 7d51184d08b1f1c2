namespace Bot.Discord;

/// <summary>
/// The <c>Discord</c> configuration section (environment variables: <c>Discord__Token</c>, ...). Discord is enabled
/// when <see cref="Token"/> is set; <see cref="DiscordOptionsValidator"/> then checks the rest at start.
/// </summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token (Developer Portal → Bot → Reset Token). A secret: never logged.</summary>
    public string? Token { get; set; }

    /// <summary>The application id (a snowflake) that owns the slash commands.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>REST base URL including the version; tests point it at a loopback emulator.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Register the commands in this guild only (instant updates) instead of globally.</summary>
    public string? GuildId { get; set; }

    /// <summary>The application's Ed25519 public key (64 hex digits), for the HTTP-interactions mode.</summary>
    public string? PublicKey { get; set; }

    /// <summary>The local URL the HTTP-interactions endpoint listens on (e.g. http://0.0.0.0:8080/interactions).</summary>
    public string? InteractionsUrl { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Token);

    /// <summary>Both <see cref="PublicKey"/> and <see cref="InteractionsUrl"/> set: interactions arrive over HTTP.</summary>
    public bool UsesHttpInteractions => !string.IsNullOrWhiteSpace(PublicKey) && !string.IsNullOrWhiteSpace(InteractionsUrl);

    internal ulong ApplicationIdValue => ulong.Parse(ApplicationId!, System.Globalization.CultureInfo.InvariantCulture);

    internal ulong? GuildIdValue => string.IsNullOrWhiteSpace(GuildId)
        ? null
        : ulong.Parse(GuildId, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The base URL without a trailing slash, so routes are appended as "/route".</summary>
    internal string ApiBase => ApiBaseUrl.TrimEnd('/');

    // Options objects end up in exception messages and debugger views; keep the token out of both.
    public override string ToString() =>
        $"DiscordOptions {{ ApplicationId = {ApplicationId}, ApiBaseUrl = {ApiBaseUrl}, GuildId = {GuildId}, Token = <redacted> }}";
}
