namespace Bot.Quality;

/// <summary>
/// Finds the development data (BBC News Summary, Recognizers-Text specs) that lives OUTSIDE the repository
/// (third-party text, never copied in). Looked up in order: the BOT_EVAL_DIR environment variable, a
/// <c>shared/eval</c> folder beside the repository or any parent of the current directory, then /work/shared/eval.
/// Returns null when absent so tests can skip with a reason and the harness can say what to pass.
/// </summary>
public static class EvalData
{
    public static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("BOT_EVAL_DIR");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
        {
            return fromEnv;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "eval");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return Directory.Exists("/work/shared/eval") ? "/work/shared/eval" : null;
    }

    /// <summary>A file under the eval folder, or null when the folder or the file is absent.</summary>
    public static string? File(params string[] relative)
    {
        var root = Locate();
        if (root is null)
        {
            return null;
        }

        var path = Path.Combine([root, .. relative]);
        return System.IO.File.Exists(path) ? path : null;
    }
}
