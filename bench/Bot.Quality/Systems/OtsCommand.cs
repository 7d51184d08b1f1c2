using System.ComponentModel;
using System.Diagnostics;
using Bot.Quality.Data;
using Bot.Quality.Evaluation;

namespace Bot.Quality.Systems;

/// <summary>
/// The Open Text Summarizer (Debian package <c>ots</c>, `apt-get install -y ots`) run as a process per article:
/// <c>ots -r &lt;percent&gt; file</c>. The percent is chosen so its output reaches the word budget (starting from
/// budget ÷ article words and raising it in steps of 5 when short); the harness then cuts it like every system.
/// Its echo of the title line is dropped. <see cref="Available"/> is false when the command cannot be started.
/// </summary>
public sealed class OtsCommand : ISummarySystem, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ots-input-").FullName;
    private int counter;

    public string Name => "ots";

    public static bool Available()
    {
        try
        {
            var (code, _) = Run("--version", null);
            return code == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    public IReadOnlyList<string> Summarize(EvalArticle article, int wordBudget)
    {
        ArgumentNullException.ThrowIfNull(article);
        var path = Path.Combine(folder, $"a{Interlocked.Increment(ref counter)}.txt");
        File.WriteAllText(path, article.ToPlainText());
        try
        {
            var totalWords = WordBudget.Count(article.ToPlainText());
            var titleWords = WordBudget.Count(article.Title);
            var percent = Math.Clamp((int)Math.Ceiling(100.0 * (wordBudget + titleWords) / Math.Max(totalWords, 1)), 1, 100);
            IReadOnlyList<string> units = [];
            for (var attempt = 0; attempt < 5; attempt++)
            {
                var (_, output) = Run($"-r {percent}", path);
                units = OtsOutput.Units(output, article.Title);
                if (units.Sum(WordBudget.Count) >= wordBudget || percent >= 100)
                {
                    break;
                }

                percent = Math.Min(100, percent + 5);
            }

            return units;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>One `ots` process on a file, output discarded: what the whole-process speed run times.</summary>
    public static void RunOnce(string path, int percent) => Run($"-r {percent}", path);

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static (int ExitCode, string Output) Run(string arguments, string? path)
    {
        var info = new ProcessStartInfo("ots")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments.Split(' '))
        {
            info.ArgumentList.Add(a);
        }

        if (path is not null)
        {
            info.ArgumentList.Add(path);
        }

        using var process = Process.Start(info) ?? throw new Win32Exception("ots did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = stderr.Result;
        return (process.ExitCode, output);
    }
}
