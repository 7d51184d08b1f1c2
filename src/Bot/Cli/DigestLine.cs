namespace Bot.Cli;

/// <summary>
/// One article as the CLI prints it: the JSON Lines object of <c>--json</c> and the model the Markdown is written
/// from, so both always show the same thing. Field names and meanings are a contract: docs/digest-format.md.
/// Fields a command does not compute are null (summary: figures; figures: tldr, bullets, method, section bullets).
/// </summary>
public sealed record DigestLine(
    string Source,
    string? Url,
    string? Title,
    string? Byline,
    string? Published,
    int Words,
    string Completeness,
    string? Method,
    string? Tldr,
    IReadOnlyList<string>? Bullets,
    IReadOnlyList<SectionLine> Sections,
    IReadOnlyList<FigureLine>? Figures);

/// <summary>A headed section: 1 = the first heading after the lead.</summary>
public sealed record SectionLine(int Index, string Title, IReadOnlyList<string>? Bullets);

/// <summary>A key figure. <see cref="Text"/> is verbatim from <see cref="Sentence"/>; <see cref="Section"/> 0 is the lead.</summary>
public sealed record FigureLine(
    string Text,
    decimal Value,
    decimal? UpperValue,
    string Unit,
    string Kind,
    string? Qualifier,
    string? Subject,
    string Sentence,
    int Section);
