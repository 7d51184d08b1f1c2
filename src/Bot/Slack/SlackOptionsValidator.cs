using Microsoft.Extensions.Options;

namespace Bot.Slack;

/// <summary>Cross-field rules for <see cref="SlackOptions"/>. Messages name keys, never values (they are secrets).</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();
        if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken must be a bot token starting with 'xoxb-'.");
        }

        if (options.AppToken.Length > 0 && !options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack:AppToken must be an app-level token starting with 'xapp-' (scope connections:write).");
        }

        if (!options.SocketModeEnabled && !options.HttpModeEnabled)
        {
            failures.Add("Slack:AppToken is required for Socket Mode (or set Slack:SigningSecret and Slack:EventsUrl for HTTP mode).");
        }

        if ((options.SigningSecret.Length > 0) != (options.EventsUrl.Length > 0))
        {
            failures.Add("Slack:SigningSecret and Slack:EventsUrl must be set together (HTTP mode).");
        }

        if (options.EventsUrl.Length > 0 && !IsHttpUrl(options.EventsUrl))
        {
            failures.Add("Slack:EventsUrl must be an absolute http(s) URL to listen on.");
        }

        if (!IsHttpUrl(options.ApiBaseUrl))
        {
            failures.Add("Slack:ApiBaseUrl must be an absolute http(s) URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
