using Bot.Quality.Figures;

namespace Bot.Digest.Tests.Quality.Figures;

public sealed class FigureSpecRunnerTests
{
    [Fact]
    public void Parse_CurrencyCase_MapsUnitAndKeepsInclusiveEnd()
    {
        var cases = SpecReader.Parse(SpecFixture.Currency, SpecModel.Currency);

        Assert.Equal(6, cases.Count);
        var first = Assert.Single(cases[0].Expected);
        Assert.Equal("$ 12 million", first.Text);
        Assert.Equal(23, first.Start);
        Assert.Equal(34, first.End);
        Assert.Equal("$ 12 million", cases[0].Input[first.Start..(first.End + 1)]);
        Assert.Equal(12_000_000m, first.Value);
        Assert.Equal("USD", first.Unit);
        Assert.Empty(cases[2].Expected);
        Assert.True(cases[5].NotSupportedInDotNet);
        Assert.False(cases[0].NotSupportedInDotNet);
    }

    [Fact]
    public void Parse_UnknownUnit_MarksCaseUnmapped()
    {
        var cases = SpecReader.Parse(SpecFixture.Currency, SpecModel.Currency);

        Assert.Equal("Doubloon", cases[4].UnmappedUnit);
        Assert.Null(cases[0].UnmappedUnit);
    }

    [Fact]
    public void Parse_PercentValue_DropsThePercentSign()
    {
        var entity = Assert.Single(SpecReader.Parse(SpecFixture.Percent, SpecModel.Percent)[0].Expected);

        Assert.Equal(62m, entity.Value);
        Assert.Equal("%", entity.Unit);
    }

    [Fact]
    public void Run_FixtureFolder_ScoresEveryFilePresent()
    {
        using var fixture = new SpecFixture();

        var results = FigureSpecRunner.Run(fixture.Root);

        Assert.Equal(["CurrencyModel.json", "NumberModel.json", "PercentModel.json", "DimensionModel.json"], results.Select(r => r.File));
        var currency = results[0];
        Assert.Equal(6, currency.Total);
        // The doubloon case cannot pass (unmapped unit); all the others are recognised exactly.
        Assert.Equal(5, currency.Passed);
        Assert.Equal(5, currency.PassedStrict);
        Assert.Equal([4], currency.Failures.Select(f => f.Case.Index));
        Assert.All(results.Skip(1), r => Assert.Equal(r.Total, r.Passed));
        Assert.All(results.Skip(1), r => Assert.Equal(1.0, r.StrictRate));
    }

    [Fact]
    public void ScoreCase_ExtraEntity_Fails()
    {
        var c = SpecReader.Parse(SpecFixture.Currency, SpecModel.Currency)[2];
        SpecEntity[] actual = [new("seven", 0, 4, 7m, "USD")];

        Assert.False(FigureSpecRunner.ScoreCase(c, actual).Passed);
        Assert.True(FigureSpecRunner.ScoreCase(c, []).Passed);
    }

    [Fact]
    public void ScoreCase_RightValueWrongOffsets_PassesPrimaryFailsStrict()
    {
        var c = SpecReader.Parse(SpecFixture.Currency, SpecModel.Currency)[1];
        SpecEntity[] shifted = [new("euros", 16, 20, 15m, "EUR")];

        var result = FigureSpecRunner.ScoreCase(c, shifted);

        Assert.True(result.Passed);
        Assert.False(result.PassedStrict);
    }

    [Fact]
    public void ScoreCase_ValueOffByRounding_StillMatches()
    {
        var c = SpecReader.Parse(SpecFixture.Number, SpecModel.Number)[1];
        SpecEntity[] actual = [new("a third", 0, 6, 1m / 3m, ""), new("1,250", 11, 15, 1250m, "")];

        Assert.True(FigureSpecRunner.ScoreCase(c, actual).PassedStrict);
        Assert.False(FigureSpecRunner.SameValue(0.3334m, 1m / 3m));
    }

    [Fact]
    public void ScoreCase_MultisetCountsDuplicates()
    {
        var c = SpecReader.Parse(SpecFixture.Currency, SpecModel.Currency)[1];
        SpecEntity[] twice = [new("15 euros", 13, 20, 15m, "EUR"), new("15 euros", 13, 20, 15m, "EUR")];

        Assert.False(FigureSpecRunner.ScoreCase(c, twice).Passed);
    }

    [Fact]
    public void Table_Results_HasOneRowPerFileWithRates()
    {
        using var fixture = new SpecFixture();
        var results = FigureSpecRunner.Run(fixture.Root);

        var table = FigureSpecReport.Table(results);

        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2 + results.Count, lines.Length);
        Assert.Contains("| CurrencyModel.json | Currency | 6 | 5 |", table, StringComparison.Ordinal);
        Assert.Contains("| PercentModel.json | Percent | 1 | 1 | 100.0 % |", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Failures_FailingCase_ShowsExpectedAndActual()
    {
        using var fixture = new SpecFixture();
        var currency = FigureSpecRunner.Run(fixture.Root)[0];

        var text = FigureSpecReport.Failures(currency);

        Assert.Contains("#4 The museum raised 3 doubloons.", text, StringComparison.Ordinal);
        Assert.Contains("expected: '3 doubloons'@18-28 = 3 ?Doubloon", text, StringComparison.Ordinal);
    }
}
