using System.Globalization;
using System.Text;
using Bot.Digest;
using Bot.Digest.Figures;
using Bot.Digest.Ingest;

namespace Bot.Summarizing;

/// <summary>
/// The prompt: instructions asking for the digest's shape (TL;DR, bullets, per-section bullets) as JSON, then the
/// article (title, lead, numbered sections) and its extracted key figures, verbatim. A long article is cut at section
/// boundaries so the whole prompt stays within <see cref="SummarizerOptions.MaxInputTokens"/> (estimated with
/// <see cref="TokenEstimate"/>); a lead longer than that is cut at a paragraph boundary. The sections left out keep
/// their extractive bullets. Change <see cref="Version"/> whenever the wording changes: it is part of the cache key.
/// </summary>
internal static class PromptBuilder
{
    public const string Version = "digest-v1";

    public static ModelPrompt? Build(Article article, IReadOnlyList<KeyFigure> figures, DigestOptions digest, int maxInputTokens)
    {
        var instructions = Instructions(digest);
        var head = new StringBuilder();
        head.Append("Title: ").AppendLine(article.Title ?? "(none)");
        var used = TokenEstimate.Of(instructions) + TokenEstimate.Of(head.ToString());
        var figureBudget = figures.Sum(f => TokenEstimate.Of(FigureLine(f)));
        var body = new StringBuilder();
        var included = new List<int>();
        foreach (var section in article.Sections)
        {
            if (section.Paragraphs.All(string.IsNullOrWhiteSpace))
            {
                included.Add(section.Index);
                continue;
            }

            var block = Block(section, int.MaxValue);
            if (used + figureBudget + TokenEstimate.Of(block) > maxInputTokens)
            {
                if (section.Index == 0)
                {
                    // A lead longer than the budget: as many whole paragraphs as fit.
                    var room = (maxInputTokens - used - figureBudget) * 4;
                    block = Block(section, room);
                    if (block.Length == 0)
                    {
                        return null;
                    }

                    body.Append(block);
                    used += TokenEstimate.Of(block);
                    included.Add(0);
                }

                break;
            }

            body.Append(block);
            used += TokenEstimate.Of(block);
            included.Add(section.Index);
        }

        var text = new StringBuilder().Append(head).AppendLine().Append(body);
        if (included.Count < article.Sections.Count)
        {
            text.AppendLine("(The article goes on; the rest is left out for length. Write bullets only for the sections above.)");
        }

        var listed = figures.Where(f => included.Contains(f.Section)).ToList();
        if (listed.Count > 0)
        {
            text.AppendLine().AppendLine("Key figures, as the article states them:");
            foreach (var figure in listed)
            {
                text.AppendLine(FigureLine(figure));
            }
        }

        var content = text.ToString();
        return new ModelPrompt(instructions, content, included, TokenEstimate.Of(instructions) + TokenEstimate.Of(content));
    }

    private static string Block(ArticleSection section, int maxChars)
    {
        var sb = new StringBuilder();
        sb.AppendLine(section.Index == 0
            ? "[Lead]"
            : string.Create(CultureInfo.InvariantCulture, $"[Section {section.Index}: {section.Heading}]"));
        var any = false;
        foreach (var paragraph in section.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            if (sb.Length + paragraph.Length + 1 > maxChars)
            {
                break;
            }

            sb.AppendLine(paragraph.Trim());
            any = true;
        }

        return any ? sb.AppendLine().ToString() : string.Empty;
    }

    private static string FigureLine(KeyFigure figure) =>
        string.Create(CultureInfo.InvariantCulture, $"- \"{figure.Text}\" (section {figure.Section})");

    private static string Instructions(DigestOptions digest) => string.Create(CultureInfo.InvariantCulture, $$"""
        You write short, faithful digests of news articles. Use only what the article says: no background knowledge,
        no opinions, no guesses.
        Answer with one JSON object and nothing else:
        {"tldr": "<one sentence, at most 30 words>",
         "bullets": ["<{{digest.Bullets}} bullets for the whole article, each at most 30 words>"],
         "sections": [{"index": <the section's number>, "bullets": ["<1 to {{digest.SectionBullets}} bullets>"]}]}
        Give "sections" one entry for each [Section n] in the article, with its number n; none for the lead.
        Rules that a checker enforces (a bullet that breaks one is thrown away):
        - Write every number exactly as the article states it, with its qualifier ("well over", "nearly", "about",
          "just"): never round, convert, add up, compare or compute numbers, and never drop or strengthen a qualifier.
        - Put in quotation marks only words copied exactly from the article.
        - Name only people, companies, places and products the article names, spelled as it spells them.
        Write in the language of the article.
        """);
}
