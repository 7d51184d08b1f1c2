using System.Diagnostics;

namespace Bot.Tests.Cli;

/// <summary>
/// Runs the BUILT bot (Bot.dll, copied beside the test assembly by the project reference) as a separate process from
/// the repository root, the way a user runs it, with storage in a temp folder and the extractive summarizer.
/// </summary>
internal static class BotProcess
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static async Task<BotRun> RunAsync(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var storage = Directory.CreateTempSubdirectory("cli-e2e-");
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = RepositoryRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
                StandardErrorEncoding = System.Text.Encoding.UTF8,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bot.dll"));
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["Storage__Path"] = Path.Combine(storage.FullName, "bot.db");
            start.Environment["Summarizer__Provider"] = "extractive";
            start.Environment["DOTNET_ENVIRONMENT"] = "Production";
            foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            {
                start.Environment[key] = value;
            }

            using var process = Process.Start(start)!;
            using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // a hung CLI fails the test, not the run
            var stdout = process.StandardOutput.ReadToEndAsync(guard.Token);
            var stderr = process.StandardError.ReadToEndAsync(guard.Token);
            try
            {
                await process.WaitForExitAsync(guard.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"bot {string.Join(' ', args)} did not exit within 2 minutes");
            }

            return new BotRun(process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            storage.Delete(recursive: true);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>What one run printed and returned.</summary>
internal sealed record BotRun(int ExitCode, string Out, string Error)
{
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<string> OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
