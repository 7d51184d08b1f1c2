namespace Bot.Cli;

internal static class CliUsage
{
    public const string Text = """
        Usage (from the repository root):
          dotnet run --project src/Bot -- digest  <file|folder|url> [--bullets N] [--json]
          dotnet run --project src/Bot -- summary <file|url> [--section <number|name>] [--json]
          dotnet run --project src/Bot -- figures <file|url> [--section <number|name>] [--json]

        Options:
          --bullets N          bullets for the whole article, 1-10 (default: Digest:Bullets)
          --section S          a section: its number (1 = first heading after the lead), its name or a word of it
          --json               one JSON object per article per line (fields: docs/digest-format.md)
          --Key:Sub value      a configuration override, e.g. --Ingestion:TimeoutSeconds 5
          -h, --help           this text

        A folder (digest only) gives every .txt, .md, .markdown, .html, .htm and .xhtml file in it, by name.
        Exit codes: 0 ok, 2 bad input or usage, 1 unexpected failure.

        """;

    public const string Hint = "Run with --help for usage.";
}
