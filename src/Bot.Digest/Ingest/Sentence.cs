namespace Bot.Digest.Ingest;

/// <summary>
/// One sentence of an article. <see cref="Text"/> is a verbatim substring of
/// <c>article.Sections[Section].Paragraphs[Paragraph]</c> starting at <see cref="Start"/>.
/// <see cref="Ordinal"/> is the sentence's position in the whole article (0-based).
/// </summary>
public sealed record Sentence(string Text, int Section, int Paragraph, int Start, int Ordinal);
