namespace Bot.Digest.Figures.Recognition;

/// <summary>A currency named after (or before) a number. <see cref="Minor"/> marks cents and pence.</summary>
/// <param name="AttachedOnly">Only glued to the number ("20p").</param>
/// <param name="Large">Only after a large or scaled amount ("5,000 won", "2bn won"): "won" is also a verb.</param>
internal sealed record CurrencyInfo(string Code, bool Minor = false, bool Bare = false, bool Pounds = false, bool AttachedOnly = false, bool Large = false);

/// <summary>
/// Currency symbols, ISO codes and names. Units are ISO 4217 codes where one applies (historic ones too: FIM, NLG,
/// ESP), else a lower-case name for units without a single code ("franc", "peso", "cent", "pence", "sen").
/// "$" alone is USD: news writes "A$", "C$", "HK$" when it means another dollar.
/// </summary>
internal static class CurrencyLexicon
{
    public static readonly PhraseTable<CurrencyInfo> Words = BuildWords();

    private static readonly Dictionary<string, string> Codes = BuildCodes();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CodeLookup =
        Codes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>ISO codes that are also English words: only recognised in capitals ("TRY", "ALL", "CUP").</summary>
    private static readonly HashSet<string> UpperOnly = new(StringComparer.Ordinal) { "try", "all", "cup", "mop", "top", "bob", "pen" };

    /// <summary>Letters before "$": "US$", "C$", "HK$", "A$", "NZ$", "S$", "R$", "Mex$", "NT$".</summary>
    private static readonly Dictionary<string, string> DollarPrefixes = new(StringComparer.Ordinal)
    {
        ["us"] = "USD", ["usd"] = "USD", ["c"] = "CAD", ["ca"] = "CAD", ["can"] = "CAD", ["cad"] = "CAD",
        ["a"] = "AUD", ["au"] = "AUD", ["aud"] = "AUD", ["hk"] = "HKD", ["hkd"] = "HKD", ["nz"] = "NZD", ["nzd"] = "NZD",
        ["s"] = "SGD", ["sg"] = "SGD", ["sgd"] = "SGD", ["r"] = "BRL", ["mex"] = "MXN", ["mxn"] = "MXN", ["nt"] = "TWD",
        ["z"] = "ZWD", ["j"] = "JMD",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DollarPrefixLookup =
        DollarPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Prefixes safe even with a space before "$" in lower-cased news copy ("us $ 150 million", "c $ 16.4").
    /// A spaced "a $" or "s $" is the article or a possessive, never a currency.</summary>
    private static readonly HashSet<string> SpacedDollarPrefixes = new(StringComparer.Ordinal) { "us", "usd", "c", "cad", "hk", "hkd", "nz", "nzd", "mex", "mxn", "aud", "sgd" };

    public static string? Symbol(char c) => c switch
    {
        '$' => "USD",
        '£' => "GBP",
        '€' => "EUR",
        '¥' => "JPY",
        '₹' => "INR",
        '₡' => "CRC",
        '₾' => "GEL",
        '₭' => "LAK",
        '₿' => "BTC",
        '₩' => "KRW",
        '₽' => "RUB",
        '₺' => "TRY",
        '₦' => "NGN",
        '₱' => "PHP",
        '฿' => "THB",
        '₫' => "VND",
        '₪' => "ILS",
        _ => null,
    };

    /// <summary>An ISO code token ("usd", "EUR", "rmb"); <paramref name="original"/> guards codes that are words.</summary>
    public static string? Code(ReadOnlySpan<char> lower, ReadOnlySpan<char> original)
    {
        if (!CodeLookup.TryGetValue(lower, out var code))
        {
            return null;
        }

        return UpperOnly.Contains(code.ToLowerInvariant()) && !IsUpper(original) ? null : code;
    }

    /// <summary>"MUSD", "MEUR": millions of a currency (Nordic and German business usage).</summary>
    public static string? MillionCode(ReadOnlySpan<char> lower, ReadOnlySpan<char> original) =>
        lower.Length == 4 && lower[0] == 'm' && original[0] == 'M' && IsUpper(original) ? Code(lower[1..], original[1..]) : null;

    public static string? DollarPrefix(ReadOnlySpan<char> lower, bool spaced)
    {
        if (!DollarPrefixLookup.TryGetValue(lower, out var code))
        {
            return null;
        }

        return spaced && !SpacedDollarPrefixes.Contains(lower.ToString()) ? null : code;
    }

    private static bool IsUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<string, string> BuildCodes()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in new[]
                 {
                     "USD", "EUR", "GBP", "JPY", "CNY", "INR", "AUD", "CAD", "CHF", "HKD", "NZD", "SGD", "SEK", "NOK", "DKK",
                     "KRW", "RUB", "BRL", "MXN", "ZAR", "BTC", "NGN", "PLN", "TRY", "CZK", "HUF", "ILS", "AED", "SAR", "THB",
                     "MYR", "IDR", "PHP", "PKR", "TWD", "ARS", "CLP", "COP", "EGP", "KES", "UAH", "VND", "LKR", "BDT",
                 })
        {
            d[code.ToLowerInvariant()] = code;
        }

