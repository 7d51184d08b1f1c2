using System.Text;
using Bot.Digest.Summarize;

namespace Bot.Digest.Tests.Golden;

/// <summary>
/// Golden files for digest output: the expected Markdown lives in tests/Bot.Digest.Tests/Golden/*.md, checked by hand
/// before it was committed, so a diff shows what a change did. To accept a deliberate change, run the tests with
/// BOT_UPDATE_GOLDEN=1, read the diff (git diff tests/Bot.Digest.Tests/Golden), and check it by hand again.
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(Folder(), name);
        if (Environment.GetEnvironmentVariable("BOT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing (run with BOT_UPDATE_GOLDEN=1 to create it, then check it by hand)");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            var actualPath = Path.Combine(Path.GetTempPath(), name + ".actual");
            File.WriteAllText(actualPath, actual);
            Assert.Fail($"{name} differs from its golden file; actual output written to {actualPath}\n--- expected\n{expected}\n--- actual\n{actual}");
        }
    }

    public static string Render(string title, SummaryDraft draft)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(title).Append("\n\n");
        sb.Append("TL;DR: ").Append(draft.Tldr).Append("\n\n");
        foreach (var b in draft.Bullets)
        {
            sb.Append("- ").Append(b).Append('\n');
        }

        foreach (var s in draft.Sections)
        {
            sb.Append("\n## ").Append(s.Index).Append(". ").Append(s.Title).Append("\n\n");
            foreach (var b in s.Bullets)
            {
                sb.Append("- ").Append(b).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>The whole digest as the engine returns it: the summary, then every key figure with its fields.</summary>
    public static string Render(NewsDigest digest)
    {
        var sb = new StringBuilder(Render(digest.Title, new SummaryDraft(digest.Tldr, digest.Bullets, digest.Sections)));
        sb.Append("\n## Key figures\n\n");
        foreach (var f in digest.Figures)
        {
            sb.Append("- ").Append(f.Text)
                .Append(" | ").Append(f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(' ').Append(f.Unit)
                .Append(" | ").Append(f.Kind)
                .Append(" | qualifier: ").Append(f.Qualifier ?? "-")
                .Append(" | subject: ").Append(f.Subject ?? "-")
                .Append(" | section ").Append(f.Section).Append('\n');
        }

        sb.Append('\n').Append(digest.Provenance.WordCount).Append(" words, ").Append(digest.Provenance.Completeness)
            .Append(", ").Append(digest.Provenance.Method).Append('\n');
        return sb.ToString();
    }

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Bot.Digest.Tests", "Golden");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Bot.Digest.Tests/Golden not found above " + AppContext.BaseDirectory);
    }
}
