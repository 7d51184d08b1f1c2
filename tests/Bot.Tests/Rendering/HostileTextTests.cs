using System.Text.RegularExpressions;
using Bot.Discord.Rendering;
using Bot.Slack.Blocks;

namespace Bot.Tests.Rendering;

/// <summary>One corpus of hostile article text run through every platform's escaper: no mention, markup or control
/// sequence may survive, and the reader still sees the words.</summary>
public sealed partial class HostileTextTests
{
    public static TheoryData<string> Hostile => new()
    {
        "@everyone look",
        "hey @here!",
        "ping <@123456789012345678> and <@!123456789012345678>",
        "role <@&987654321098765432>",
        "channel <#111111111111111111>",
        "slash </digest:1234>",
        "time <t:1700000000:R>",
        "[click](https://evil.example/x)",
        "**bold** __under__ ~~strike~~ `code` ||spoiler||",
        "> quoted\n# heading\n- item\n1. numbered",
        "<!channel> <!here> <!everyone> <@U0123ABCD> <!subteam^S0123> <https://evil.example|label>",
        "a & b < c > d",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void DiscordEscape_HostileText_NoMentionOrMarkupSurvives(string text)
    {
        var escaped = DiscordMarkdown.Escape(text);

        Assert.DoesNotMatch(DiscordMention(), escaped);
        Assert.DoesNotMatch(BareEveryoneOrHere(), escaped);
        Assert.DoesNotMatch(UnescapedMarkup(), escaped);
        Assert.Equal(text, Unescape(escaped));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void SlackEscape_HostileText_NoControlSequenceSurvives(string text)
    {
        var escaped = SlackText.Escape(text);

        Assert.DoesNotContain("<", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain(">", escaped, StringComparison.Ordinal);
        Assert.DoesNotMatch(RawAmpersand(), escaped);
        Assert.Equal(text, escaped.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal));
    }

    /// <summary>What a reader sees: escapes and the zero-width spaces that break mentions removed.</summary>
    private static string Unescape(string text) => BackslashEscape().Replace(text.Replace("\u200b", string.Empty, StringComparison.Ordinal), "$1");

    // Discord mention forms: <@id> <@!id> <@&id> <#id> </cmd:id> <t:...> <:emoji:id>. ("<!channel>" is Slack syntax, inert here.)
    [GeneratedRegex(@"(?<!\\)<[@#/:t&]")]
    private static partial Regex DiscordMention();

    [GeneratedRegex(@"@(everyone|here)", RegexOptions.IgnoreCase)]
    private static partial Regex BareEveryoneOrHere();

    [GeneratedRegex(@"(?<!\\)(\*|_|~|`|\||\[|\])")]
    private static partial Regex UnescapedMarkup();

    [GeneratedRegex(@"&(?!amp;|lt;|gt;)")]
    private static partial Regex RawAmpersand();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex BackslashEscape();
}
