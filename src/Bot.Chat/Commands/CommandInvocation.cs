namespace Bot.Chat.Commands;

/// <summary>
/// A command as it arrived. Platforms with structured options (Discord) fill <see cref="Options"/>;
/// free-text platforms (Slack, terminal) put everything after the command name in <see cref="Text"/>
/// ("/summary distilled" → Name "summary", Text "distilled") and the parser fills the options.
/// </summary>
public sealed record CommandInvocation(string Name, IReadOnlyDictionary<string, string> Options, string Text)
{
    public static CommandInvocation FromText(string name, string text) =>
        new(name, new Dictionary<string, string>(StringComparer.Ordinal), text);
}
