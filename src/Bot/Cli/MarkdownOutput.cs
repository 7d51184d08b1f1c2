using System.Globalization;
using System.Text;

namespace Bot.Cli;

/// <summary>
/// The default output: readable Markdown written from the same <see cref="DigestLine"/> as --json.
/// Article text is printed as it is (this is a terminal, not a chat platform that renders mentions).
/// </summary>
internal static class MarkdownOutput
{
    public static string Write(CliVerb verb, DigestLine line, bool sectionChosen)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(line.Title ?? line.Source);
        if (Byline(line) is { } byline)
        {
            md.AppendLine().Append('_').Append(byline).AppendLine("_");
        }

        if (sectionChosen)
        {
            WriteChosenSection(md, verb, line);
        }
        else
        {
            WriteWhole(md, verb, line);
        }

        md.AppendLine().Append('_').Append(Footer(line)).AppendLine("_");
        return md.ToString();
    }

    private static void WriteWhole(StringBuilder md, CliVerb verb, DigestLine line)
    {
        if (line.Tldr is { Length: > 0 } tldr && !string.Equals(tldr, line.Title, StringComparison.Ordinal))
        {
            // An article without a headline is titled by its TL;DR: the heading already says it.
            md.AppendLine().Append("**TL;DR:** ").AppendLine(tldr);
        }

        if (line.Bullets is { Count: > 0 } bullets)
        {
            md.AppendLine();
            Bullets(md, bullets);
        }

        if (verb != CliVerb.Figures && line.Sections.Count > 0)
        {
            md.AppendLine().AppendLine("## Sections");
            foreach (var section in line.Sections)
            {
                md.AppendLine().Append("### ").AppendLine(Heading(section));
                Bullets(md, section.Bullets ?? []);
            }
        }

        if (line.Figures is { } figures)
        {
            md.AppendLine().AppendLine("## Key figures").AppendLine();
            Figures(md, line, figures);
        }
    }

    private static void WriteChosenSection(StringBuilder md, CliVerb verb, DigestLine line)
    {
        var section = line.Sections[0];
        md.AppendLine().Append("## ").AppendLine(verb == CliVerb.Figures ? $"Key figures: {Heading(section)}" : Heading(section));
        md.AppendLine();
        if (verb == CliVerb.Figures)
        {
            Figures(md, line, line.Figures ?? []);
        }
        else if (section.Bullets is { Count: > 0 } bullets)
        {
            Bullets(md, bullets);
        }
        else
        {
            md.AppendLine("_No summary for this section._");
        }
    }

    private static void Bullets(StringBuilder md, IReadOnlyList<string> bullets)
    {
        foreach (var bullet in bullets)
        {
            md.Append("- ").AppendLine(bullet);
        }
    }

    private static void Figures(StringBuilder md, DigestLine line, IReadOnlyList<FigureLine> figures)
    {
        if (figures.Count == 0)
        {
            md.AppendLine("_No figures found._");
            return;
        }

        foreach (var f in figures)
        {
            md.Append("- **").Append(f.Text).Append("**");
            if (f.Subject is { Length: > 0 } subject)
            {
                md.Append(" — ").Append(subject);
            }

            md.Append(" (").Append(f.Kind);
            if (f.Kind is not ("date" or "year"))
            {
                // A date's or year's text says it all; its value is only a sort key (20250100, 2023).
                md.Append(": ").Append(Amount(f));
            }

            if (f.Qualifier is { Length: > 0 } qualifier)
            {
                md.Append(", qualifier \"").Append(qualifier).Append('"');
            }

            md.Append("; ").Append(Where(line, f.Section)).AppendLine(")");
            md.Append("  > ").AppendLine(f.Sentence);
        }
    }

    private static string Amount(FigureLine f)
    {
        var value = Number(f.Value) + (f.UpperValue is { } upper ? "–" + Number(upper) : string.Empty);
        // The unit is the normalised one ("hour", "chips", "USD"); a count or duration other than one reads as a plural ("80 hours").
        return f.Unit.Length == 0 ? value
            : f.Kind is "count" or "duration" && f.Value != 1 && !f.Unit.EndsWith('s') ? $"{value} {f.Unit}s"
            : $"{value} {f.Unit}";
    }

    /// <summary>Up to four decimals for reading ("two thirds" → 0.6667); --json keeps the exact value.</summary>
    internal static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    private static string Where(DigestLine line, int section) => section == 0
        ? "lead"
        : line.Sections.FirstOrDefault(s => s.Index == section) is { } s ? Heading(s) : DigestLines.SectionTitle(section);

    private static string Heading(SectionLine section) => string.Create(CultureInfo.InvariantCulture, $"{section.Index}. {section.Title}");

    private static string? Byline(DigestLine line) =>
        (line.Byline, line.Published) switch
        {
            (null, null) => null,
            ({ } by, null) => by,
            (null, { } date) => date,
            ({ } by, { } date) => $"{by} · {date}",
        };

    private static string Footer(DigestLine line)
    {
        var words = line.Words.ToString("#,0", CultureInfo.InvariantCulture);
        var text = line.Completeness == "teaser" ? "teaser only" : "full text";
        var source = line.Url is { } url && url != line.Source ? $"{line.Source} ({url})" : line.Source;
        return line.Method is { } method ? $"{source} · {words} words, {text} · {method}" : $"{source} · {words} words, {text}";
    }
}
