using Bot.Digest.Figures.Recognition;

namespace Bot.Digest.Figures;

/// <summary>
/// What a figure measures, when the sentence says so plainly. Conservative on purpose (a wrong subject is worse
/// than none); five patterns, each reading only words that are in the sentence:
/// "trained its R1 model for $294,000" → "training cost of R1"; "training GPT-4 had cost $100 million" → "cost of
/// training GPT-4"; "a pre-tax profit of £75m" → "pre-tax profit"; "a $900m loan" → "loan"; "Quarterly profits at
/// TimeWarner jumped 76% to $1.13bn" → "Quarterly profits" (for both figures).
/// </summary>
internal static class SubjectFinder
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

    /// <summary>Subjects for every quantity of a sentence, in order ("to $1.13bn" shares the subject of "76%").</summary>
    public static string?[] FindAll(TextScan s, IReadOnlyList<Quantity> quantities)
    {
        var subjects = new string?[quantities.Count];
        string? chained = null;
        var chainEnd = -1;
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (q.Value is null)
            {
                continue;
            }

            var first = TokenAt(s, q.SpanStart);
            if (chained is not null && Continues(s, chainEnd, first))
            {
                subjects[i] = chained;
                chainEnd = q.EndToken;
                continue;
            }

            subjects[i] = Find(s, q, first, out var isChange);
            chained = isChange ? subjects[i] : null;
            chainEnd = q.EndToken;
        }

        return subjects;
    }

    private static string? Find(TextScan s, Quantity q, int first, out bool isChange)
    {
        isChange = false;
        var p = first - 1;
        while (p >= 0 && IsQuote(s, p))
        {
            p--;
        }

        if (q.Kind == FigureKind.Money)
        {
            var found = ForVerb(s, p) ?? CostOf(s, p) ?? MoneyNoun(s, q.EndToken);
            if (found is not null)
            {
                return found;
            }
        }

        if (q.Kind is FigureKind.Money or FigureKind.Percent or FigureKind.PercentagePoints or FigureKind.Count or FigureKind.Number
            or FigureKind.Dimension)
        {
            var measure = MeasureOf(s, p);
            if (measure is not null)
            {
                return measure;
            }

            var change = ChangeSubject(s, p);
            isChange = change is not null;
            return change;
        }

        return null;
    }

    /// <summary>"trained its flagship R1 reasoning model for just $294,000" → "training cost of R1".</summary>
    private static string? ForVerb(TextScan s, int p)
    {
        if (!s.Is(p, "for"))
        {
            return null;
        }

        var groups = new List<(int First, int End)>();
        var k = p - 1;
        while (k >= 0 && groups.Count < 7)
        {
            var g = GroupEndingAt(s, k);
            if (g.First < 0)
            {
                return null;
            }

            var word = s.L(g.First);
            if (g.End - g.First == 1 && ForVerbs.TryGetValue(word.ToString(), out var template))
            {
                groups.Reverse();
                var name = Phrase(s, groups, nameOnly: true) ?? Phrase(s, groups, nameOnly: false);
                return name is null ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, template, name);
            }

            if (IsBreaker(s, g) && !IsDeterminer(word))
            {
                return null;
            }

            groups.Add(g);
            k = g.First - 1;
        }

        return null;
    }

    /// <summary>"training GPT-4 had cost “well over $100 million”" → "cost of training GPT-4".</summary>
    private static string? CostOf(TextScan s, int p)
    {
        if (!s.IsAny(p, ["cost", "costs", "costing"]))
        {
            return null;
        }

        var k = p - 1;
        while (s.IsAny(k, ["had", "has", "have", "would", "will", "could", "may", "might", "to", "is", "was", "expected", "also", "only"]))
        {
            k--;
        }

        var groups = new List<(int First, int End)>();
        while (k >= 0 && groups.Count < 5)
        {
            var g = GroupEndingAt(s, k);
            if (g.First < 0 || IsBreaker(s, g))
            {
                break;
            }

            groups.Add(g);
            if (g.End - g.First == 1 && s.L(g.First).EndsWith("ing", StringComparison.Ordinal) && s.L(g.First).Length > 4)
            {
                groups.Reverse();
                return "cost of " + Phrase(s, groups, nameOnly: false);
            }

            k = g.First - 1;
        }

        return null;
    }

    /// <summary>"a $48.2 million army contract", "a $900m (£479m) loan" → the thing the money is.</summary>
    private static string? MoneyNoun(TextScan s, int after)
    {
        var k = after;
        if (s.IsPunct(k, ')'))
        {
            // "$900m (£479m) loan": the converted amount inside the brackets names the same thing.
            k++;
        }
        else if (s.IsPunct(k, '('))
        {
            var close = k + 1;
            while (close < s.Count && close < k + 10 && !s.IsPunct(close, ')'))
            {
                close++;
            }

            k = s.IsPunct(close, ')') ? close + 1 : k;
        }

        var groups = new List<(int First, int End)>();
        for (var n = 0; n < 2 && k < s.Count; n++)
        {
            var g = GroupStartingAt(s, k);
            if (g.First < 0 || IsBreaker(s, g))
            {
                return null;
            }

            groups.Add(g);
            if (MoneyNounLookup.Contains(s.Lower.AsSpan(s.Start(g.First), s.End(g.End - 1) - s.Start(g.First))))
            {
                // "$27.5bn tax claim": take the second noun too when it also names money.
                var next = GroupStartingAt(s, g.End);
                if (next.First >= 0 && MoneyNounLookup.Contains(s.L(next.First)) && next.End - next.First == 1)
                {
                    groups.Add(next);
                }

                return Phrase(s, groups, nameOnly: false);
            }

            k = g.End;
        }

        return null;
    }

    /// <summary>"a pre-tax profit of £75m" → "pre-tax profit".</summary>
    private static string? MeasureOf(TextScan s, int p)
    {
        if (!s.Is(p, "of"))
        {
            return null;
        }

        var head = GroupEndingAt(s, p - 1);
        if (head.First < 0 || head.End - head.First != 1 || !MeasureLookup.Contains(s.L(head.First)))
        {
            return null;
        }

        var groups = new List<(int First, int End)> { head };
        var k = head.First - 1;
        while (groups.Count < 3)
        {
            var g = GroupEndingAt(s, k);
            if (g.First < 0 || IsBreaker(s, g) || (s.IsCapitalised(g.First) && g.First == 0))
            {
                break;
            }

            groups.Add(g);
            k = g.First - 1;
        }

        groups.Reverse();
        return Phrase(s, groups, nameOnly: false);
    }

    /// <summary>"Quarterly profits at TimeWarner jumped 76%" / "Turnover for the quarter was up 4.3%".</summary>
    private static string? ChangeSubject(TextScan s, int p)
    {
        var k = p;
        if (s.IsAny(k, ["by", "to", "at"]))
        {
            k--;
        }

        if (s.IsAny(k, ["up", "down"]))
        {
            k--;
        }

        if (s.Is(k, "at") || s.Is(k, "to"))
        {
            k--;
        }

        if (!s.IsWord(k) || !ChangeLookup.Contains(s.L(k)))
        {
            return null;
        }

        if (s.IsAny(k, ["stood", "came", "amounted", "estimated"]) && s.IsAny(k - 1, ["was", "were", "is", "are"]))
        {
            k--;
        }

        // Up to two runs of words before the verb, joined by a preposition: the first run holding a measure noun wins.
        var end = k;
        for (var run = 0; run < 2; run++)
        {
            var groups = new List<(int First, int End)>();
            var j = end - 1;
            while (j >= 0 && groups.Count < 5)
            {
                var g = GroupEndingAt(s, j);
                if (g.First < 0 || IsBreaker(s, g))
                {
                    break;
                }

                groups.Add(g);
                j = g.First - 1;
            }

            groups.Reverse();
            if (groups.Count > 0 && HasMeasureNoun(s, groups))
            {
                return Phrase(s, groups, nameOnly: false);
            }

            // Skip "the quarter" / "US media giant TimeWarner" back over one preposition to the phrase it qualifies.
            var prep = groups.Count > 0 ? groups[0].First - 1 : j;
            while (prep >= 0 && s.IsAny(prep, ["the", "a", "an", "its", "their"]))
            {
                prep--;
            }

            if (!s.IsAny(prep, Prepositions))
            {
                return null;
            }

            end = prep;
        }

        return null;
    }

    private static bool HasMeasureNoun(TextScan s, List<(int First, int End)> groups)
    {
        foreach (var g in groups)
        {
            if (g.End - g.First == 1 && MeasureLookup.Contains(s.L(g.First)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"to", "from", "or", "(" between two figures: the second continues the first ("rose 2% to $11.1bn").</summary>
    private static bool Continues(TextScan s, int previousEnd, int first)
    {
        if (first - previousEnd is < 1 or > 2)
        {
            return false;
        }

        for (var k = previousEnd; k < first; k++)
        {
            if (!s.IsAny(k, ["to", "from", "or", "and"]) && !s.IsPunct(k, '(') && !s.IsPunct(k, ';'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of <paramref name="groups"/> as written, determiners dropped; with
    /// <paramref name="nameOnly"/>, only the run of names ("R1", "Nvidia H800"), or null when there is none.</summary>
    private static string? Phrase(TextScan s, List<(int First, int End)> groups, bool nameOnly)
    {
        var from = -1;
        var to = -1;
        foreach (var g in groups)
        {
            var isName = IsName(s, g);
            if (IsDeterminer(s.L(g.First)) && g.End - g.First == 1)
            {
                if (from >= 0 && nameOnly)
                {
                    break;
                }

                continue;
            }

            if (nameOnly && !isName)
            {
                if (from >= 0)
                {
                    break;
                }

                continue;
            }

            from = from < 0 ? s.Start(g.First) : from;
            to = s.End(g.End - 1);
        }

        return from < 0 ? null : s.Text[from..to];
    }

    private static bool IsName(TextScan s, (int First, int End) g)
    {
        for (var k = g.First; k < g.End; k++)
        {
            if (s.IsKind(k, TokenKind.Digits))
            {
                return true;
            }
        }

        return s.IsCapitalised(g.First) && g.First > 0;
    }

    private static bool IsDeterminer(ReadOnlySpan<char> w) => w is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "my" or "your";

    private static bool IsBreaker(TextScan s, (int First, int End) g) =>
        g.End - g.First == 1 && BreakerLookup.Contains(s.L(g.First));

    private static bool IsQuote(TextScan s, int k) =>
        s.IsKind(k, TokenKind.Punct) && s.Text[s[k].Start] is '"' or '“' or '‘' or '\'';

    /// <summary>A word with what is glued to it ("GPT-4", "H800", "pre-tax", "AOL's") ending at token k.</summary>
    private static (int First, int End) GroupEndingAt(TextScan s, int k)
    {
        if (k < 0 || !(s.IsWord(k) || s.IsKind(k, TokenKind.Digits)))
        {
            return (-1, -1);
        }

        var first = k;
        while (first > 0 && s.Attached(first) && (s.IsWord(first - 1) || s.IsKind(first - 1, TokenKind.Digits)
               || ((s.IsPunct(first - 1, '-') || s.IsPunct(first - 1, '\'') || s.IsPunct(first - 1, '’')) && s.Attached(first - 1))))
        {
            first--;
        }

        return s.IsKind(first, TokenKind.Punct) ? (-1, -1) : (first, k + 1);
    }

    private static (int First, int End) GroupStartingAt(TextScan s, int k)
    {
        if (k >= s.Count || !(s.IsWord(k) || s.IsKind(k, TokenKind.Digits)))
        {
            return (-1, -1);
        }

        var end = k + 1;
        while (end < s.Count && s.Attached(end) && (s.IsWord(end) || s.IsKind(end, TokenKind.Digits)
               || (s.IsPunct(end, '-') && s.Attached(end + 1) && (s.IsWord(end + 1) || s.IsKind(end + 1, TokenKind.Digits)))))
        {
            end++;
        }

        return (k, end);
    }

    public static int TokenAt(TextScan s, int charOffset)
    {
        int lo = 0, hi = s.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (s[mid].Start < charOffset)
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
}
