using System.Globalization;
using System.Text;

namespace Bot.Quality.Figures;

/// <summary>Prints spec results: a Markdown table per file, and (optionally) every failing case.</summary>
public static class FigureSpecReport
{
    public static string Table(IReadOnlyList<FileResult> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| spec file | model | cases | pass (value+unit) | rate | strict (+text, offsets) | strict rate | without dotnet-NotSupported |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.File} | {r.Model} | {r.Total} | {r.Passed} | {r.PassRate:P1} | {r.PassedStrict} | {r.StrictRate:P1} | {r.SupportedPassed}/{r.SupportedTotal} |");
        }

        return sb.ToString();
    }

    public static string Failures(FileResult result, bool strict = false)
    {
        var sb = new StringBuilder();
        foreach (var c in result.Cases.Where(c => strict ? !c.PassedStrict : !c.Passed))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"#{c.Case.Index} {c.Case.Input}");
            sb.AppendLine("   expected: " + Describe(c.Case.Expected));
            sb.AppendLine("   actual:   " + Describe(c.Actual));
        }

        return sb.ToString();
    }

    public static void Print(TextWriter writer, IReadOnlyList<FileResult> results, bool failures = false)
    {
        writer.Write(Table(results));
        if (!failures)
        {
            return;
        }

        foreach (var r in results)
        {
            writer.WriteLine();
            writer.WriteLine("## " + r.File);
            writer.Write(Failures(r));
        }
    }

    private static string Describe(IReadOnlyList<SpecEntity> entities) =>
        entities.Count == 0
            ? "(none)"
            : string.Join("; ", entities.Select(e => string.Create(CultureInfo.InvariantCulture, $"'{e.Text}'@{e.Start}-{e.End} = {e.Value?.ToString(CultureInfo.InvariantCulture) ?? "null"} {e.Unit}")));
}
