namespace Bot.Cli;

/// <summary>The three commands of the command line.</summary>
public enum CliVerb
{
    Digest,
    Summary,
    Figures,
}

/// <summary>A parsed command line: <c>digest seeds/x.txt --bullets 5 --json</c>.</summary>
/// <param name="Input">A file, a folder (digest only) or an http(s) URL, as typed.</param>
/// <param name="Bullets">--bullets N (digest only): bullets for the article.</param>
/// <param name="Section">--section S (summary and figures): number, name, a word of it or a near miss.</param>
/// <param name="Json">--json: JSON Lines instead of Markdown.</param>
/// <param name="Help">--help: print usage and exit 0.</param>
public sealed record CliRequest(CliVerb Verb, string Input, int? Bullets = null, string? Section = null, bool Json = false, bool Help = false);
