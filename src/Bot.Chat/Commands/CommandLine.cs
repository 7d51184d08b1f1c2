namespace Bot.Chat.Commands;

/// <summary>A typed line ("/summary cost", "summary cost") → invocation; blank lines and "#" comments are not
/// commands.</summary>
public static class CommandLine
{
    public static CommandInvocation? Parse(string? line)
    {
        var text = line?.Trim() ?? string.Empty;
        if (text.Length == 0 || text.StartsWith('#'))
        {
            return null;
        }

        if (text.StartsWith('/'))
        {
            text = text[1..];
        }

        var space = text.IndexOfAny([' ', '\t']);
        var name = space < 0 ? text : text[..space];
        var rest = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        return CommandInvocation.FromText(name.ToLowerInvariant(), rest);
    }
}
