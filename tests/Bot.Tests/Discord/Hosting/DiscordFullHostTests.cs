using Bot.Chat;
using Bot.Discord;
using Bot.Emulators.Discord;
using Bot.Hosting;
using Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Discord.Hosting;

/// <summary>
/// The real bot (AddChat + AddStorage + AddDiscord, temp SQLite, real clock) with the user's example article digested
/// in a channel, answering through the emulator.
/// </summary>
public sealed class DiscordFullHostTests(DiscordFullHostTests.Scenario scenario) : IClassFixture<DiscordFullHostTests.Scenario>
{
    private static readonly string SeedPath = Path.Combine(ContentRoot.Find(), "seeds", "deepseek-r1-training-cost.txt");

    [Fact]
    public void RealHost_DigestFiguresSummary_AnsweredInTheChannelWithinTheDeadline()
    {
        Assert.Contains("DeepSeek Trains R1 AI Model for $294K", scenario.Digest.Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(scenario.Figures.Text));
        Assert.Contains("distill", scenario.Summary.Text, StringComparison.OrdinalIgnoreCase);
        foreach (var answer in new[] { scenario.Digest, scenario.Figures, scenario.Summary })
        {
            Assert.True(answer.Interaction.AnsweredAfter < TimeSpan.FromSeconds(3), $"answered after {answer.Interaction.AnsweredAfter}");
            Assert.NotEmpty(answer.Messages);
            Assert.All(answer.Messages, m => Assert.False(m.MentionEveryone));
        }

        Assert.Equal(8, scenario.Autocomplete.CallbackType);
        var callbacks = scenario.Emulator.Requests.Where(r => r.Route == Routes.Callback);
        Assert.Equal(4, callbacks.Count);
        Assert.All(callbacks, c => Assert.Equal(204, c.Status)); // a late (10062) or second (40060) callback would show here
        Assert.All(scenario.Emulator.Requests.Snapshot(), r => Assert.InRange(r.Status, 200, 299));
        Assert.DoesNotContain(scenario.Log.Entries.Snapshot(), e => e.Message.Contains(scenario.Emulator.Options.Token, StringComparison.Ordinal));
    }

    [Fact]
    public void RealHost_SummaryDistilled_AnswersFromTheDistilledSection()
    {
        Assert.Contains("A model built on ‘distilled’ foundations?", scenario.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("OpenAI", scenario.Summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RealHost_AutocompleteDist_SuggestsTheDistilledSection()
    {
        var body = scenario.Emulator.Requests.Where(r => r.Route == Routes.Callback)[^1].Json;
        var names = body.GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToArray();
        Assert.Contains(names, n => n!.Contains("distilled", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void RealHost_Figures_ShowTheTrainingCost()
    {
        Assert.Contains("$294,000", scenario.Figures.Text, StringComparison.Ordinal);
    }

    public sealed record Answer(EmulatedInteraction Interaction, IReadOnlyList<EmulatedMessage> Messages, string Text);

    /// <summary>One run shared by the tests above: /digest (the seed, pasted), /figures, /summary distilled, and
    /// autocomplete on "dist".</summary>
    public sealed class Scenario : IAsyncLifetime
    {
        private readonly string root = Directory.CreateTempSubdirectory("bot-discord-").FullName;

        public DiscordEmulator Emulator { get; private set; } = null!;

        public LogRecording Log { get; } = new();

        public Answer Digest { get; private set; } = null!;

        public Answer Figures { get; private set; } = null!;

        public Answer Summary { get; private set; } = null!;

        public EmulatedInteraction Autocomplete { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Emulator = await DiscordEmulator.StartAsync(new DiscordEmulatorOptions { ChannelMessageLimit = 1000 });
            using var host = Build();
            await host.StartAsync();
            await Emulator.Requests.FirstAsync(r => r.Route == Routes.GuildCommands && r.Status == 200);
            var article = await File.ReadAllTextAsync(SeedPath);

            Digest = await AnswerAsync("digest", new Dictionary<string, string> { ["source"] = article });
            Figures = await AnswerAsync("figures", new Dictionary<string, string>());
            Summary = await AnswerAsync("summary", new Dictionary<string, string> { ["section"] = "distilled" });
            Autocomplete = await Emulator.SendAutocompleteAsync("summary", "section", "dist");
            await Autocomplete.Answered.WaitAsync(TimeSpan.FromSeconds(15));
            await Emulator.Requests.WaitForAsync(r => r.Route == Routes.Callback, 4); // recorded just after being answered
            await host.StopAsync();
        }

        public async Task DisposeAsync()
        {
            await Emulator.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }

        /// <summary>The whole reply: the initial response (or the edit filling in a defer) and any follow-ups.</summary>
        private async Task<Answer> AnswerAsync(string command, IReadOnlyDictionary<string, string> options)
        {
            var interaction = await Emulator.SendCommandAsync(command, options);
            await interaction.Answered.WaitAsync(TimeSpan.FromSeconds(15));
            if (interaction.CallbackType == 5)
            {
                await interaction.Edited.WaitAsync(TimeSpan.FromSeconds(60));
            }

            var messages = Emulator.Rest.Messages.Where(m => m.InteractionId == interaction.Id);
            return new Answer(interaction, messages, string.Join('\n', messages.Select(m => m.AllText)));
        }

        private IHost Build()
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, DisableDefaults = true });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Path"] = Path.Combine(root, "bot.db"),
                ["Discord:Token"] = Emulator.Options.Token,
                ["Discord:ApplicationId"] = Emulator.Options.ApplicationId,
                ["Discord:ApiBaseUrl"] = Emulator.ApiBaseUrl,
                ["Discord:GuildId"] = Emulator.Options.GuildId,
            });
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(Log);
            builder.Services.AddChat(builder.Configuration).AddStorage(builder.Configuration).AddDiscord(builder.Configuration);
            return builder.Build();
        }
    }
}
