using Bot.Chat.Messages;
using Bot.Chat.Commands;

namespace Bot.Chat.Tests.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("/summary distilled", "summary", "section=distilled")]
    [InlineData("/figures 2", "figures", "section=2")]
    [InlineData("/summary 2 article:3", "summary", "article=3;section=2")]
    [InlineData("/summary cost deepseek", "summary", "section=cost deepseek")]
    [InlineData("/summary a model built", "summary", "section=a model built")]
    [InlineData("/summary section:cost article:\"deepseek r1\"", "summary", "article=deepseek r1;section=cost")]
    [InlineData("/summary article:deepseek r1 section:2", "summary", "article=deepseek r1;section=2")]
    [InlineData("/summary section:2 deepseek", "summary", "section=2 deepseek")]
    [InlineData("/summary deepseek section:2", "summary", "article=deepseek;section=2")]
    [InlineData("/sections 3", "sections", "article=3")]
    [InlineData("/subscribe https://example.com/feed.xml daily 08:00 Europe/Berlin", "subscribe", "feed=https://example.com/feed.xml;schedule=daily 08:00 Europe/Berlin")]
    [InlineData("/subscribe https://example.com/feed.xml", "subscribe", "feed=https://example.com/feed.xml")]
    [InlineData("/unsubscribe https://example.com/feed.xml extra", "unsubscribe", "feed=https://example.com/feed.xml")]
    [InlineData("/digest Title: a story\u2014with colons: 12:00", "digest", "source=Title: a story\u2014with colons: 12:00")]
    [InlineData("/help me please", "help", "")]
    [InlineData("summary distilled", "summary", "section=distilled")]
    [InlineData("/SUMMARY Distilled", "summary", "section=Distilled")]
    public void Parse_FreeText_FillsOptionsByTheDocumentedGrammar(string line, string name, string expected)
    {
        var parsed = CommandParser.Parse(CommandLine.Parse(line)!);

        Assert.True(parsed.Found, parsed.Problem is null ? null : PlainTextRenderer.Render(parsed.Problem));
        Assert.Equal(name, parsed.Value!.Spec.Name);
        Assert.Equal(expected, string.Join(';', parsed.Value.Options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}={o.Value}")));
    }

    [Fact]
    public void Parse_StructuredOptions_TakenAsTheyAre()
    {
        var invocation = new CommandInvocation("summary", new Dictionary<string, string> { ["section"] = " distilled ", ["article"] = "2", ["bogus"] = "x" }, string.Empty);

        var parsed = CommandParser.Parse(invocation);

        Assert.Equal("distilled", parsed.Value!.Options["section"]);
        Assert.Equal("2", parsed.Value.Options["article"]);
        Assert.False(parsed.Value.Options.ContainsKey("bogus"));
    }

    [Theory]
    [InlineData("/subscribe", "needs a feed")]
    [InlineData("/digest", "needs a source")]
    [InlineData("/unsubscribe   ", "needs a feed")]
    public void Parse_MissingRequiredOption_AnswersWithUsage(string line, string problem)
    {
        var parsed = CommandParser.Parse(CommandLine.Parse(line)!);

        Assert.False(parsed.Found);
        var text = PlainTextRenderer.Render(parsed.Problem!);
        Assert.Contains(problem, text, StringComparison.Ordinal);
        Assert.Contains("Usage: /", text, StringComparison.Ordinal);
        Assert.True(parsed.Problem!.Ephemeral);
    }

    [Fact]
    public void Parse_UnknownCommand_ListsTheCommands()
    {
        var parsed = CommandParser.Parse(CommandLine.Parse("/weather tomorrow")!);

        var text = PlainTextRenderer.Render(parsed.Problem!);
        Assert.Contains("Unknown command /weather", text, StringComparison.Ordinal);
        Assert.Contains("/digest-now", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverlongOption_IsRefused()
    {
        var parsed = CommandParser.Parse(CommandInvocation.FromText("summary", new string('x', CommandParser.MaxOptionLength + 1)));

        Assert.False(parsed.Found);
        Assert.Contains("too long", PlainTextRenderer.Render(parsed.Problem!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("# a comment", null)]
    [InlineData("/figures 2", "figures|2")]
    [InlineData("  /digest-now  ", "digest-now|")]
    public void CommandLine_Parse_SplitsNameAndText(string line, string? expected)
    {
        var invocation = CommandLine.Parse(line);

        Assert.Equal(expected, invocation is null ? null : $"{invocation.Name}|{invocation.Text}");
    }
}
