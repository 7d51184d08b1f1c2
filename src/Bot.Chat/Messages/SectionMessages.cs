using Bot.Digest;
using Bot.Digest.Sections;

namespace Bot.Chat.Messages;

/// <summary>Section lists, one section's summary, and the answers to a section that is unknown or ambiguous (the
/// numbered list, never a guess).</summary>
public static class SectionMessages
{
    public static ChatMessage List(NewsDigest digest, IReadOnlyList<SectionRef> sections)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(sections);
        if (sections.Count == 0)
        {
            return new ChatMessage(digest.Title, digest.Url, [Paragraph("This article has no headed sections; /summary and /figures cover all of it.")]);
        }

        return new ChatMessage(digest.Title, digest.Url, [new HeadingBlock(Count(sections.Count)), Numbered(sections)], "e.g. /summary 2 · /figures 2");
    }

    public static ChatMessage Summary(NewsDigest digest, SectionRef section, int sectionCount)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(section);
        var bullets = digest.Sections.FirstOrDefault(s => s.Index == section.Index)?.Bullets ?? [];
        var blocks = new List<MessageBlock> { new HeadingBlock($"Section {section.Index} of {sectionCount}: {section.Title}") };
        blocks.Add(bullets.Count > 0 ? DigestMessages.Bullets(bullets) : Paragraph("This section has no sentences to summarise."));
        return new ChatMessage(digest.Title, digest.Url, blocks, DigestMessages.Footer(digest.Provenance));
    }

    public static ChatMessage Unknown(string query, NewsDigest digest, IReadOnlyList<SectionRef> sections, string command)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(sections);
        if (sections.Count == 0)
        {
            return ChatMessage.Text($"“{digest.Title}” has no headed sections, so there is no section “{query}”. /{command} without a section covers the whole article.", ephemeral: true);
        }

        return new ChatMessage(null, null, [
            Paragraph($"No section of “{digest.Title}” matches “{query}”. {Count(sections.Count)}:"),
            Numbered(sections),
            Paragraph($"Pick one by number or by a word of its title, e.g. /{command} {sections[0].Index}"),
        ], Ephemeral: true);
    }

    public static ChatMessage Ambiguous(string query, IReadOnlyList<SectionRef> candidates, string command)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return new ChatMessage(null, null, [
            Paragraph($"“{query}” matches {candidates.Count} sections:"),
            new ListBlock(candidates.Select(s => (IReadOnlyList<Inline>)[new TextRun($"{s.Index}. {s.Title}")]).ToList()),
            Paragraph($"Pick one by number, e.g. /{command} {candidates[0].Index}"),
        ], Ephemeral: true);
    }

    internal static ListBlock Numbered(IReadOnlyList<SectionRef> sections)
    {
        // Section numbers are the article's own (1..n), so the list is numbered from the first one shown.
        var contiguous = sections.Select((s, i) => s.Index == sections[0].Index + i).All(x => x);
        return contiguous
            ? new ListBlock(sections.Select(s => (IReadOnlyList<Inline>)[new TextRun(s.Title)]).ToList(), Numbered: true, Start: sections[0].Index)
            : new ListBlock(sections.Select(s => (IReadOnlyList<Inline>)[new TextRun($"{s.Index}. {s.Title}")]).ToList());
    }

    private static string Count(int n) => n == 1 ? "1 section" : $"{n} sections";

    private static ParagraphBlock Paragraph(string text) => new([new TextRun(text)]);
}
