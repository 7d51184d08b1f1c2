using System.Text.Json.Serialization;

namespace Bot.Slack.Blocks;

/// <summary>A Block Kit layout block (SlackNet's <c>Block</c>); the JSON <c>type</c> is the discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
public abstract record Block
{
    public string? BlockId { get; init; }
}

/// <summary>Large bold text; plain_text only, ≤ 150 characters.</summary>
public sealed record HeaderBlock(TextObject Text) : Block;

/// <summary>Text (≤ 3,000) and/or up to 10 fields (≤ 2,000 each).</summary>
public sealed record SectionBlock : Block
{
    public TextObject? Text { get; init; }

    public IReadOnlyList<TextObject>? Fields { get; init; }
}

/// <summary>Small print; ≤ 10 elements.</summary>
public sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : Block;

public sealed record DividerBlock : Block;
