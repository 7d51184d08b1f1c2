namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Everything the readers share for one sentence: the scan, its numbers, which numbers are taken, and cheap
/// sentence-level cues (is this about money? temperature? turning?) computed once on first use.
/// </summary>
internal sealed class RecognitionContext
{
    private static readonly HashSet<string> MoneyWords = new(StringComparer.Ordinal)
    {
        "cost", "costs", "costing", "price", "prices", "priced", "paid", "pay", "pays", "paying", "payment", "fine", "fined",
        "worth", "profit", "profits", "sales", "revenue", "revenues", "bid", "offer", "sold", "sell", "bought", "buy",
        "spent", "spend", "spending", "budget", "salary", "fee", "fees", "earn", "earns", "earned", "earnings", "tax",
        "bill", "sterling", "deal", "loan", "debt", "compensation", "income", "value", "valued", "funding", "fund",
        "raised", "invest", "investment", "cash", "money", "wage", "wages", "bonus", "charge", "charged", "prize",
        "award", "awarded", "damages", "settlement", "turnover", "losses", "loss",
    };

    private static readonly HashSet<string> TemperatureWords = new(StringComparer.Ordinal)
    {
        "temperature", "temperatures", "thermostat", "weather", "heat", "heatwave", "hot", "cold", "warm", "warmer",
        "cool", "cooler", "celsius", "fahrenheit", "forecast", "climate", "fever", "boils", "boiling", "freezing", "frost",
    };

    private static readonly HashSet<string> AngleWords = new(StringComparer.Ordinal)
    {
        "rotate", "rotated", "rotates", "rotating", "rotation", "turn", "turned", "turns", "turning", "angle", "angles",
        "tilt", "tilted", "incline", "inclined", "slope", "clockwise", "anticlockwise", "counterclockwise", "bearing",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Money = MoneyWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Temperature = TemperatureWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Angle = AngleWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private byte cues;

    public RecognitionContext(TextScan scan, List<NumberMatch> numbers)
    {
        Scan = scan;
        Numbers = numbers;
        Used = new bool[numbers.Count];
    }

    public TextScan Scan { get; }

    public List<NumberMatch> Numbers { get; }

    public bool[] Used { get; }

    /// <summary>No quantity may start before this token (the end of the last one emitted).</summary>
    public int Floor { get; set; }

    /// <summary>Index of the first number starting at or after <paramref name="token"/> (numbers are in text order).</summary>
    public int FirstNumberAtOrAfter(int token)
    {
        int lo = 0, hi = Numbers.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Numbers[mid].First < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    public bool MoneyContext => Cue(1);

    public bool TemperatureContext => Cue(2);

    public bool AngleContext => Cue(4);

    private bool Cue(byte bit)
    {
        if ((cues & 0x80) == 0)
        {
            cues = 0x80;
            for (var i = 0; i < Scan.Count; i++)
            {
                var t = Scan[i];
                if (t.Kind == TokenKind.Punct)
                {
                    if (CurrencyLexicon.Symbol(Scan.Text[t.Start]) is not null)
                    {
                        cues |= 1;
                    }

                    if (Scan.Text[t.Start] == '°')
                    {
                        cues |= 2;
                    }

                    continue;
                }

                if (t.Kind != TokenKind.Word)
                {
                    continue;
                }

                var w = Scan.L(i);
                cues |= (byte)((Money.Contains(w) ? 1 : 0) | (Temperature.Contains(w) ? 2 : 0) | (Angle.Contains(w) ? 4 : 0));
            }
        }

        return (cues & bit) != 0;
    }
}

/// <summary>What one reader made of a number: tokens [First, End), value and unit.</summary>
internal record struct Reading(
    int First,
    int End,
    decimal Value,
    string Unit,
    FigureKind Kind,
    string? Subtype = null,
    QuantityFlags Flags = QuantityFlags.None,
    string? Noun = null,
    int LastNumber = -1,
    decimal Scale = 1m);
