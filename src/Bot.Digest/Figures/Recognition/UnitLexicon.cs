namespace Bot.Digest.Figures.Recognition;

[Flags]
internal enum UnitFlags : byte
{
    None = 0,

    /// <summary>Only glued to the number: "100t", "5l" (a spaced "t" or "l" is a letter, not a unit).</summary>
    AttachedOnly = 1,

    /// <summary>May be named without a number and still be reported as a bare mention ("a metric ton", "per gramme").</summary>
    Bare = 2,

    /// <summary>"pounds": weight unless the sentence is about money.</summary>
    Pounds = 4,

    /// <summary>"degrees": an angle only when the sentence turns or rotates something.</summary>
    Degrees = 8,

    /// <summary>Everyday words ("two cup competitions", "two-bit Tories"): a unit only after digits or a fraction.</summary>
    NeedsDigits = 16,
}

internal sealed record UnitInfo(string Unit, string Subtype, UnitFlags Flags = UnitFlags.None);

/// <summary>
/// Units of measurement (length, weight, area, volume, speed, information, angle) with their spellings. Our unit
/// names are the usual symbols ("km", "kg", "m²", "km/h", "MB"). "pm" is deliberately absent ("6pm" is a time) and
/// so is "in" (only inside "5 ft 2 in"): the peers' known false positives.
/// </summary>
internal static class UnitLexicon
{
    public static readonly PhraseTable<UnitInfo> Table = Build();

