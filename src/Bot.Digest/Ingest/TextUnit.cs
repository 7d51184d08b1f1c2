namespace Bot.Digest.Ingest;

/// <summary>What a block of the source turned out to be before sections are assembled.</summary>
internal enum UnitKind
{
    Paragraph,
    ListItem,

    /// <summary>An explicit heading: Markdown <c>#</c>/setext, or an HTML <c>h1</c>–<c>h3</c>.</summary>
    Heading,
}

/// <summary>
/// One block of clean text (markup stripped, whitespace collapsed, never empty) in source order. Both readers
/// (plain text/Markdown and HTML) produce these; <see cref="ArticleAssembler"/> turns them into an <see cref="Article"/>.
/// </summary>
internal readonly record struct TextUnit(string Text, UnitKind Kind, int Level = 0)
{
    public bool IsHeading => Kind == UnitKind.Heading;
}
