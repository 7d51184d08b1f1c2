using System.Text.Json.Serialization;

namespace Bot.Chat.Messages;

/// <summary>
/// A platform-neutral message. All text in it is RAW and UNTRUSTED (article text): every renderer escapes it
/// for its platform and neutralises mentions (@everyone, @here, &lt;@id&gt;, &lt;!channel&gt;) and markup.
/// </summary>
/// <param name="Title">Bold heading of the message (a digest's article title), or null.</param>
/// <param name="TitleUrl">Link for the title, or null.</param>
/// <param name="Blocks">The body, in order. Renderers split long messages only between blocks or list items.</param>
/// <param name="Footer">Small print ("summarised from 1,240 words, full text"), or null.</param>
/// <param name="Ephemeral">Only the user who asked sees it (errors, help), where the platform supports it.</param>
public sealed record ChatMessage(
    string? Title,
    string? TitleUrl,
    IReadOnlyList<MessageBlock> Blocks,
    string? Footer = null,
    bool Ephemeral = false)
{
    /// <summary>A one-paragraph message (errors, confirmations).</summary>
    public static ChatMessage Text(string text, bool ephemeral = false) =>
        new(null, null, [new ParagraphBlock([new TextRun(text)])], null, ephemeral);
}

/// <summary>A block of a message. The JSON discriminators let a claimed delivery keep its exact message in the
/// ledger (and re-post it after a crash); add one here for every new block type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(HeadingBlock), "heading")]
[JsonDerivedType(typeof(ParagraphBlock), "paragraph")]
[JsonDerivedType(typeof(ListBlock), "list")]
[JsonDerivedType(typeof(QuoteBlock), "quote")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
public abstract record MessageBlock;

/// <summary>A sub-heading inside a message (e.g. "Key figures", or one story's title in a daily digest).</summary>
public sealed record HeadingBlock(string Text, string? Url = null) : MessageBlock;

public sealed record ParagraphBlock(IReadOnlyList<Inline> Content) : MessageBlock;

/// <summary>A bulleted (or numbered) list; each item is a run of inlines. <paramref name="Start"/> is the number of
/// the first item of a numbered list (a list split across messages continues its numbering).</summary>
public sealed record ListBlock(IReadOnlyList<IReadOnlyList<Inline>> Items, bool Numbered = false, int Start = 1) : MessageBlock;

/// <summary>A quotation (the source sentence of a figure).</summary>
public sealed record QuoteBlock(IReadOnlyList<Inline> Content) : MessageBlock;

public sealed record DividerBlock : MessageBlock;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(TextRun), "text")]
[JsonDerivedType(typeof(LinkRun), "link")]
public abstract record Inline(string Text);

public sealed record TextRun(string Text, bool Bold = false) : Inline(Text);

public sealed record LinkRun(string Text, string Url) : Inline(Text);
