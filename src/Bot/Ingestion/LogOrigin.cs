namespace Bot.Ingestion;

/// <summary>A URL as logs show it: scheme://host[:port] (<see cref="UrlDisplay.ForLog"/>), formatted only when a
/// log entry is actually written.</summary>
internal readonly record struct LogOrigin(Uri Url)
{
    public override string ToString() => UrlDisplay.ForLog(Url);
}
