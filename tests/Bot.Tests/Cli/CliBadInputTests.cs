using Bot.Emulators.Web;

namespace Bot.Tests.Cli;

/// <summary>Bad input to the built bot: exit code 2, one line on stderr naming the input, nothing on stdout, no stack trace.</summary>
public sealed class CliBadInputTests : IDisposable
{
    private const string Example = "seeds/deepseek-r1-training-cost.txt";

    private readonly string folder = Directory.CreateTempSubdirectory("cli-bad-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Digest_EmptyFile_Exits2()
    {
        var path = Write("empty.txt", []);

        await AssertBadInput(["digest", path], $"{path}: empty file");
    }

    [Fact]
    public async Task Digest_BinaryFile_Exits2()
    {
        var path = Write("photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        await AssertBadInput(["digest", path], $"{path}: binary file, not text");
    }

    [Fact]
    public async Task Digest_NonUtf8File_Exits2()
    {
        var path = Write("latin1.txt", [.. "Caf"u8, 0xE9, .. " prices soar\n\nThe price of a caf"u8, 0xE9, .. " rose 20% in 2024."u8]);

        var run = await AssertBadInput(["digest", path], $"{path}: ");

        Assert.Contains("UTF-8", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_FiftyMegabyteFile_Exits2WithoutReadingIt()
    {
        var path = Path.Combine(folder, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024); // sparse: 50 MB long, nothing written
        }

        await AssertBadInput(["digest", path], $"{path}: too large (52,428,800 bytes; the limit is 5,242,880)");
    }

    [Fact]
    public async Task Digest_HtmlWithoutAnArticle_Exits2()
    {
        var path = Write("nav-only.html", """
            <!doctype html><html><head><title>Home</title></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <footer>© 2025 Daily Paper · Privacy · Cookies</footer></body></html>
            """u8.ToArray());

        await AssertBadInput(["digest", path], $"{path}: ");
    }

    [Fact]
    public async Task Digest_UnreachableUrl_Exits2()
    {
        var url = $"http://127.0.0.1:{LoopbackWebSite.ClosedPort()}/story";

        await AssertBadInput(
            ["digest", url],
            $"{url}: unreachable (connection refused)",
            new Dictionary<string, string> { ["Ingestion__AllowPrivateAddresses"] = "true" });
    }

    [Fact]
    public async Task Digest_LoopbackUrlByDefault_RefusedAndExits2()
    {
        var url = $"http://127.0.0.1:{LoopbackWebSite.ClosedPort()}/story";

        await AssertBadInput(["digest", url], $"{url}: refused: 127.0.0.1 is a loopback address");
    }

    [Fact]
    public async Task Figures_UnknownSection_ListsTheSectionsAndExits2()
    {
        var run = await BotProcess.RunAsync(["figures", Example, "--section", "zebra"]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Out);
        Assert.Equal(
            [
                $"error: {Example}: no section \"zebra\"; the sections are:",
                "1. A fraction of the cost, but not without questions",
                "2. A model built on ‘distilled’ foundations?",
                "3. Competitive disruption or hype?",
            ],
            run.ErrorLines);
    }

    [Theory]
    [InlineData(new[] { "digest" }, "digest needs a file, folder or URL")]
    [InlineData(new[] { "digest", Example, "--bogus" }, "digest has no --bogus option")]
    [InlineData(new[] { "figures", Example, "--bullets", "3" }, "figures has no --bullets option (digest has)")]
    [InlineData(new[] { "digest", Example, "--bullets", "many" }, "--bullets takes a number from 1 to 10, got \"many\"")]
    [InlineData(new[] { "summary", "seeds" }, "seeds: is a folder; summary reads one file or URL (digest reads folders)")]
    [InlineData(new[] { "digest", "seeds/no-such-article.txt" }, "seeds/no-such-article.txt: no such file or folder")]
    public async Task AnyCommand_BadUsage_Exits2(string[] args, string error)
    {
        await AssertBadInput(args, error);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Exit 2, nothing on stdout, stderr starting with "error: " + <paramref name="error"/>, no stack trace.</summary>
    private static async Task<BotRun> AssertBadInput(string[] args, string error, IReadOnlyDictionary<string, string>? environment = null)
    {
        var run = await BotProcess.RunAsync(args, environment);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Out);
        Assert.StartsWith($"error: {error}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.InRange(run.ErrorLines.Count, 1, 2);
        return run;
    }
}
