using System.Globalization;
using System.Text.Json;

namespace Bot.Quality.Figures;

/// <summary>
/// Reads a Recognizers-Text spec file (a JSON array of {Input, Results[{Text, Start, End, Resolution}], NotSupported})
/// and maps every expected unit to ours through <see cref="SpecUnits"/>.
/// </summary>
public static class SpecReader
{
    public static IReadOnlyList<SpecCase> Parse(string json, SpecModel model)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var cases = new List<SpecCase>();
        var index = 0;
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            var input = item.GetProperty("Input").GetString() ?? "";
            var notSupported = item.TryGetProperty("NotSupported", out var ns) ? ns.GetString() : null;
            var expected = new List<SpecEntity>();
            string? unmapped = null;
            if (item.TryGetProperty("Results", out var results))
            {
                foreach (var r in results.EnumerateArray())
                {
                    var entity = ReadEntity(r, model, out var badUnit);
                    expected.Add(entity);
                    unmapped ??= badUnit;
                }
            }

            cases.Add(new SpecCase(index++, input, expected, notSupported, unmapped));
        }

        return cases;
    }

    private static SpecEntity ReadEntity(JsonElement r, SpecModel model, out string? unmapped)
    {
        unmapped = null;
        var text = r.TryGetProperty("Text", out var t) ? t.GetString() ?? "" : "";
        var start = r.TryGetProperty("Start", out var s) ? s.GetInt32() : -1;
        var end = r.TryGetProperty("End", out var e) ? e.GetInt32() : -1;
        decimal? value = null;
        string? theirUnit = null, iso = null;
        if (r.TryGetProperty("Resolution", out var res) && res.ValueKind == JsonValueKind.Object)
        {
            if (res.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String)
            {
                value = ParseValue(v.GetString());
            }

            theirUnit = res.TryGetProperty("unit", out var u) ? u.GetString() : null;
            iso = res.TryGetProperty("isoCurrency", out var i) ? i.GetString() : null;
        }

        var unit = SpecUnits.Map(model, theirUnit, iso);
        if (unit is null)
        {
            unmapped = theirUnit ?? "(none)";
            unit = "?" + theirUnit;
        }

        return new SpecEntity(text, start, end, value, unit);
    }

    private static decimal? ParseValue(string? raw)
    {
        if (raw is null || raw.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var trimmed = raw.TrimEnd('%');
        if (decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var dbl) ? (decimal)dbl : null;
    }
}
