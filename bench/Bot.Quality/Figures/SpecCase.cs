namespace Bot.Quality.Figures;

/// <summary>One expected (or produced) entity. <see cref="End"/> is INCLUSIVE, as in the spec files.</summary>
/// <param name="Value">Normalised value; null for a bare unit mention ("the dollar").</param>
/// <param name="Unit">Our unit name ("USD", "km", "%", "" for plain numbers).</param>
public sealed record SpecEntity(string Text, int Start, int End, decimal? Value, string Unit);

/// <summary>One spec case: an input sentence and the entities it must yield (none for a negative case).</summary>
/// <param name="UnmappedUnit">A unit name of theirs our table does not know; such a case cannot pass.</param>
public sealed record SpecCase(int Index, string Input, IReadOnlyList<SpecEntity> Expected, string? NotSupported, string? UnmappedUnit = null)
{
    /// <summary>True when the case is marked as failing in the .NET reference implementation itself.</summary>
    public bool NotSupportedInDotNet =>
        NotSupported is not null && NotSupported.Split(',').Any(p => p.Trim().Equals("dotnet", StringComparison.OrdinalIgnoreCase));
}

/// <summary>How one case went: primary score on (value, unit) pairs; strict also on text and offsets.</summary>
public sealed record CaseResult(SpecCase Case, IReadOnlyList<SpecEntity> Actual, bool Passed, bool PassedStrict);

/// <summary>Pass rates for one spec file.</summary>
public sealed record FileResult(string File, SpecModel Model, IReadOnlyList<CaseResult> Cases)
{
    public int Total => Cases.Count;

    public int Passed => Cases.Count(c => c.Passed);

    public int PassedStrict => Cases.Count(c => c.PassedStrict);

    public double PassRate => Total == 0 ? 0 : (double)Passed / Total;

    public double StrictRate => Total == 0 ? 0 : (double)PassedStrict / Total;

    public IEnumerable<CaseResult> Failures => Cases.Where(c => !c.Passed);

    /// <summary>Cases the .NET reference implementation itself is not marked as failing ("NotSupported: dotnet").</summary>
    public int SupportedTotal => Cases.Count(c => !c.Case.NotSupportedInDotNet);

    public int SupportedPassed => Cases.Count(c => c.Passed && !c.Case.NotSupportedInDotNet);
}
