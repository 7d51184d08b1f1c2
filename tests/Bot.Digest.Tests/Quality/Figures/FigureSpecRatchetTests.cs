using Bot.Quality.Figures;
using Xunit.Abstractions;

namespace Bot.Digest.Tests.Quality.Figures;

/// <summary>
/// The pass rates on the real Recognizers-Text English spec files (read in place from ../shared/eval, skipped when
/// absent) may not drop: each floor is the rate measured when this was written (docs/quality.md) minus a small margin.
/// </summary>
public sealed class FigureSpecRatchetTests(ITestOutputHelper output)
{
    private static readonly Dictionary<SpecModel, double> Floors = new()
    {
        [SpecModel.Currency] = 0.98,
        [SpecModel.Number] = 0.99,
        [SpecModel.Percent] = 0.95,
        [SpecModel.Dimension] = 0.96,
        [SpecModel.Temperature] = 0.97,
        [SpecModel.Age] = 0.94,
    };

    [SkippableFact]
    public void Run_RecognizersEnglishSpecs_PassRatesStayAboveFloors()
    {
        var specs = FigureSpecRunner.LocateSpecs();
        Skip.If(specs is null, "eval data absent: ../shared/eval/recognizers/Specs");

        var results = FigureSpecRunner.Run(specs);
        output.WriteLine(FigureSpecReport.Table(results));

        Assert.Equal(Floors.Keys.Order(), results.Select(r => r.Model).Order());
        foreach (var r in results)
        {
            Assert.True(r.PassRate >= Floors[r.Model], $"{r.File}: {r.PassRate:P1} < floor {Floors[r.Model]:P0}\n{FigureSpecReport.Failures(r)}");
        }
    }
}
