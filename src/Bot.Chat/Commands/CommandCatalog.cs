namespace Bot.Chat.Commands;

/// <summary>
/// The one explicit list of commands. Discord registers it, Slack's manifest mirrors it, /help prints it.
/// Names and option names follow Discord's rules (lower case, 1–32 chars, descriptions ≤ 100 chars).
/// </summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandSpec> All { get; } =
    [
        new("digest", "Digest an article (URL or pasted text) and post it here",
            [new("source", "URL of the article, or the article's text", Required: true)],
            "/digest https://example.com/news/story"),
        new("summary", "Summary of the current article, or of one of its sections",
            [new("section", "Section number, name or word", Autocomplete: true), new("article", "Which article (number, word of its title, or URL)", Autocomplete: true)],
            "/summary distilled"),
        new("figures", "Key figures of the current article, each with the sentence it came from",
            [new("section", "Section number, name or word", Autocomplete: true), new("article", "Which article (number, word of its title, or URL)", Autocomplete: true)],
            "/figures 2"),
        new("sections", "The numbered sections of the current article",
            [new("article", "Which article (number, word of its title, or URL)", Autocomplete: true)],
            "/sections"),
        new("subscribe", "Subscribe this channel to a feed (RSS, Atom, JSON Feed or a page)",
            [new("feed", "Feed or page URL", Required: true), new("schedule", "e.g. daily 08:00 Europe/Berlin")],
            "/subscribe https://example.com/feed.xml daily 08:00 Europe/Berlin"),
        new("unsubscribe", "Stop following a feed in this channel",
            [new("feed", "Feed or page URL", Required: true)],
            "/unsubscribe https://example.com/feed.xml"),
        new("sources", "The feeds this channel follows", [], "/sources"),
        new("status", "Each source's last fetch, the next digest, items waiting", [], "/status"),
        new("digest-now", "Post this channel's daily digest now", [], "/digest-now"),
        new("help", "Every command with an example", [], "/help"),
    ];

    public static CommandSpec? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}

public sealed record CommandSpec(string Name, string Description, IReadOnlyList<OptionSpec> Options, string Example);

/// <summary>A string option of a command.</summary>
public sealed record OptionSpec(string Name, string Description, bool Required = false, bool Autocomplete = false);
