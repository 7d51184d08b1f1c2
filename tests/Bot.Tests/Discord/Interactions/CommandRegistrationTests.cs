using System.Text.Json;
using Microsoft.Extensions.Logging;
using Bot.Chat.Commands;
using Bot.Discord.Interactions;
using Bot.Emulators.Discord;

namespace Bot.Tests.Discord.Interactions;

public sealed class CommandRegistrationTests
{
    private static readonly JsonSerializerOptions Snake = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    [Fact]
    public async Task Ready_WithGuildId_BulkOverwritesTheCatalogInThatGuild()
    {
        await using var harness = await DiscordHarness.StartAsync();

        var put = await harness.Emulator.Requests.FirstAsync(r => r.Route == Routes.GuildCommands);

        Assert.Equal("PUT", put.Method);
        Assert.Equal(200, put.Status); // the emulator validated names, descriptions, option order and sizes
        Assert.Equal($"/api/v10/applications/{harness.Emulator.Options.ApplicationId}/guilds/{harness.Emulator.Options.GuildId}/commands", put.Path);
        var commands = put.Json.EnumerateArray().ToArray();
        Assert.Equal(CommandCatalog.All.Select(c => c.Name), commands.Select(c => c.GetProperty("name").GetString()));
        Assert.All(commands, c => Assert.Equal(1, c.GetProperty("type").GetInt32()));
        Assert.All(commands, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("default_member_permissions").ValueKind));

        var summary = commands.Single(c => c.GetProperty("name").GetString() == "summary").GetProperty("options").EnumerateArray().ToArray();
        Assert.Equal(["section", "article"], summary.Select(o => o.GetProperty("name").GetString()));
        Assert.All(summary, o =>
        {
            Assert.Equal(3, o.GetProperty("type").GetInt32());
            Assert.True(o.GetProperty("autocomplete").GetBoolean());
            Assert.False(o.GetProperty("required").GetBoolean());
            Assert.Equal(100, o.GetProperty("max_length").GetInt32());
        });
        var source = Assert.Single(commands.Single(c => c.GetProperty("name").GetString() == "digest").GetProperty("options").EnumerateArray());
        Assert.True(source.GetProperty("required").GetBoolean());
        Assert.False(source.TryGetProperty("autocomplete", out _));
        // The emulator records the PUT before the bot has read the response and logged it: wait for the entry.
        var registered = await harness.Log.Entries.FirstAsync(e => e.Id == 1200);
        Assert.Equal(LogLevel.Information, registered.Level);
    }

    [Fact]
    public async Task Ready_WithoutGuildId_RegistersGlobally()
    {
        await using var harness = await DiscordHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:GuildId"] = null });

        var put = await harness.Emulator.Requests.FirstAsync(r => r.Route is Routes.GlobalCommands or Routes.GuildCommands);

        Assert.Equal(Routes.GlobalCommands, put.Route);
        Assert.Equal(200, put.Status);
    }

    [Fact]
    public async Task Ready_AgainAfterReidentify_DoesNotRegisterTheSameCommandsTwice()
    {
        await using var harness = await DiscordHarness.StartAsync(new DiscordEmulatorOptions { MaxConcurrency = 16 });
        await harness.Emulator.Requests.FirstAsync(r => r.Route == Routes.GuildCommands);

        await harness.Emulator.Gateway.SendInvalidSessionAsync(resumable: false);

        await harness.WaitForReadyAsync(2);
        await harness.Log.Entries.FirstAsync(e => e.Id == 1201);
        Assert.Single(harness.Emulator.Requests.Where(r => r.Route == Routes.GuildCommands));
    }

    [Fact]
    public void BuildCommands_Catalog_PassesDiscordsCommandRules()
    {
        var json = JsonSerializer.SerializeToElement(CommandRegistrar.BuildCommands(), Snake);

        var errors = CommandValidator.Validate(json);

        Assert.False(errors.Any, string.Join('\n', errors.All));
        Assert.All(CommandRegistrar.BuildCommands(), c => Assert.InRange(c.Options.Count, 0, 25));
    }
}
