namespace Bot.Quality.Figures;

/// <summary>
/// Scores our recogniser on the Recognizers-Text English spec files (read in place, never copied). Primary score per
/// case: the multiset of (value, unit) pairs we report equals the expected one (values equal within 1e-9
/// relative; a negative case must yield nothing). Strict score: also the same text and offsets.
/// </summary>
public static class FigureSpecRunner
{
    /// <summary>The files we score, relative to the Specs folder, with the model each tests.</summary>
    public static readonly IReadOnlyList<(string Path, SpecModel Model)> Files =
    [
        ("NumberWithUnit/English/CurrencyModel.json", SpecModel.Currency),
        ("Number/English/NumberModel.json", SpecModel.Number),
        ("Number/English/PercentModel.json", SpecModel.Percent),
        ("NumberWithUnit/English/DimensionModel.json", SpecModel.Dimension),
        ("NumberWithUnit/English/TemperatureModel.json", SpecModel.Temperature),
        ("NumberWithUnit/English/AgeModel.json", SpecModel.Age),
    ];

    /// <summary>The Specs folder of the shared eval data (../shared/eval/recognizers/Specs), or null when absent.</summary>
    public static string? LocateSpecs()
    {
        var root = EvalData.Locate();
        var dir = root is null ? null : Path.Combine(root, "recognizers", "Specs");
        return dir is not null && Directory.Exists(dir) ? dir : null;
    }

    /// <summary>Runs every file of <see cref="Files"/> found under <paramref name="specsDir"/>.</summary>
    public static IReadOnlyList<FileResult> Run(string specsDir)
    {
        var results = new List<FileResult>();
        foreach (var (path, model) in Files)
        {
            var full = Path.Combine(specsDir, path);
            if (File.Exists(full))
            {
                results.Add(RunFile(full, model));
            }
        }

        return results;
    }

    public static FileResult RunFile(string path, SpecModel model) =>
        Score(Path.GetFileName(path), model, SpecReader.Parse(File.ReadAllText(path), model));

    public static FileResult Score(string fileName, SpecModel model, IReadOnlyList<SpecCase> cases) =>
        new(fileName, model, [.. cases.Select(c => ScoreCase(c, SpecAdapter.Recognize(c.Input, model)))]);

    public static CaseResult ScoreCase(SpecCase c, IReadOnlyList<SpecEntity> actual)
    {
        var passed = c.UnmappedUnit is null && SameMultiset(c.Expected, actual, strict: false);
        var strict = passed && SameMultiset(c.Expected, actual, strict: true);
        return new CaseResult(c, actual, passed, strict);
    }

    private static bool SameMultiset(IReadOnlyList<SpecEntity> expected, IReadOnlyList<SpecEntity> actual, bool strict)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        var taken = new bool[actual.Count];
        foreach (var e in expected)
        {
            var found = false;
            for (var i = 0; i < actual.Count && !found; i++)
            {
                if (!taken[i] && Same(e, actual[i], strict))
                {
                    taken[i] = true;
                    found = true;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(SpecEntity e, SpecEntity a, bool strict)
    {
        if (!string.Equals(e.Unit, a.Unit, StringComparison.Ordinal) || !SameValue(e.Value, a.Value))
        {
            return false;
        }

        return !strict || (e.Start == a.Start && e.End == a.End
            && string.Equals(e.Text, a.Text, StringComparison.OrdinalIgnoreCase));
    }

    public static bool SameValue(decimal? expected, decimal? actual)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null;
        }

        var diff = Math.Abs((double)(expected.Value - actual.Value));
        var scale = Math.Max(1.0, Math.Max(Math.Abs((double)expected.Value), Math.Abs((double)actual.Value)));
        return diff <= 1e-9 * scale;
    }
}
