using Microsoft.Data.Sqlite;

namespace Bot.Tests.EndToEnd;

/// <summary>
/// The user's example through the built bot with piped input, as the README's terminal tour runs it.
/// </summary>
public sealed class TerminalTourTests : IClassFixture<TerminalTourTests.Tour>
{
    private readonly Tour tour;

    public TerminalTourTests(Tour tour) => this.tour = tour;

    [Fact]
    public void Bot_PipedInput_PrintsTheNewestSeedDigestAnswersEveryLineAndExitsZero()
    {
        var run = tour.Run;

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}; stderr:\n{run.Errors}");
        Assert.StartsWith("DeepSeek Trains R1 AI Model for $294K, Stirring Global Debate\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("summarised from ", run.Output, StringComparison.Ordinal);
        foreach (var command in Tour.Commands)
        {
            Assert.NotEmpty(run.ReplyTo(command).Trim());
        }

        Assert.Contains("Database ready", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("info:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_ListsTheThreeSections()
    {
        var reply = tour.Run.ReplyTo("/sections");

        Assert.Contains("3 sections", reply, StringComparison.Ordinal);
        Assert.Contains("1. A fraction of the cost, but not without questions", reply, StringComparison.Ordinal);
        Assert.Contains("2. A model built on ‘distilled’ foundations?", reply, StringComparison.Ordinal);
        Assert.Contains("3. Competitive disruption or hype?", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void SummaryDistilled_AnswersFromSection2()
    {
        var reply = tour.Run.ReplyTo("/summary distilled");

        Assert.Contains("Section 2 of 3: A model built on ‘distilled’ foundations?", reply, StringComparison.Ordinal);
        Assert.Contains("OpenAI", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Nvidia", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_ListsTheTrainingCostWithItsSentence()
    {
        var reply = tour.Run.ReplyTo("/figures");

        Assert.Contains("$294,000", reply, StringComparison.Ordinal);
        Assert.Contains("qualifier: just", reply, StringComparison.Ordinal);
        Assert.Contains("> “In a rare disclosure, Chinese AI company DeepSeek has revealed that it trained its flagship R1 reasoning model for just $294,000", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSection_IsNeverAnsweredWithAGuess()
    {
        var reply = tour.Run.ReplyTo("/summary quantum");

        Assert.Contains("“quantum”", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(" of 3:", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("TL;DR", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSection_AnswersWithTheSectionList()
    {
        var reply = tour.Run.ReplyTo("/summary quantum");

        Assert.Contains("No section of “DeepSeek Trains R1 AI Model for $294K, Stirring Global Debate” matches “quantum”. 3 sections:", reply, StringComparison.Ordinal);
        Assert.Contains("2. A model built on ‘distilled’ foundations?", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsEveryCommand()
    {
        var reply = tour.Run.ReplyTo("/help");

        Assert.Contains("/digest-now", reply, StringComparison.Ordinal);
        Assert.Contains("e.g. /summary distilled", reply, StringComparison.Ordinal);
    }

    /// <summary>One run of the built bot shared by the tests above.</summary>
    public sealed class Tour : IAsyncLifetime
    {
        public static readonly string[] Commands = ["/sections", "/summary distilled", "/figures", "/summary quantum", "/help"];

        private readonly string folder = Directory.CreateTempSubdirectory("bot-e2e-").FullName;

        public BotRun Run { get; private set; } = new(-1, string.Empty, string.Empty);

        public async Task InitializeAsync()
        {
            Run = await BuiltBot.RunAsync(string.Join('\n', Commands) + "\n", new Dictionary<string, string>
            {
                ["Storage__Path"] = Path.Combine(folder, "bot.db"),
                ["Terminal__SeedsPath"] = BuiltBot.SeedsFolder,
            });
        }

        public Task DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        }
    }
}
