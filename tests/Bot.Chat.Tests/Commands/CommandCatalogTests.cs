using System.Text.RegularExpressions;
using Bot.Chat.Commands;

namespace Bot.Chat.Tests.Commands;

public sealed partial class CommandCatalogTests
{
    [Fact]
    public void All_NamesAndDescriptions_FitDiscordRules()
    {
        Assert.NotEmpty(CommandCatalog.All);
        foreach (var command in CommandCatalog.All)
        {
            Assert.Matches(DiscordName(), command.Name);
            Assert.InRange(command.Description.Length, 1, 100);
            Assert.All(command.Options, o => Assert.Matches(DiscordName(), o.Name));
            Assert.All(command.Options, o => Assert.InRange(o.Description.Length, 1, 100));
        }
    }

    [Fact]
    public void All_HasTheTenCommandsOfTheIssue()
    {
        string[] expected = ["digest", "summary", "figures", "sections", "subscribe", "unsubscribe", "sources", "status", "digest-now", "help"];
        Assert.Equal(expected, CommandCatalog.All.Select(c => c.Name));
    }

    [GeneratedRegex(@"^[-_\p{Ll}\p{N}]{1,32}$")]
    private static partial Regex DiscordName();
}
