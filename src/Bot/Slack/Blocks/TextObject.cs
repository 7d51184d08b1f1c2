using System.Text.Json.Serialization;

namespace Bot.Slack.Blocks;

/// <summary>A composition text object. Declare properties as <see cref="TextObject"/> so the <c>type</c> is written.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PlainText), "plain_text")]
[JsonDerivedType(typeof(Markdown), "mrkdwn")]
public abstract record TextObject(string Text);

/// <summary>No markup, no mention parsing.</summary>
public sealed record PlainText(string Text, bool Emoji = true) : TextObject(Text);

/// <summary>mrkdwn; <see cref="Verbatim"/> true stops Slack from auto-linking names and URLs in it.</summary>
public sealed record Markdown(string Text, bool Verbatim = true) : TextObject(Text);
