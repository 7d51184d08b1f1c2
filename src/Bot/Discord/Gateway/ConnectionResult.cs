namespace Bot.Discord.Gateway;

/// <summary>How one gateway connection ended and what the lifecycle loop should do next.</summary>
/// <param name="ConnectFailed">The socket never opened (the cached gateway URL may be stale).</param>
/// <param name="Ready">READY or RESUMED arrived: the back-off counter may reset.</param>
internal sealed record ConnectionResult(GatewayAction Action, int? CloseCode, string Reason, bool ConnectFailed = false, bool Ready = false)
{
    public static ConnectionResult Failed(string reason) => new(GatewayAction.Resume, null, reason, ConnectFailed: true);
}
