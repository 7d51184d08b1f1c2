namespace Bot.Discord.Gateway;

/// <summary>Discord.Net's <c>ConnectionState</c>.</summary>
public enum ConnectionState
{
    Disconnected,
    Connecting,
    Connected,
    Disconnecting,
}
