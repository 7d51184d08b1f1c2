using Bot.Cli;

namespace Bot.Tests.Cli;

public sealed class CliArgumentsTests
{
    [Fact]
    public void Parse_DigestWithEveryOption_ReadsThem()
    {
        var result = CliArguments.Parse(["digest", "seeds/x.txt", "--bullets", "5", "--json"]);

        Assert.Equal(new CliRequest(CliVerb.Digest, "seeds/x.txt", Bullets: 5, Json: true), result.Value);
    }

    [Fact]
    public void Parse_OptionsBeforeTheInputAndWithEquals_ReadsThem()
    {
        var result = CliArguments.Parse(["SUMMARY", "--section=distilled", "--json", "https://example.com/a"]);

        Assert.Equal(new CliRequest(CliVerb.Summary, "https://example.com/a", Section: "distilled", Json: true), result.Value);
    }

    [Fact]
    public void Parse_SectionWithSpaces_KeptWhole()
    {
        var result = CliArguments.Parse(["figures", "a.txt", "--section", "A model built on"]);

        Assert.Equal("A model built on", result.Value!.Section);
    }

    [Fact]
    public void Parse_ConfigurationOverride_SkippedWithItsValue()
    {
        var result = CliArguments.Parse(["digest", "--Ingestion:TimeoutSeconds", "5", "a.txt", "--Summarizer:Provider=openai"]);

        Assert.Equal(new CliRequest(CliVerb.Digest, "a.txt"), result.Value);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Parse_Help_AsksForUsage(string flag)
    {
        Assert.True(CliArguments.Parse(["digest", flag]).Value!.Help);
    }

    [Theory]
    [InlineData(new[] { "digest" }, "digest needs a file, folder or URL")]
    [InlineData(new[] { "summary" }, "summary needs a file or URL")]
    [InlineData(new[] { "digest", "a.txt", "b.txt" }, "digest takes one input, got \"a.txt\" and \"b.txt\"")]
    [InlineData(new[] { "digest", "a.txt", "--bogus" }, "digest has no --bogus option")]
    [InlineData(new[] { "digest", "a.txt", "-x" }, "digest has no -x option")]
    [InlineData(new[] { "summary", "a.txt", "--bullets", "3" }, "summary has no --bullets option (digest has)")]
    [InlineData(new[] { "digest", "a.txt", "--section", "2" }, "digest has no --section option (summary and figures have)")]
    [InlineData(new[] { "digest", "a.txt", "--bullets", "0" }, "--bullets takes a number from 1 to 10, got \"0\"")]
    [InlineData(new[] { "digest", "a.txt", "--bullets", "11" }, "--bullets takes a number from 1 to 10, got \"11\"")]
    [InlineData(new[] { "digest", "a.txt", "--bullets", "three" }, "--bullets takes a number from 1 to 10, got \"three\"")]
    [InlineData(new[] { "digest", "a.txt", "--bullets" }, "--bullets takes a number from 1 to 10, got \"\"")]
    [InlineData(new[] { "figures", "a.txt", "--section" }, "--section needs a section number or name")]
    [InlineData(new[] { "figures", "a.txt", "--section", " " }, "--section needs a section number or name")]
    [InlineData(new[] { "digest", "a.txt", "--json=yes" }, "digest has no --json option")]
    [InlineData(new[] { "publish", "a.txt" }, "expected digest, summary or figures, got \"publish\"")]
    public void Parse_BadUsage_OneLineReason(string[] args, string error)
    {
        Assert.Equal(error, CliArguments.Parse(args).Error);
    }

    [Theory]
    [InlineData("digest", true)]
    [InlineData("Figures", true)]
    [InlineData("summary", true)]
    [InlineData("run", false)]
    [InlineData("--digest", false)]
    public void IsCliInvocation_FirstArgument_DecidesTheMode(string first, bool expected)
    {
        Assert.Equal(expected, CliCommand.IsCliInvocation([first, "x"]));
    }

    [Fact]
    public void IsCliInvocation_NoArguments_IsTheBot()
    {
        Assert.False(CliCommand.IsCliInvocation([]));
    }
}
