using System.Text;
using Bot.Digest;
using Bot.Digest.Ingest;

namespace Bot.Tests.Cli;

/// <summary>The CLI's behaviour with fakes for the summarizer and the fetcher, so it holds whatever the engine says.</summary>
public sealed class CliAppTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cli-app-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Digest_Markdown_ShowsTitleTldrBulletsSectionsFiguresAndFooter()
    {
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("digest", SampleArticles.Url);

        Assert.Equal(0, exit);
        Assert.Equal("", cli.Error);
        Assert.StartsWith("# DeepSeek Trains R1 AI Model for $294K\n", cli.Out, StringComparison.Ordinal);
        Assert.Contains("_A. Reporter · 2025-09-18T09:30:00+00:00_", cli.Out, StringComparison.Ordinal);
        Assert.Contains("**TL;DR:** DeepSeek trained R1 for just $294,000.", cli.Out, StringComparison.Ordinal);
        Assert.Contains("- The disclosure came in Nature.", cli.Out, StringComparison.Ordinal);
        Assert.Contains("### 2. A model built on ‘distilled’ foundations?\n- Training data included OpenAI-generated answers.", cli.Out, StringComparison.Ordinal);
        Assert.Contains(
            "- **$294,000** — training cost of R1 (money: 294,000 USD, qualifier \"just\"; lead)\n  > DeepSeek trained R1 for just $294,000.",
            cli.Out,
            StringComparison.Ordinal);
        Assert.Contains("- **80 hours** (duration: 80 hours; 1. A fraction of the cost, but not without questions)", cli.Out, StringComparison.Ordinal);
        Assert.Contains("(percentage_points: 2.5–3 pp, qualifier \"up to\"; 2. A model built on ‘distilled’ foundations?)", cli.Out, StringComparison.Ordinal);
        Assert.Contains("- **January 2025** — launch (date; 3. Competitive disruption or hype?)", cli.Out, StringComparison.Ordinal);
        Assert.EndsWith($"_{SampleArticles.Url} · 32 words, full text · extractive_\n", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_Json_OneLineWithEveryDocumentedFieldInOrder()
    {
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("digest", SampleArticles.Url, "--json");

        Assert.Equal(0, exit);
        var line = Assert.Single(cli.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = System.Text.Json.JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(
            ["source", "url", "title", "byline", "published", "words", "completeness", "method", "tldr", "bullets", "sections", "figures"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025-09-18T09:30:00+00:00", root.GetProperty("published").GetString());
        Assert.Equal("full_text", root.GetProperty("completeness").GetString());
        Assert.Equal(32, root.GetProperty("words").GetInt32());
        var section = root.GetProperty("sections")[1];
        Assert.Equal(["index", "title", "bullets"], section.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, section.GetProperty("index").GetInt32());
        var figure = root.GetProperty("figures")[0];
        Assert.Equal(
            ["text", "value", "upperValue", "unit", "kind", "qualifier", "subject", "sentence", "section"],
            figure.EnumerateObject().Select(p => p.Name));
        Assert.Equal("money", figure.GetProperty("kind").GetString());
        Assert.Equal("just", figure.GetProperty("qualifier").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, figure.GetProperty("upperValue").ValueKind);
    }

    [Fact]
    public async Task Digest_Json_NumbersPlainAndNonAsciiReadable()
    {
        var cli = new CliAppHarness();

        await cli.RunAsync("digest", SampleArticles.Url, "--json");

        // 294000.00m keeps its scale in a decimal; the JSON must not show it, nor use an exponent.
        Assert.Contains("\"value\":294000,", cli.Out, StringComparison.Ordinal);
        Assert.Contains("\"value\":2.5,\"upperValue\":3,", cli.Out, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"percentage_points\"", cli.Out, StringComparison.Ordinal);
        Assert.Contains("‘distilled’", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_Json_FiguresNullAndSectionBulletsPresent()
    {
        var cli = new CliAppHarness();

        await cli.RunAsync("summary", SampleArticles.Url, "--json");

        using var json = System.Text.Json.JsonDocument.Parse(cli.Out);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.RootElement.GetProperty("figures").ValueKind);
        Assert.Equal(3, json.RootElement.GetProperty("sections").GetArrayLength());
        Assert.Equal("extractive", json.RootElement.GetProperty("method").GetString());
    }

    [Fact]
    public async Task Summary_Section_PrintsOnlyThatSection()
    {
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("summary", SampleArticles.Url, "--section", "2");

        Assert.Equal(0, exit);
        Assert.Contains("## 2. A model built on ‘distilled’ foundations?\n\n- Training data included OpenAI-generated answers.", cli.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("512 Nvidia", cli.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("TL;DR", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figures_NeverAsksTheSummarizer()
    {
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("figures", SampleArticles.Url, "--json");

        Assert.Equal(0, exit);
        Assert.Equal(0, cli.Summarizer.Calls);
        using var json = System.Text.Json.JsonDocument.Parse(cli.Out);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.RootElement.GetProperty("bullets").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.RootElement.GetProperty("tldr").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, json.RootElement.GetProperty("figures").ValueKind);
        Assert.Equal(3, json.RootElement.GetProperty("sections").GetArrayLength());
    }

    [Fact]
    public async Task Figures_Section_JsonNarrowedToThatSection()
    {
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("figures", SampleArticles.Url, "--section", "3", "--json");

        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(cli.Out);
        var section = Assert.Single(json.RootElement.GetProperty("sections").EnumerateArray());
        Assert.Equal("Competitive disruption or hype?", section.GetProperty("title").GetString());
        Assert.All(json.RootElement.GetProperty("figures").EnumerateArray(), f => Assert.Equal(3, f.GetProperty("section").GetInt32()));
    }

    [Fact]
    public async Task Section_Unknown_ListsTheSectionsAndExits2()
    {
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("summary", SampleArticles.Url, "--section", "zebra");

        Assert.Equal(2, exit);
        Assert.Equal("", cli.Out);
        Assert.Equal(
            [
                $"error: {SampleArticles.Url}: no section \"zebra\"; the sections are:",
                "1. A fraction of the cost, but not without questions",
                "2. A model built on ‘distilled’ foundations?",
                "3. Competitive disruption or hype?",
            ],
            cli.ErrorLines);
    }

    [Fact]
    public async Task Section_NumberOutOfRange_ListsTheSections()
    {
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("figures", SampleArticles.Url, "--section", "7");

        Assert.Equal(2, exit);
        Assert.Contains("no section \"7\"", cli.Error, StringComparison.Ordinal);
        Assert.Contains("3. Competitive disruption or hype?", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Section_Ambiguous_ListsTheCandidatesAndExits2()
    {
        var article = new Article(
            "two.txt",
            "Costs",
            [
                new ArticleSection(0, null, ["Lead."]),
                new ArticleSection(1, "Training costs in China", ["One."]),
                new ArticleSection(2, "Training costs in America", ["Two."]),
                new ArticleSection(3, "Outlook", ["Three."]),
            ]);
        var cli = new CliAppHarness(pages: new() { ["https://news.example/two"] = Outcome<Article>.Success(article) });

        var exit = await cli.RunAsync("summary", "https://news.example/two", "--section", "training costs");

        Assert.Equal(2, exit);
        Assert.StartsWith("error: two.txt: section \"training costs\" matches more than one section:", cli.Error, StringComparison.Ordinal);
        Assert.Contains("1. Training costs in China", cli.Error, StringComparison.Ordinal);
        Assert.Contains("2. Training costs in America", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Outlook", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Section_ArticleWithOnlyALead_SaysSo()
    {
        var article = new Article("short.txt", "Short", [new ArticleSection(0, null, ["Just a lead."])]);
        var cli = new CliAppHarness(pages: new() { ["https://news.example/short"] = Outcome<Article>.Success(article) });

        var exit = await cli.RunAsync("figures", "https://news.example/short", "--section", "1");

        Assert.Equal(2, exit);
        Assert.Equal("error: short.txt: has no sections (only a lead), so no section \"1\"", cli.Error.TrimEnd());
    }

    [Fact]
    public async Task Folder_GoodAndBadFiles_PrintsGoodInNameOrderReportsEachBadOneAndExits2()
    {
        File.WriteAllText(Path.Combine(folder, "b-second.txt"), "Second story\n\nIt happened second.");
        File.WriteAllText(Path.Combine(folder, "a-first.md"), "# First story\n\nIt happened first.");
        File.WriteAllText(Path.Combine(folder, "c-empty.txt"), "");
        File.WriteAllBytes(Path.Combine(folder, "d-binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
        File.WriteAllText(Path.Combine(folder, "feeds.opml"), "<opml/>");
        File.WriteAllText(Path.Combine(folder, ".hidden.txt"), "Hidden\n\nNever read.");
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("digest", folder, "--json");

        Assert.Equal(2, exit);
        var sources = cli.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("source").GetString())
            .ToList();
        Assert.Equal([Path.Join(folder, "a-first.md"), Path.Join(folder, "b-second.txt")], sources);
        Assert.Equal(
            [$"error: {Path.Join(folder, "c-empty.txt")}: empty file", $"error: {Path.Join(folder, "d-binary.txt")}: binary file, not text"],
            cli.ErrorLines);
    }

    [Fact]
    public async Task Folder_Markdown_SeparatesArticles()
    {
        File.WriteAllText(Path.Combine(folder, "one.txt"), "Story one\n\nFirst.");
        File.WriteAllText(Path.Combine(folder, "two.txt"), "Story two\n\nSecond.");
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("digest", folder);

        Assert.Equal(0, exit);
        Assert.Equal(2, cli.Out.Split("\n---\n").Length);
    }

    [Fact]
    public async Task Folder_WithoutArticleFiles_Exits2()
    {
        File.WriteAllText(Path.Combine(folder, "feeds.opml"), "<opml/>");
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("digest", folder);

        Assert.Equal(2, exit);
        Assert.StartsWith($"error: {folder}: no article files (.txt, .md, .markdown, .html, .htm, .xhtml) in this folder", cli.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("figures")]
    public async Task Folder_ForSummaryOrFigures_Exits2(string verb)
    {
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync(verb, folder);

        Assert.Equal(2, exit);
        Assert.Equal($"error: {folder}: is a folder; {verb} reads one file or URL (digest reads folders)", cli.Error.TrimEnd());
    }

    [Fact]
    public async Task File_Missing_Exits2NamingIt()
    {
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("digest", "no/such/file.txt");

        Assert.Equal(2, exit);
        Assert.Equal("error: no/such/file.txt: no such file or folder", cli.Error.TrimEnd());
    }

    [Fact]
    public async Task File_OverTheCap_RefusedByItsLength()
    {
        var path = Path.Combine(folder, "big.txt");
        File.WriteAllText(path, new string('a', 1000));
        var cli = new CliAppHarness(maxBytes: 100);

        var exit = await cli.RunAsync("digest", path);

        Assert.Equal(2, exit);
        Assert.Equal($"error: {path}: too large (1,000 bytes; the limit is 100)", cli.Error.TrimEnd());
        Assert.Equal(0, cli.Summarizer.Calls);
    }

    [Fact]
    public async Task File_Utf16_RefusedWithAHint()
    {
        var path = Path.Combine(folder, "utf16.txt");
        File.WriteAllText(path, "Title\n\nBody text.", Encoding.Unicode);
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("digest", path);

        Assert.Equal(2, exit);
        Assert.Equal($"error: {path}: UTF-16 text; save it as UTF-8", cli.Error.TrimEnd());
    }

    [Fact]
    public async Task File_NotUtf8_Exits2NamingIt()
    {
        var path = Path.Combine(folder, "latin1.txt");
        File.WriteAllBytes(path, [.. "Caf"u8, 0xE9, .. " au lait\n\nUn caf"u8, 0xE9, .. " noir."u8]);
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("digest", path);

        Assert.Equal(2, exit);
        Assert.StartsWith($"error: {path}: ", cli.Error, StringComparison.Ordinal);
        Assert.Contains("UTF-8", cli.Error, StringComparison.Ordinal);
        Assert.Single(cli.ErrorLines);
    }

    [Theory]
    [InlineData("ftp://example.com/story.txt")]
    [InlineData("file:///etc/passwd")]
    public async Task Url_NotHttp_Exits2(string url)
    {
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("digest", url);

        Assert.Equal(2, exit);
        Assert.Equal($"error: {url}: only http and https URLs can be read", cli.Error.TrimEnd());
    }

    [Fact]
    public async Task Url_FetchFails_Exits2WithTheFetchersMessage()
    {
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("digest", "https://news.example/gone");

        Assert.Equal(2, exit);
        Assert.Equal("error: https://news.example/gone: HTTP 404 Not Found", cli.Error.TrimEnd());
    }

    [Fact]
    public async Task Summarizer_Throws_Exits1WithOneLineAndNoStackTrace()
    {
        var cli = new CliAppHarness(summarizerFailure: new InvalidOperationException("boom"));

        var exit = await cli.RunAsync("digest", SampleArticles.Url);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"error: {SampleArticles.Url}: unexpected failure (InvalidOperationException); this is a bug, the log has the details",
            Assert.Single(cli.ErrorLines));
    }

    [Fact]
    public async Task Usage_Bad_Exits2WithReasonAndHint()
    {
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("digest");

        Assert.Equal(2, exit);
        Assert.Equal(["error: digest needs a file, folder or URL", "Run with --help for usage."], cli.ErrorLines);
    }

    [Fact]
    public async Task Usage_Help_PrintsUsageAndExits0()
    {
        var cli = new CliAppHarness();

        var exit = await cli.RunAsync("figures", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("dotnet run --project src/Bot -- figures <file|url> [--section <number|name>] [--json]", cli.Out, StringComparison.Ordinal);
    }
}
