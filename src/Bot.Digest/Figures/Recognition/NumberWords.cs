namespace Bot.Digest.Figures.Recognition;

internal enum WordClass : byte
{
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Dozen,
    Ordinal,
    Half,
    Quarter,
}

/// <summary>One entry of the spelled-number lexicon. For ordinals <see cref="Value"/> is the denominator.</summary>
/// <param name="CompoundOnly">"first"/"second" count only inside "twenty-first", never alone ("a second").</param>
internal readonly record struct NumberWord(WordClass Class, decimal Value, bool Plural = false, bool CompoundOnly = false);

/// <summary>The English number words: cardinals, scales (incl. news and Indian scales), dozens and fraction words.</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, NumberWord> Words = Build();

    public static readonly Dictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> lower, out NumberWord word) => Lookup.TryGetValue(lower, out word);

    private static Dictionary<string, NumberWord> Build()
    {
        var d = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        for (var i = 0; i < units.Length; i++)
        {
            d[units[i]] = new NumberWord(WordClass.Unit, i);
        }

        d["nought"] = new NumberWord(WordClass.Unit, 0);
        d["naught"] = new NumberWord(WordClass.Unit, 0);
        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var i = 0; i < teens.Length; i++)
        {
            d[teens[i]] = new NumberWord(WordClass.Teen, 10 + i);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++)
        {
            d[tens[i]] = new NumberWord(WordClass.Tens, 20 + (10 * i));
        }

        d["hundred"] = new NumberWord(WordClass.Hundred, 100);
        d["hundreds"] = new NumberWord(WordClass.Hundred, 100, Plural: true);
        AddScale(d, 1_000m, "thousand", "thousands");
        AddScale(d, 1_000_000m, "million", "millions", "mn", "mln");
        AddScale(d, 1_000_000_000m, "billion", "billions", "bn", "bln");
        AddScale(d, 1_000_000_000_000m, "trillion", "trillions", "tn", "tln", "trn");
        AddScale(d, 100_000m, "lakh", "lakhs", "lac", "lacs");
        AddScale(d, 10_000_000m, "crore", "crores");
        foreach (var w in new[] { "dozen", "dozens", "dz", "dzs", "doz", "dozs" })
        {
            d[w] = new NumberWord(WordClass.Dozen, 12, Plural: w.EndsWith('s'));
        }

        AddOrdinal(d, 1, "first", compoundOnly: true);
        // "second" only in the singular: "thirty seconds" is a duration, never 1/32.
        d["second"] = new NumberWord(WordClass.Ordinal, 2, CompoundOnly: true);
        string[] ordinals = ["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        for (var i = 0; i < ordinals.Length; i++)
        {
            AddOrdinal(d, 3 + i, ordinals[i], compoundOnly: false);
        }

        string[] tenths = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
        for (var i = 0; i < tenths.Length; i++)
        {
            AddOrdinal(d, 20 + (10 * i), tenths[i], compoundOnly: false);
        }

        AddOrdinal(d, 100, "hundredth", compoundOnly: false);
        AddOrdinal(d, 1_000, "thousandth", compoundOnly: false);
        AddOrdinal(d, 1_000_000, "millionth", compoundOnly: false);
        AddOrdinal(d, 1_000_000_000, "billionth", compoundOnly: false);
        AddOrdinal(d, 1_000_000_000_000, "trillionth", compoundOnly: false);
        d["half"] = new NumberWord(WordClass.Half, 2);
        d["halves"] = new NumberWord(WordClass.Half, 2, Plural: true);
        d["quarter"] = new NumberWord(WordClass.Quarter, 4);
        d["quarters"] = new NumberWord(WordClass.Quarter, 4, Plural: true);
        return d;
    }

    private static void AddScale(Dictionary<string, NumberWord> d, decimal value, params string[] words)
    {
        foreach (var w in words)
        {
            d[w] = new NumberWord(WordClass.Scale, value, Plural: w.EndsWith('s'));
        }
    }

    private static void AddOrdinal(Dictionary<string, NumberWord> d, decimal value, string word, bool compoundOnly)
    {
        d[word] = new NumberWord(WordClass.Ordinal, value, CompoundOnly: compoundOnly);
        d[word + "s"] = new NumberWord(WordClass.Ordinal, value, Plural: true, CompoundOnly: compoundOnly);
    }
}
