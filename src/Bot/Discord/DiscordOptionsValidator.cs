using System.Globalization;
using Microsoft.Extensions.Options;

namespace Bot.Discord;

/// <summary>
/// Cross-field rules for <see cref="DiscordOptions"/>, reported all at once with the configuration key's name
/// (<c>Discord:ApplicationId</c>) so a bad setting stops the host at start, not an hour later.
/// </summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApplicationId))
        {
            failures.Add("Discord:ApplicationId is required when Discord:Token is set (Developer Portal → General Information → Application ID).");
        }
        else if (!IsSnowflake(options.ApplicationId))
        {
            failures.Add("Discord:ApplicationId must be a numeric snowflake id.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) URL such as https://discord.com/api/v10.");
        }

        if (!string.IsNullOrWhiteSpace(options.GuildId) && !IsSnowflake(options.GuildId))
        {
            failures.Add("Discord:GuildId must be a numeric snowflake id when set.");
        }

        ValidateHttpInteractions(options, failures);
        if (options.Token!.Trim().StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("Discord:Token must be the raw token, without the 'Bot ' prefix.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateHttpInteractions(DiscordOptions options, List<string> failures)
    {
        var hasKey = !string.IsNullOrWhiteSpace(options.PublicKey);
        var hasUrl = !string.IsNullOrWhiteSpace(options.InteractionsUrl);
        if (hasKey != hasUrl)
        {
            failures.Add("Discord:PublicKey and Discord:InteractionsUrl must be set together (HTTP-interactions mode) or not at all.");
        }

        if (hasKey && (options.PublicKey!.Length != 64 || !options.PublicKey.All(Uri.IsHexDigit)))
        {
            failures.Add("Discord:PublicKey must be the application's public key: 64 hexadecimal digits.");
        }

        if (hasUrl && (!Uri.TryCreate(options.InteractionsUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Discord:InteractionsUrl must be an absolute http URL to listen on, e.g. http://0.0.0.0:8080/interactions (terminate TLS in a proxy).");
        }
    }

    internal static bool IsSnowflake(string value) =>
        ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0;
}
