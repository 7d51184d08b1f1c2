using System.Diagnostics;
using System.Text;

namespace Bot.Tests.EndToEnd;

/// <summary>
/// Runs the built bot (Bot.dll beside the tests) as a child process from the repository root, with piped standard
/// input, the given environment, and no platform token, exactly as a user would with
/// <c>dotnet run --project src/Bot &lt; commands.txt</c>.
/// </summary>
internal static class BuiltBot
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SeedsFolder => Path.Combine(RepositoryRoot, "seeds");

    public static async Task<BotRun> RunAsync(string input, IReadOnlyDictionary<string, string> environment)
    {
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bot.dll"));
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Discord__Token"] = string.Empty;
        start.Environment["Slack__BotToken"] = string.Empty;
        start.Environment.Remove("Terminal__Enabled");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the bot");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the bot did not exit; stderr: {await stderr}");
        }

        return new BotRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary><see cref="RunAsync"/> over a fresh database in a temp folder, deleted afterwards.</summary>
    public static async Task<BotRun> RunOnFreshDatabaseAsync(string input, IReadOnlyDictionary<string, string>? environment = null)
    {
        var folder = Directory.CreateTempSubdirectory("bot-e2e-").FullName;
        try
        {
            var all = new Dictionary<string, string>(environment ?? new Dictionary<string, string>()) { ["Storage__Path"] = Path.Combine(folder, "bot.db") };
            return await RunAsync(input, all);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
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

        throw new InvalidOperationException("Bot.sln not found above the test folder");
    }
}

public sealed record BotRun(int ExitCode, string Output, string Errors)
{
    /// <summary>The reply printed after the echo of <paramref name="command"/> ("» /sections"), up to the next echo.</summary>
    public string ReplyTo(string command)
    {
        var marker = $"» {command}\n";
        var start = Output.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no reply to {command} in:\n{Output}\nstderr:\n{Errors}");
        start += marker.Length;
        var end = Output.IndexOf("\n» ", start, StringComparison.Ordinal);
        return end < 0 ? Output[start..] : Output[start..(end + 1)];
    }

    public int Count(string text)
    {
        var n = 0;
        for (var i = Output.IndexOf(text, StringComparison.Ordinal); i >= 0; i = Output.IndexOf(text, i + text.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
