namespace Bot.Digest.Figures;

/// <summary>The word lists the subject patterns read.</summary>
internal static partial class SubjectFinder
{
    private static readonly Dictionary<string, string> ForVerbs = new(StringComparer.Ordinal)
    {
        ["trained"] = "training cost of {0}",
        ["built"] = "cost of building {0}",
        ["developed"] = "development cost of {0}",
        ["bought"] = "purchase price of {0}",
        ["acquired"] = "purchase price of {0}",
        ["purchased"] = "purchase price of {0}",
        ["sold"] = "sale price of {0}",
    };

    private static readonly HashSet<string> MeasureNouns = new(StringComparer.Ordinal)
    {
        "cost", "costs", "price", "prices", "value", "budget", "loss", "losses", "profit", "profits", "sales", "revenue",
        "revenues", "fine", "bill", "debt", "debts", "deficit", "surplus", "growth", "rise", "increase", "fall", "drop",
        "decline", "capacity", "population", "turnover", "income", "earnings", "spending", "investment", "investments",
        "salary", "salaries", "valuation", "worth", "fee", "fees", "payout", "stake", "award", "damages", "compensation",
        "subsidy", "grant", "funding", "savings", "rent", "wage", "wages", "pension", "pensions", "capitalisation",
        "capitalization", "output", "exports", "imports", "unemployment", "inflation", "production", "demand", "supply",
        "numbers", "shares", "margin", "margins", "dividend", "assets", "reserves", "borrowing", "expenditure", "expense",
        "expenses", "takings", "attendance", "audience", "ratings", "turnout", "gdp", "premium", "yield", "payments", "bonus",
        "stockpiles", "share", "rate", "bid", "offer", "deal", "tax", "interest",
    };

    private static readonly HashSet<string> MoneyNouns = new(StringComparer.Ordinal)
    {
        "contract", "deal", "loan", "fine", "bid", "offer", "budget", "investment", "takeover", "acquisition", "package",
        "bonus", "fund", "grant", "settlement", "bailout", "programme", "program", "project", "payout", "order", "stake",
        "salary", "fee", "charge", "write-down", "writedown", "tax", "claim", "repayment", "rebate", "rebates", "debt",
        "surcharge", "deficit", "profit", "loss", "bill", "lawsuit", "suit", "mortgage", "pension", "budget", "subsidy",
        "ransom", "transfer", "purchase", "sale", "merger", "buyout", "injection", "refund", "penalty",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MoneyNounLookup = MoneyNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.Ordinal)
    {
        "rose", "fell", "jumped", "grew", "increased", "decreased", "dropped", "climbed", "slumped", "slipped", "soared",
        "surged", "plunged", "declined", "tumbled", "dipped", "gained", "lost", "sank", "rise", "fall", "rises", "falls",
        "slump", "jump", "grow", "totalled", "totaled", "reached", "hit", "stood", "amounted", "came", "was", "were", "is", "are",
    };

    private static readonly HashSet<string> Breakers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "said", "says",
        "and", "or", "but", "while", "which", "who", "that", "to", "by", "with", "from", "as", "than", "has", "have", "had",
        "be", "been", "will", "would", "could", "should", "may", "might", "can", "also", "not", "of", "at", "in", "for", "on",
        "before", "after", "since", "during", "over", "under", "between", "saw", "see", "sees", "expects", "expected",
        "however", "meanwhile", "it", "they", "we", "he", "she", "there", "when", "where", "if", "because", "so",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MeasureLookup = MeasureNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChangeLookup = ChangeVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BreakerLookup = Breakers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Prepositions = ["at", "of", "in", "for", "on", "before", "from"];
}
