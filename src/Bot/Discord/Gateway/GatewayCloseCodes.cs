namespace Bot.Discord.Gateway;

/// <summary>What to do after a connection ends (brief §1.9).</summary>
internal enum GatewayAction
{
    /// <summary>Reconnect to resume_gateway_url and RESUME (identify when there is no session).</summary>
    Resume,

    /// <summary>Drop the session and IDENTIFY on the /gateway/bot URL.</summary>
    Reidentify,

    /// <summary>A configuration error: never reconnect.</summary>
    Fatal,

    /// <summary>We are shutting down.</summary>
    Stopped,
}

/// <summary>The §1.9 decision table for server close codes, with the names the docs give them.</summary>
internal static class GatewayCloseCodes
{
    public static GatewayAction Classify(int? code) => code switch
    {
        4004 or (>= 4010 and <= 4014) => GatewayAction.Fatal,
        4007 or 4009 => GatewayAction.Reidentify,
        _ => GatewayAction.Resume, // 4000-4003, 4005, 4008, 1000/1001 from the server, no close frame at all
    };

    public static string Describe(int? code) => code switch
    {
        null => "no close frame",
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        4004 => "authentication failed: Discord rejected the bot token; check Discord:Token",
        4005 => "already authenticated",
        4007 => "invalid seq",
        4008 => "rate limited",
        4009 => "session timed out",
        4010 => "invalid shard",
        4011 => "sharding required: the bot is in too many guilds for one shard",
        4012 => "invalid API version",
        4013 => "invalid intent(s)",
        4014 => "disallowed intent(s): a privileged intent is not enabled in the Developer Portal",
        _ => "close code " + code.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
