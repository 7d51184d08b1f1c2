using System.Text.Json;
using Bot.Emulators.Web;

namespace Bot.Tests.Cli;

/// <summary>
/// The built bot on the user's example article (seeds/deepseek-r1-training-cost.txt), run as a process from the
/// repository root. These are the "Must show" checks: key figures, sections, --section, no furniture, JSON.
/// </summary>
public sealed class CliEndToEndTests
{
    private const string Example = "seeds/deepseek-r1-training-cost.txt";
    private const string Title = "DeepSeek Trains R1 AI Model for $294K, Stirring Global Debate";

    private static readonly string[] SectionTitles =
    [
        "A fraction of the cost, but not without questions",
        "A model built on ‘distilled’ foundations?",
        "Competitive disruption or hype?",
    ];

    private static readonly string[] Furniture = ["Latest articles", "Related articles"];

    [Fact]
    public async Task Digest_TextWithoutHeadline_TitledByItsTldrWhichIsSaidOnce()
    {
        var folder = Directory.CreateTempSubdirectory("bot-cli-untitled-").FullName;
        try
        {
            var lead = "The harbour authority said that the old ferry terminal will close for repairs next spring.";
            var file = Path.Combine(folder, "untitled.txt");
            await File.WriteAllTextAsync(file, string.Join("\n\n",
                lead,
                "Ferries will dock at the cargo pier during the works, which are expected to last about six months.",
                "The terminal opened in 1962 and has not been fully repaired since a storm damaged its roof in 2019.",
                "Passenger numbers have grown every year since the pandemic, the authority said in its annual report."));

            var run = await BotProcess.RunAsync(["digest", file]);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.StartsWith($"# {lead}\n", run.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("TL;DR", run.Out, StringComparison.Ordinal);
            Assert.Single(run.Out.Split(lead, StringSplitOptions.None).Skip(1));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Digest_UserExample_KeyFiguresNameCostChipsHoursGpt4AndLaunch()
    {
        var run = await BotProcess.RunAsync(["digest", Example]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith($"# {Title}\n", run.Out, StringComparison.Ordinal);
        var figures = After(run.Out, "## Key figures");
        Assert.Contains("294,000 USD", figures, StringComparison.Ordinal);
        Assert.Contains("512", figures, StringComparison.Ordinal);
        Assert.Contains("H800", figures, StringComparison.Ordinal);
        Assert.Contains("80 hours", figures, StringComparison.Ordinal);
        Assert.Contains("**well over $100 million**", figures, StringComparison.Ordinal);
        Assert.Contains("qualifier \"well over\"", figures, StringComparison.Ordinal);
        Assert.Contains("January 2025", figures, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_UserExampleJson_FiguresCarryValuesUnitsKindsAndQualifiers()
    {
        var run = await BotProcess.RunAsync(["digest", Example, "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(Assert.Single(run.OutLines));
        var figures = json.RootElement.GetProperty("figures").EnumerateArray().ToList();
        AssertKeyFigures(figures);
    }

    [Fact]
    public async Task Figures_UserExample_NameTheSameKeyFigures()
    {
        var markdown = await BotProcess.RunAsync(["figures", Example]);
        var json = await BotProcess.RunAsync(["figures", Example, "--json"]);

        Assert.True(markdown.ExitCode == 0, markdown.ToString());
        foreach (var expected in new[] { "294,000 USD", "512", "H800", "80 hours", "**well over $100 million**", "January 2025" })
        {
            Assert.Contains(expected, markdown.Out, StringComparison.Ordinal);
        }

        using var document = JsonDocument.Parse(Assert.Single(json.OutLines));
        AssertKeyFigures(document.RootElement.GetProperty("figures").EnumerateArray().ToList());
    }

    [Theory]
    [InlineData("distilled")]
    [InlineData("distiled")]
    [InlineData("2")]
    [InlineData("A model built on")]
    public async Task FiguresSection_Distilled_OnlyThatSectionsFigures(string query)
    {
        var run = await BotProcess.RunAsync(["figures", Example, "--section", query, "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(Assert.Single(run.OutLines));
        var section = Assert.Single(json.RootElement.GetProperty("sections").EnumerateArray());
        Assert.Equal(2, section.GetProperty("index").GetInt32());
        Assert.Equal(SectionTitles[1], section.GetProperty("title").GetString());
        var figures = json.RootElement.GetProperty("figures").EnumerateArray().ToList();
        Assert.All(figures, f => Assert.Equal(2, f.GetProperty("section").GetInt32()));
        Assert.All(figures, f => Assert.DoesNotContain(f.GetProperty("value").GetDecimal(), new[] { 294000m, 512m, 80m, 100000000m }));
    }

    [Fact]
    public async Task FiguresSection_Markdown_HeadedByTheSection()
    {
        var run = await BotProcess.RunAsync(["figures", Example, "--section", "distilled"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"## Key figures: 2. {SectionTitles[1]}", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("294,000", run.Out.Replace(Title, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_UserExample_TldrBulletsAndTheThreeSections()
    {
        var run = await BotProcess.RunAsync(["summary", Example]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("**TL;DR:** ", run.Out, StringComparison.Ordinal);
        for (var i = 0; i < SectionTitles.Length; i++)
        {
            Assert.Contains($"### {i + 1}. {SectionTitles[i]}\n- ", run.Out, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("## Key figures", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarySection_Misspelt_FindsTheSection()
    {
        var run = await BotProcess.RunAsync(["summary", Example, "--section", "distiled"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"## 2. {SectionTitles[1]}\n\n- ", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("digest")]
    [InlineData("summary")]
    [InlineData("figures")]
    public async Task AnyCommand_UserExample_NoPageFurnitureAnywhere(string verb)
    {
        var markdown = await BotProcess.RunAsync([verb, Example]);
        var json = await BotProcess.RunAsync([verb, Example, "--json"]);

        Assert.True(markdown.ExitCode == 0, markdown.ToString());
        Assert.True(json.ExitCode == 0, json.ToString());
        foreach (var furniture in Furniture)
        {
            Assert.DoesNotContain(furniture, markdown.Out, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(furniture, json.Out, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task DigestJson_UserExample_EveryDocumentedFieldWithItsType()
    {
        var run = await BotProcess.RunAsync(["digest", Example, "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(Assert.Single(run.OutLines));
        var root = json.RootElement;
        Assert.Equal(
            ["source", "url", "title", "byline", "published", "words", "completeness", "method", "tldr", "bullets", "sections", "figures"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Example, root.GetProperty("source").GetString());
        Assert.Equal(Title, root.GetProperty("title").GetString());
        Assert.InRange(root.GetProperty("words").GetInt32(), 380, 480);
        Assert.Equal("full_text", root.GetProperty("completeness").GetString());
        Assert.Equal("extractive", root.GetProperty("method").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("tldr").GetString()));
        Assert.InRange(root.GetProperty("bullets").GetArrayLength(), 3, 6);
        var sections = root.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(SectionTitles, sections.Select(s => s.GetProperty("title").GetString()));
        Assert.Equal([1, 2, 3], sections.Select(s => s.GetProperty("index").GetInt32()));
        Assert.All(sections, s => Assert.InRange(s.GetProperty("bullets").GetArrayLength(), 1, 3));
        var figures = root.GetProperty("figures").EnumerateArray().ToList();
        Assert.NotEmpty(figures);
        Assert.All(figures, f =>
        {
            Assert.Equal(
                ["text", "value", "upperValue", "unit", "kind", "qualifier", "subject", "sentence", "section"],
                f.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.Number, f.GetProperty("value").ValueKind);
            Assert.DoesNotContain("E", f.GetProperty("value").GetRawText(), StringComparison.OrdinalIgnoreCase);
            Assert.Equal(f.GetProperty("kind").GetString()!.ToLowerInvariant(), f.GetProperty("kind").GetString());
            Assert.Contains(f.GetProperty("text").GetString()!, f.GetProperty("sentence").GetString()!, StringComparison.Ordinal);
            Assert.InRange(f.GetProperty("section").GetInt32(), 0, 3);
        });
    }

    [Fact]
    public async Task DigestBullets_Five_FiveBullets()
    {
        var run = await BotProcess.RunAsync(["digest", Example, "--bullets", "5", "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(Assert.Single(run.OutLines));
        Assert.Equal(5, json.RootElement.GetProperty("bullets").GetArrayLength());
    }

    [Fact]
    public async Task Digest_SameInputTwice_SameOutputAndQuietStderr()
    {
        var first = await BotProcess.RunAsync(["digest", Example, "--json"]);
        var second = await BotProcess.RunAsync(["digest", Example, "--json"]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        Assert.Equal("", first.Error);
    }

    [Fact]
    public async Task Digest_SeedsFolder_OneJsonLinePerArticleFileInNameOrder()
    {
        var expected = Directory.EnumerateFiles(Path.Combine(BotProcess.RepositoryRoot, "seeds"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.StartsWith('.') && new[] { ".txt", ".md", ".markdown", ".html", ".htm", ".xhtml" }.Contains(Path.GetExtension(n).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .Select(n => Path.Join("seeds", n))
            .ToList();

        var run = await BotProcess.RunAsync(["digest", "seeds", "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(expected, run.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Digest_UrlOnLoopbackWithPrivateAllowed_DigestsThePage()
    {
        await using var site = await LoopbackWebSite.StartAsync();
        var url = site.Page("/deepseek", await File.ReadAllTextAsync(Path.Combine(BotProcess.RepositoryRoot, Example)), "text/plain; charset=utf-8");

        var run = await BotProcess.RunAsync(["digest", url.AbsoluteUri, "--json"], new Dictionary<string, string> { ["Ingestion__AllowPrivateAddresses"] = "true" });

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(Assert.Single(run.OutLines));
        Assert.Equal(url.AbsoluteUri, json.RootElement.GetProperty("source").GetString());
        Assert.Equal(Title, json.RootElement.GetProperty("title").GetString());
    }

    private static void AssertKeyFigures(List<JsonElement> figures)
    {
        Assert.Contains(figures, f => Is(f, "money", 294000m, "USD"));
        Assert.Contains(figures, f => Is(f, "count", 512m, null) && Text(f).Contains("512", StringComparison.Ordinal) && Text(f).Contains("chips", StringComparison.Ordinal));
        Assert.Contains(figures, f => Is(f, "duration", 80m, "hour") && Text(f).Contains("80 hours", StringComparison.Ordinal));
        var gpt4 = Assert.Single(figures, f => Is(f, "money", 100000000m, "USD"));
        Assert.Equal("well over", gpt4.GetProperty("qualifier").GetString());
        Assert.Contains("well over $100 million", Text(gpt4), StringComparison.Ordinal);
        Assert.Contains("GPT-4", gpt4.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Contains(figures, f => f.GetProperty("kind").GetString() == "date" && Text(f).Contains("January 2025", StringComparison.Ordinal));
    }

    private static bool Is(JsonElement figure, string kind, decimal value, string? unit) =>
        figure.GetProperty("kind").GetString() == kind
        && figure.GetProperty("value").GetDecimal() == value
        && (unit is null || figure.GetProperty("unit").GetString() == unit);

    private static string Text(JsonElement figure) => figure.GetProperty("text").GetString()!;

    private static string After(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{marker}\" not found in:\n{text}");
        return text[at..];
    }
}
