namespace Bot.Digest.Tests.Quality.Figures;

/// <summary>
/// Our own spec-shaped fixture: invented sentences in the Recognizers-Text JSON layout (End inclusive, lower-cased
/// Text, their unit names), so the runner's parsing and scoring are tested without the third-party files.
/// </summary>
internal sealed class SpecFixture : IDisposable
{
    public const string Currency = """
        [
          { "Input": "The ferry company paid $ 12 million for the old harbour .",
            "Results": [ { "Text": "$ 12 million", "TypeName": "currency", "Start": 23, "End": 34,
                           "Resolution": { "value": "12000000", "unit": "Dollar" } } ] },
          { "Input": "Tickets cost 15 euros each.",
            "Results": [ { "Text": "15 euros", "TypeName": "currency", "Start": 13, "End": 20,
                           "Resolution": { "value": "15", "unit": "Euro", "isoCurrency": "EUR" } } ] },
          { "Input": "Seven of the swans came back.", "Results": [] },
          { "Input": "The bakery sold loaves at £2 and rolls at 40 pence.",
            "Results": [ { "Text": "£2", "Start": 26, "End": 27, "Resolution": { "value": "2", "unit": "Pound" } },
                         { "Text": "40 pence", "Start": 42, "End": 49, "Resolution": { "value": "40", "unit": "Pence" } } ] },
          { "Input": "The museum raised 3 doubloons.",
            "Results": [ { "Text": "3 doubloons", "Start": 18, "End": 28, "Resolution": { "value": "3", "unit": "Doubloon" } } ] },
          { "Input": "A toll of $ 4 per car.", "NotSupported": "dotnet, javascript",
            "Results": [ { "Text": "$ 4", "Start": 10, "End": 12, "Resolution": { "value": "4", "unit": "Dollar" } } ] }
        ]
        """;

    public const string Number = """
        [
          { "Input": "The orchard has three hundred and twelve trees.",
            "Results": [ { "Text": "three hundred and twelve", "TypeName": "number", "Start": 16, "End": 39,
                           "Resolution": { "subtype": "integer", "value": "312" } } ] },
          { "Input": "A third of 1,250", "Results": [
              { "Text": "a third", "Start": 0, "End": 6, "Resolution": { "value": "0.333333333333333" } },
              { "Text": "1,250", "Start": 11, "End": 15, "Resolution": { "value": "1250" } } ] }
        ]
        """;

    public const string Percent = """
        [
          { "Input": "Turnout reached 62 percent.",
            "Results": [ { "Text": "62 percent", "Start": 16, "End": 25, "Resolution": { "value": "62%" } } ] }
        ]
        """;

    public const string Dimension = """
        [
          { "Input": "The trail is 12 km long.",
            "Results": [ { "Text": "12 km", "Start": 13, "End": 17, "Resolution": { "value": "12", "unit": "Kilometer", "subtype": "Length" } } ] },
          { "Input": "The parcel weighs 3 kg.",
            "Results": [ { "Text": "3 kg", "Start": 18, "End": 21, "Resolution": { "value": "3", "unit": "Kilogram", "subtype": "Weight" } } ] }
        ]
        """;

    public SpecFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "figspec-" + Guid.NewGuid().ToString("N"));
        Write("NumberWithUnit/English/CurrencyModel.json", Currency);
        Write("Number/English/NumberModel.json", Number);
        Write("Number/English/PercentModel.json", Percent);
        Write("NumberWithUnit/English/DimensionModel.json", Dimension);
    }

    public string Root { get; }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private void Write(string relative, string json)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
    }
}
