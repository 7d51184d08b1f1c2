namespace Bot.Emulators.Discord;

/// <summary>Everything the emulator can be told. Defaults match Discord where it documents a value.</summary>
public sealed record DiscordEmulatorOptions
{
    /// <summary>The RFC 8032 TEST 1 key pair of brief §4.3 (a public test key).</summary>
    public const string TestSeedHex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

    public const string TestPublicKeyHex = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    public string Token { get; init; } = "emulator-bot-token.Xy7Qz9-Secret";

    public string ApplicationId { get; init; } = "1200000000000000001";

    public string BotUserId { get; init; } = "1200000000000000001";

    public string GuildId { get; init; } = "1100000000000000001";

    public string ChannelId { get; init; } = "1100000000000000002";

    public string UserId { get; init; } = "1000000000000000009";

    /// <summary>Sent in HELLO. Long by default: tests drive the client's timers with a fake clock.</summary>
    public int HeartbeatIntervalMs { get; init; } = 45_000;

    public TimeSpan InteractionDeadline { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan WebhookLifetime { get; init; } = TimeSpan.FromMinutes(15);

    public int SessionStartTotal { get; init; } = 1000;

    public int SessionStartRemaining { get; init; } = 1000;

    public int MaxConcurrency { get; init; } = 1;

    /// <summary>Privileged intents "enabled in the Developer Portal" (1&lt;&lt;1, 1&lt;&lt;8, 1&lt;&lt;15).</summary>
    public int EnabledPrivilegedIntents { get; init; }

    /// <summary>Messages per channel per window (the folklore 5 per 5 s).</summary>
    public int ChannelMessageLimit { get; init; } = 5;

    public TimeSpan ChannelMessageWindow { get; init; } = TimeSpan.FromSeconds(5);

    public int GlobalLimitPerSecond { get; init; } = 50;

    public string SigningSeedHex { get; init; } = TestSeedHex;

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
