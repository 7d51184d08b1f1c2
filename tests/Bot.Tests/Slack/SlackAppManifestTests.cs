using System.Text.RegularExpressions;
using Bot.Chat.Commands;
using Bot.Hosting;

namespace Bot.Tests.Slack;

/// <summary>slack-app-manifest.yml mirrors the command catalog and asks for exactly the scopes the adapter's calls need.</summary>
public sealed partial class SlackAppManifestTests
{
    private static readonly string Manifest = File.ReadAllText(Path.Combine(ContentRoot.Find(), "slack-app-manifest.yml"));

    [Fact]
    public void Manifest_SlashCommands_AreTheCatalogsCommandsWithTheirDescriptions()
    {
        var commands = CommandLine().Matches(Manifest).Select(m => m.Groups[1].Value).ToList();
        var descriptions = DescriptionLine().Matches(Manifest).Select(m => m.Groups[1].Value.Trim()).ToList();

        Assert.Equal(CommandCatalog.All.Select(c => c.Name), commands);
        Assert.Equal(CommandCatalog.All.Select(c => c.Description), descriptions.Skip(1)); // the first is the app's own
    }

    [Fact]
    public void Manifest_SocketModeOnAndOnlyTheNeededBotScopes()
    {
        var scopes = Manifest[Manifest.IndexOf("    bot:", StringComparison.Ordinal)..Manifest.IndexOf("settings:", StringComparison.Ordinal)]
            .Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..]);

        Assert.Contains("socket_mode_enabled: true", Manifest, StringComparison.Ordinal);
        Assert.Equal(["commands", "chat:write", "channels:join"], scopes);
    }

    [GeneratedRegex(@"^\s+- command: /(\S+)$", RegexOptions.Multiline)]
    private static partial Regex CommandLine();

    [GeneratedRegex(@"^\s+description: (.+)$", RegexOptions.Multiline)]
    private static partial Regex DescriptionLine();
}
