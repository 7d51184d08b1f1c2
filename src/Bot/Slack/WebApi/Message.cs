using Bot.Slack.Blocks;

namespace Bot.Slack.WebApi;

/// <summary>
/// Arguments of <c>chat.postMessage</c> (SlackNet's <c>Message</c>). Untrusted text must already be escaped
/// (<see cref="SlackText"/>); <c>link_names</c> and <c>parse</c> are deliberately absent so nothing becomes a mention.
/// Unfurling is off: a digest full of links would otherwise expand every one of them.
/// </summary>
public sealed record Message
{
    public required string Channel { get; init; }

    /// <summary>The notification and screen-reader fallback (≤ 4,000 characters).</summary>
    public required string Text { get; init; }

    public IReadOnlyList<Block>? Blocks { get; init; }

    public string? ThreadTs { get; init; }

    public bool UnfurlLinks { get; init; }

    public bool UnfurlMedia { get; init; }
}

public enum ResponseType
{
    Ephemeral,
    InChannel,
}

/// <summary>A slash-command answer: the Socket Mode ack payload, the HTTP-mode 200 body, or a <c>response_url</c> POST.</summary>
public sealed record SlashCommandResponse
{
    public ResponseType ResponseType { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<Block>? Blocks { get; init; }

    /// <summary>Only for <c>response_url</c>: false so a follow-up part never replaces the first.</summary>
    public bool? ReplaceOriginal { get; init; }

    public bool UnfurlLinks { get; init; }

    public bool UnfurlMedia { get; init; }
}