    private static PhraseTable<UnitInfo> Build()
    {
        var t = new PhraseTable<UnitInfo>();
        void Add(string unit, string subtype, UnitFlags flags, params string[] spellings)
        {
            foreach (var s in spellings)
            {
                t.Add(s, new UnitInfo(unit, subtype, flags));
            }
        }

        void AddCase(string unit, string subtype, params string[] spellings)
        {
            foreach (var s in spellings)
            {
                t.Add(s, new UnitInfo(unit, subtype), caseSensitive: true);
            }
        }

        const string Length = "Length", Weight = "Weight", Area = "Area", Volume = "Volume", Speed = "Speed",
            Information = "Information", Angle = "Angle";
        var none = UnitFlags.None;
        var bare = UnitFlags.Bare;

        Add("m", Length, none, "m", "metre", "metres", "meter", "meters");
        Add("km", Length, none, "km", "kms");
        Add("km", Length, bare, "kilometre", "kilometres", "kilometer", "kilometers");
        Add("cm", Length, none, "cm", "centimetre", "centimetres", "centimeter", "centimeters");
        Add("mm", Length, none, "millimetre", "millimetres", "millimeter", "millimeters");
        AddCase("mm", Length, "mm");
        Add("dm", Length, none, "dm", "decimetre", "decimetres", "decimeter", "decimeters");
        Add("pm", Length, none, "picometre", "picometres", "picometer", "picometers");
        Add("nm", Length, none, "nanometre", "nanometres", "nanometer", "nanometers");
        Add("µm", Length, none, "micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns");
        Add("mi", Length, none, "mile", "miles", "mi");
        Add("nmi", Length, none, "nautical mile", "nautical miles");
        Add("ft", Length, none, "foot", "feet", "ft");
        Add("in", Length, none, "inch", "inches");
        Add("yd", Length, none, "yard", "yards", "yd", "yds");
        Add("ly", Length, none, "light year", "light years", "light-year", "light-years");

        Add("kg", Weight, none, "kg", "kgs", "kilo", "kilos");
        Add("kg", Weight, bare, "kilogram", "kilograms", "kilogramme", "kilogrammes");
        Add("g", Weight, none, "g", "gm", "gms");
        Add("g", Weight, bare, "gram", "grams", "gramme", "grammes");
        Add("mg", Weight, none, "mg");
        Add("mg", Weight, bare, "milligram", "milligrams", "milligramme", "milligrammes");
        Add("µg", Weight, bare, "µg", "μg", "mcg", "microgram", "micrograms", "microgramme", "microgrammes");
        Add("t", Weight, none, "t");
        Add("t", Weight, none, "ton", "tons", "tonne", "tonnes");
        Add("t", Weight, bare, "metric ton", "metric tons", "metric tonne", "metric tonnes");
        Add("lb", Weight, none, "lb", "lbs");
        Add("lb", Weight, UnitFlags.Pounds, "pound", "pounds");
        Add("oz", Weight, none, "ounce", "ounces", "oz");
        Add("ct", Weight, none, "carat", "carats");

        Add("m²", Area, none, "m2", "m²", "sq m", "sqm", "square metre", "square metres", "square meter", "square meters");
        Add("km²", Area, none, "km2", "km²", "sq km", "square kilometre", "square kilometres", "square kilometer", "square kilometers");
        Add("mi²", Area, none, "sq mi", "square mile", "square miles");
        Add("ft²", Area, none, "ft2", "ft²", "sq ft", "square foot", "square feet");
        Add("acre", Area, none, "acre", "acres");
        Add("ha", Area, none, "ha", "hectare", "hectares");

        Add("l", Volume, UnitFlags.AttachedOnly, "l");
        Add("l", Volume, none, "litre", "litres", "liter", "liters");
        Add("ml", Volume, none, "ml", "millilitre", "millilitres", "milliliter", "milliliters");
        Add("cl", Volume, none, "cl", "centilitre", "centilitres");
        Add("gal", Volume, none, "gallon", "gallons", "gal");
        Add("bbl", Volume, none, "barrel", "barrels", "bbl");
        Add("ft³", Volume, none, "cubic foot", "cubic feet", "cu ft");
        Add("m³", Volume, none, "m3", "m³", "cubic metre", "cubic metres", "cubic meter", "cubic meters");
        Add("pt", Volume, none, "pint", "pints");
        Add("cup", Volume, UnitFlags.NeedsDigits, "cup", "cups");
        Add("tbsp", Volume, none, "tbsp", "tablespoon", "tablespoons");
        Add("tsp", Volume, none, "tsp", "teaspoon", "teaspoons");

        Add("mph", Speed, none, "mph", "miles an hour", "miles per hour", "mile an hour", "mile per hour", "mi/h");
        Add("km/h", Speed, none, "kph", "kmph", "km/h", "km/hr", "kmh", "km per hour", "kilometres per hour",
            "kilometers per hour", "kilometres an hour", "kilometers an hour");
        Add("m/s", Speed, none, "m/s", "metres per second", "meters per second");
        Add("m/ms", Speed, none, "m/ms", "metres per millisecond", "meters per millisecond");
        Add("cm/ms", Speed, none, "cm/ms", "centimetres per millisecond", "centimeters per millisecond",
            "centimetres/millisecond", "centimeters/millisecond");
        Add("km/ms", Speed, none, "km/ms", "kilometres per millisecond", "kilometers per millisecond");
        Add("kn", Speed, none, "knot", "knots");

        Add("bit", Information, UnitFlags.NeedsDigits, "bit", "bits");
        Add("byte", Information, none, "byte", "bytes");
        AddCase("KB", Information, "KB", "kB", "Kb");
        Add("KB", Information, none, "kilobyte", "kilobytes");
        AddCase("MB", Information, "MB");
        AddCase("Mb", Information, "mb", "Mb");
        Add("MB", Information, none, "megabyte", "megabytes");
        Add("Mb", Information, none, "megabit", "megabits");
        AddCase("GB", Information, "GB", "gb");
        AddCase("Gb", Information, "Gb");
        Add("GB", Information, none, "gigabyte", "gigabytes");
        Add("Gb", Information, none, "gigabit", "gigabits");
        AddCase("TB", Information, "TB", "tb");
        Add("TB", Information, none, "terabyte", "terabytes");
        AddCase("PB", Information, "PB");
        Add("PB", Information, none, "petabyte", "petabytes");

        Add("deg", Angle, UnitFlags.Degrees, "degree", "degrees");

        const string Power = "Power", Energy = "Energy", Rate = "DataRate";
        AddCase("W", Power, "W");
        AddCase("kW", Power, "kW", "KW");
        AddCase("MW", Power, "MW");
        AddCase("GW", Power, "GW");
        AddCase("TW", Power, "TW");
        Add("W", Power, none, "watt", "watts");
        Add("kW", Power, none, "kilowatt", "kilowatts");
        Add("MW", Power, none, "megawatt", "megawatts");
        Add("GW", Power, none, "gigawatt", "gigawatts");
        AddCase("kWh", Energy, "kWh", "KWh");
        AddCase("MWh", Energy, "MWh");
        AddCase("GWh", Energy, "GWh");
        AddCase("TWh", Energy, "TWh");
        Add("kWh", Energy, none, "kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours");
        Add("kbps", Rate, none, "kbps", "kbit/s", "kilobits per second", "kilobit per second", "kilobits a second");
        Add("Mbps", Rate, none, "mbps", "mbit/s", "megabits per second", "megabit per second", "megabits a second");
        Add("Gbps", Rate, none, "gbps", "gbit/s", "gigabits per second", "gigabit per second", "gigabits a second", "gigabit a second");
        Add("kb", Information, none, "kilobit", "kilobits");
        Add("rad", Angle, none, "rad", "radian", "radians");
        Add("turn", Angle, UnitFlags.NeedsDigits, "turn", "turns");
        return t;
    }
}
