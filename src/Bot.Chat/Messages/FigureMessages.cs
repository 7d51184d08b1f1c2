using System.Globalization;
using Bot.Digest;
using Bot.Digest.Figures;

namespace Bot.Chat.Messages;

/// <summary>Key figures: each with its value, its qualifier and the sentence it came from, quoted.</summary>
public static class FigureMessages
{
    public static ChatMessage Figures(NewsDigest digest, IReadOnlyList<KeyFigure> figures, string scope, int max = 20)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(figures);
        var blocks = new List<MessageBlock> { new HeadingBlock($"Key figures: {scope}") };
        if (figures.Count == 0)
        {
            blocks.Add(new ParagraphBlock([new TextRun("No figures found there. /figures without a section lists the whole article's.")]));
        }

        foreach (var figure in figures.Take(max))
        {
            blocks.Add(new ParagraphBlock(Detail(figure, digest)));
            blocks.Add(new QuoteBlock([new TextRun($"“{figure.Sentence}”")]));
        }

        var footer = figures.Count > max
            ? $"{max} of {figures.Count} figures; name a section to see the others"
            : $"{figures.Count} {(figures.Count == 1 ? "figure" : "figures")}, each quoted from the article";
        return new ChatMessage(digest.Title, digest.Url, blocks, footer);
    }

    /// <summary>"$294,000 (just) — training cost of R1": for lists (digest, daily digest).</summary>
    public static IReadOnlyList<Inline> Summary(KeyFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var inlines = new List<Inline> { new TextRun(figure.Text, Bold: true) };
        if (figure.Qualifier is { Length: > 0 } q && !figure.Text.Contains(q, StringComparison.OrdinalIgnoreCase))
        {
            inlines.Add(new TextRun($" ({q})"));
        }

        if (figure.Subject is { Length: > 0 } subject)
        {
            inlines.Add(new TextRun($" — {subject}"));
        }

        return inlines;
    }

    /// <summary>"$294,000 — value: 294,000 USD · qualifier: just · training cost of R1 · in the lead".</summary>
    public static IReadOnlyList<Inline> Detail(KeyFigure figure, NewsDigest digest)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(digest);
        var parts = new List<string> { $"value: {Value(figure)}", $"qualifier: {figure.Qualifier ?? "none"}" };
        if (figure.Subject is { Length: > 0 } subject)
        {
            parts.Add(subject);
        }

        var section = digest.Sections.FirstOrDefault(s => s.Index == figure.Section);
        parts.Add(figure.Section == 0 || section is null ? "in the lead" : $"in section {figure.Section}, {section.Title}");
        return [new TextRun(figure.Text, Bold: true), new TextRun(" — " + string.Join(" · ", parts))];
    }

    /// <summary>The normalised value with its unit: "294,000 USD", "12.5%", "80 hours", "2025", "2025-01".</summary>
    public static string Value(KeyFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Kind == FigureKind.Date)
        {
            return IsoDate(figure.Value);
        }

        var value = Number(figure.Value, figure.Kind);
        if (figure.UpperValue is { } upper)
        {
            value += "–" + Number(upper, figure.Kind);
        }

        return figure.Kind switch
        {
            FigureKind.Percent => value + "%",
            FigureKind.PercentagePoints => value + " pp",
            FigureKind.Multiple => value + "×",
            FigureKind.Date or FigureKind.Year => value,
            _ when string.IsNullOrEmpty(figure.Unit) || figure.Unit is "%" or "date" or "year" => value,
            FigureKind.Count or FigureKind.Duration when figure.Value != 1 && !figure.Unit.EndsWith('s') => $"{value} {figure.Unit}s",
            _ => $"{value} {figure.Unit}",
        };
    }

    /// <summary>A date's value is yyyyMMdd with zeros for the parts the text does not state (January 2025 → 20250100);
    /// show it as ISO 8601 with only the stated parts.</summary>
    private static string IsoDate(decimal value)
    {
        var packed = (long)value;
        var (year, month, day) = (packed / 10000, packed / 100 % 100, packed % 100);
        return (month, day) switch
        {
            (0, _) => year.ToString("0000", CultureInfo.InvariantCulture),
            (_, 0) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}"),
        };
    }

    private static string Number(decimal value, FigureKind kind) =>
        kind is FigureKind.Year or FigureKind.Date
            ? value.ToString("0.##", CultureInfo.InvariantCulture)
            : value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
