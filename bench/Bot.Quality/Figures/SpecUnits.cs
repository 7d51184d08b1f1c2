namespace Bot.Quality.Figures;

/// <summary>
/// The explicit table from Recognizers-Text unit names to ours. Their "$" is "Dollar" without an ISO code and "US$"
/// is "United States dollar": both are USD for us (news "$" is US dollars unless prefixed). Their "Ton" (tons and
/// tonnes) and "Metric ton" are both our "t". Names missing here make a case fail, never pass.
/// </summary>
public static class SpecUnits
{
    private static readonly Dictionary<string, string> Currency = new(StringComparer.Ordinal)
    {
        ["Dollar"] = "USD", ["United States dollar"] = "USD", ["Canadian dollar"] = "CAD", ["Hong Kong dollar"] = "HKD",
        ["Australian dollar"] = "AUD", ["New Zealand dollar"] = "NZD", ["Mexican peso"] = "MXN",
        ["Pound"] = "GBP", ["British pound"] = "GBP", ["Euro"] = "EUR", ["Japanese yen"] = "JPY", ["Chinese yuan"] = "CNY",
        ["Cent"] = "cent", ["Pence"] = "pence", ["Penny"] = "pence", ["Franc"] = "franc", ["Swiss franc"] = "CHF",
        ["Peseta"] = "ESP", ["Finnish markka"] = "FIM", ["Netherlands guilder"] = "NLG", ["Rupee"] = "INR",
        ["Sri Lankan rupee"] = "LKR", ["Turkish lira"] = "TRY", ["Costa Rican colón"] = "CRC", ["Georgian lari"] = "GEL",
        ["Lao kip"] = "LAK", ["Bitcoin"] = "BTC", ["Satoshi"] = "satoshi", ["Sen"] = "sen",
    };

    private static readonly Dictionary<string, string> Dimension = new(StringComparer.Ordinal)
    {
        ["Meter"] = "m", ["Kilometer"] = "km", ["Centimeter"] = "cm", ["Millimeter"] = "mm", ["Decimeter"] = "dm",
        ["Picometer"] = "pm", ["Mile"] = "mi", ["Foot"] = "ft", ["Inch"] = "in", ["Yard"] = "yd",
        ["Kilogram"] = "kg", ["Gram"] = "g", ["Microgram"] = "µg", ["Milligram"] = "mg", ["Pound"] = "lb", ["Ounce"] = "oz",
        ["Ton"] = "t", ["Metric ton"] = "t", ["Dram"] = "dram",
        ["Square meter"] = "m²", ["Square kilometer"] = "km²", ["Acre"] = "acre", ["Hectare"] = "ha",
        ["Milliliter"] = "ml", ["Liter"] = "l", ["Gallon"] = "gal", ["Barrel"] = "bbl", ["Cubic foot"] = "ft³",
        ["Cup"] = "cup", ["Tablespoon"] = "tbsp", ["Teaspoon"] = "tsp",
        ["Mile per hour"] = "mph", ["Kilometer per hour"] = "km/h", ["Meter per millisecond"] = "m/ms",
        ["Centimeter per millisecond"] = "cm/ms", ["Kilometer per millisecond"] = "km/ms",
        ["Bit"] = "bit", ["Megabit"] = "Mb", ["Megabyte"] = "MB",
        ["Degree"] = "deg", ["Radian"] = "rad", ["Turn"] = "turn",
    };

    private static readonly Dictionary<string, string> Temperature = new(StringComparer.Ordinal)
    {
        ["C"] = "°C", ["F"] = "°F", ["Degree"] = "°",
    };

    private static readonly Dictionary<string, string> Age = new(StringComparer.Ordinal)
    {
        ["Year"] = "year", ["Age"] = "year", ["Month"] = "month", ["Week"] = "week", ["Day"] = "day",
    };

    /// <summary>Our unit for theirs, or null when the table has no entry.</summary>
    public static string? Map(SpecModel model, string? unit, string? iso) => model switch
    {
        SpecModel.Number => "",
        SpecModel.Percent => "%",
        SpecModel.Currency => unit is not null && Currency.TryGetValue(unit, out var c) ? c : iso,
        SpecModel.Dimension => unit is not null && Dimension.TryGetValue(unit, out var d) ? d : null,
        SpecModel.Temperature => unit is not null && Temperature.TryGetValue(unit, out var t) ? t : null,
        SpecModel.Age => unit is not null && Age.TryGetValue(unit, out var a) ? a : null,
        _ => null,
    };
}