        d["rmb"] = "CNY";
        d["us$"] = "USD";
        return d;
    }

    private static PhraseTable<CurrencyInfo> BuildWords()
    {
        var t = new PhraseTable<CurrencyInfo>();
        void Add(string code, params string[] names)
        {
            foreach (var n in names)
            {
                t.Add(n, new CurrencyInfo(code));
            }
        }

        void AddBare(string code, params string[] names)
        {
            foreach (var n in names)
            {
                t.Add(n, new CurrencyInfo(code, Bare: true));
            }
        }

        AddBare("USD", "dollar", "dollars");
        Add("USD", "us dollar", "us dollars", "u.s. dollar", "u.s. dollars", "american dollars", "usd");
        Add("AUD", "australian dollar", "australian dollars");
        Add("CAD", "canadian dollar", "canadian dollars");
        Add("HKD", "hong kong dollar", "hong kong dollars");
        Add("NZD", "new zealand dollar", "new zealand dollars");
        Add("SGD", "singapore dollar", "singapore dollars");
        Add("TWD", "taiwan dollar", "taiwan dollars", "new taiwan dollars", "taiwanese dollars");
        Add("ZWD", "zimbabwe dollars", "zimbabwean dollars");
        Add("EUR", "euro", "euros");
        AddBare("CNY", "yuan", "rmb");
        Add("CNY", "renminbi", "chinese yuan", "kuai", "元");
        Add("JPY", "yen", "japanese yen");
        t.Add("pound", new CurrencyInfo("GBP", Pounds: true));
        t.Add("pounds", new CurrencyInfo("GBP", Pounds: true));
        Add("GBP", "pounds sterling", "pound sterling", "sterling", "british pounds", "uk pounds");
        t.Add("pence", new CurrencyInfo("pence", Minor: true));
        t.Add("penny", new CurrencyInfo("pence", Minor: true));
        t.Add("p", new CurrencyInfo("pence", Minor: true, AttachedOnly: true));
        t.Add("cent", new CurrencyInfo("cent", Minor: true));
        t.Add("cents", new CurrencyInfo("cent", Minor: true));
        t.Add("¢", new CurrencyInfo("cent", Minor: true));
        Add("franc", "franc", "francs");
        Add("CHF", "swiss franc", "swiss francs");
        Add("FRF", "french franc", "french francs");
        Add("BEF", "belgian franc", "belgian francs");
        Add("ESP", "peseta", "pesetas");
        Add("FIM", "markka", "markkaa", "finnish markka", "finnish markkaa");
        Add("NLG", "guilder", "guilders", "dutch guilder", "dutch guilders");
        Add("DEM", "deutschmark", "deutschmarks", "deutsche mark", "deutsche marks");
        Add("ITL", "lire", "italian lira", "italian lire");
        Add("TRY", "turkish lira", "turkish liras");
        Add("INR", "rupee", "rupees", "indian rupee", "indian rupees");
        Add("LKR", "sri lankan rupee", "sri lankan rupees", "ரூ");
        Add("PKR", "pakistani rupee", "pakistani rupees");
        Add("IDR", "rupiah");
        Add("RUB", "rouble", "roubles", "ruble", "rubles");
        Add("ZAR", "rand");
        Add("BRL", "reais", "brazilian real", "brazilian reais");
        Add("peso", "peso", "pesos");
        Add("MXN", "mexican peso", "mexican pesos");
        Add("PHP", "philippine peso", "philippine pesos");
        Add("ARS", "argentine peso", "argentine pesos");
        Add("NGN", "naira");
        Add("shilling", "shilling", "shillings");
        Add("KES", "kenyan shilling", "kenyan shillings");
        Add("dinar", "dinar", "dinars");
        Add("AED", "dirham", "dirhams");
        Add("SAR", "riyal", "riyals");
        Add("THB", "baht");
        Add("MYR", "ringgit");
        Add("PLN", "zloty", "zlotys");
        Add("CZK", "koruna", "korunas");
        Add("HUF", "forint", "forints");
        Add("SEK", "krona", "kronor", "swedish krona", "swedish kronor");
        Add("krone", "krone", "kroner");
        Add("NOK", "norwegian krone", "norwegian kroner");
        Add("DKK", "danish krone", "danish kroner");
        t.Add("won", new CurrencyInfo("KRW", Large: true));
        Add("KRW", "korean won", "south korean won");
        Add("VND", "dong");
        Add("UAH", "hryvnia", "hryvnias");
        Add("GEL", "lari");
        Add("LAK", "kip");
        Add("CRC", "colón", "colones");
        Add("BTC", "bitcoin", "bitcoins");
        Add("satoshi", "satoshi", "satoshis");
        return t;
    }
}
