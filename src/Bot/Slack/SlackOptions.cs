namespace Bot.Slack;

/// <summary>
/// The <c>Slack</c> configuration section. Slack is enabled when <see cref="BotToken"/> is set. Socket Mode (the
/// default) also needs <see cref="AppToken"/>; HTTP mode needs <see cref="SigningSecret"/> and <see cref="EventsUrl"/>.
/// </summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>The bot token (<c>xoxb-…</c>) for the Web API. A secret.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>The app-level token (<c>xapp-…</c>, scope <c>connections:write</c>) for Socket Mode. A secret.</summary>
    public string AppToken { get; set; } = "";

    /// <summary>Web API base URL; tests point it at the loopback emulator.</summary>
    public string ApiBaseUrl { get; set; } = "https://slack.com/api";

    /// <summary>HTTP mode: the app's signing secret (Basic Information → App Credentials). A secret.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>HTTP mode: the local URL Kestrel listens on; Slack's Request URL (behind your TLS proxy) points at
    /// its path, e.g. <c>http://0.0.0.0:3000/slack/events</c>.</summary>
    public string EventsUrl { get; set; } = "";

    internal bool SocketModeEnabled => AppToken.Length > 0;

    internal bool HttpModeEnabled => SigningSecret.Length > 0 && EventsUrl.Length > 0;

    /// <summary>Every secret in these options, for redaction checks.</summary>
    internal IEnumerable<string> Secrets => new[] { BotToken, AppToken, SigningSecret }.Where(s => s.Length > 0);
}
