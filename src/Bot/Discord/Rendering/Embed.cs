namespace Bot.Discord.Rendering;

/// <summary>A rich embed as sent (fields Discord would ignore for bots are left out).</summary>
public sealed record Embed(
    string? Title = null,
    string? Description = null,
    string? Url = null,
    int? Color = null,
    EmbedFooter? Footer = null,
    IReadOnlyList<EmbedField>? Fields = null,
    EmbedAuthor? Author = null)
{
    /// <summary>What counts toward the 6,000 per message: title, description, field names and values, footer
    /// text and author name, in Unicode code points after trimming (brief §5.3).</summary>
    public int Length =>
        CodePoints.Count(Title) + CodePoints.Count(Description) + CodePoints.Count(Footer?.Text) + CodePoints.Count(Author?.Name)
        + (Fields?.Sum(f => CodePoints.Count(f.Name) + CodePoints.Count(f.Value)) ?? 0);
}

public sealed record EmbedFooter(string Text);

public sealed record EmbedField(string Name, string Value, bool Inline = false);

public sealed record EmbedAuthor(string Name, string? Url = null);
