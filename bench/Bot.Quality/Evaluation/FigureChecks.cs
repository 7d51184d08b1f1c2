using Bot.Quality.Figures;

namespace Bot.Quality.Evaluation;

/// <summary>
/// The figures stream's checks, run in the same harness run so one command reports everything: the share of
/// extracted figures that are verbatim in their article (<see cref="FigureVerbatimCheck"/>, over the same articles) and
/// the Recognizers-Text spec pass rates (<see cref="FigureSpecRunner"/>, when ../shared/eval/recognizers is there).
/// </summary>
public static class FigureChecks
{
    public static VerbatimResult Verbatim(string datasetPath, int? limit)
    {
        var lines = File.ReadLines(datasetPath).Where(l => !string.IsNullOrWhiteSpace(l));
        return FigureVerbatimCheck.Run(limit is { } n ? lines.Take(n) : lines);
    }

    /// <summary>The pass-rate table, or null when the spec files are absent.</summary>
    public static string? SpecTable()
    {
        var specs = FigureSpecRunner.LocateSpecs();
        return specs is null ? null : FigureSpecReport.Table(FigureSpecRunner.Run(specs));
    }
}
