using Bot.Chat.Messages;

namespace Bot.Chat.Commands;

/// <summary>/help and usage lines, from <see cref="CommandCatalog"/> (the one list).</summary>
public static class HelpText
{
    /// <summary>"/summary [section] [article]", required options in angle brackets.</summary>
    public static string Usage(CommandSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var options = spec.Options.Select(o => o.Required ? $"<{o.Name}>" : $"[{o.Name}]");
        return string.Join(' ', new[] { "/" + spec.Name }.Concat(options));
    }

    public static ChatMessage Message()
    {
        var items = CommandCatalog.All
            .Select(c => (IReadOnlyList<Inline>)[new TextRun(Usage(c), Bold: true), new TextRun($" — {c.Description}. e.g. {c.Example}")])
            .ToList();
        return new ChatMessage("Commands", null, [
            new ListBlock(items),
            new ParagraphBlock([new TextRun(
                "Words after a command fill its options in order: /summary distilled. Name an option with name:value, "
                + "e.g. /summary 2 article:3. A section is a number, a name or a word of it; an article is a story number "
                + "of the last daily digest, a word of its title, or its URL.")]),
        ], Ephemeral: true);
    }
}
