using System.Text.RegularExpressions;

namespace Bot.Tests.EndToEnd;

/// <summary>
/// The README's terminal tour is copy-pasteable: its piped command, run through the built bot on a fresh database,
/// prints exactly the transcript the README shows. When the digest changes on purpose, paste the new output there.
/// </summary>
public sealed partial class ReadmeTourTests
{
    [Fact]
    public async Task ReadmeTour_PipedCommands_PrintExactlyTheTranscriptShown()
    {
        var section = TerminalSection(await File.ReadAllTextAsync(Path.Combine(BuiltBot.RepositoryRoot, "README.md")));
        var printf = PrintfLine().Match(section);
        Assert.True(printf.Success, "the README's terminal tour has no `printf '…' | dotnet run --project src/Bot` line");
        var input = printf.Groups["input"].Value.Replace("\\n", "\n", StringComparison.Ordinal);
        var transcript = TextBlock().Match(section);
        Assert.True(transcript.Success, "the README's terminal tour has no ```text transcript");
        var run = await BuiltBot.RunOnFreshDatabaseAsync(input);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}; stderr:\n{run.Errors}");
        Assert.Equal(Normalize(transcript.Groups["text"].Value), Normalize(run.Output));
    }

    private static string TerminalSection(string readme)
    {
        var start = readme.IndexOf("<!-- section:terminal -->", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- /section:terminal -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md lost its terminal section markers");
        return readme[start..end];
    }

    private static string Normalize(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).Trim();

    [GeneratedRegex(@"printf '(?<input>[^']*)'")]
    private static partial Regex PrintfLine();

    [GeneratedRegex(@"```text\n(?<text>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex TextBlock();
}
