using Bot.Digest.Figures.Recognition;

namespace Bot.Digest.Figures;

/// <summary>
/// What a figure measures, when the sentence says so plainly. Conservative on purpose (a wrong subject is worse
/// than none); five patterns, each reading only words that are in the sentence:
/// "trained its R1 model for $294,000" → "training cost of R1"; "training GPT-4 had cost $100 million" → "cost of
/// training GPT-4"; "a pre-tax profit of £75m" → "pre-tax profit"; "a $900m loan" → "loan"; "Quarterly profits at
/// TimeWarner jumped 76% to $1.13bn" → "Quarterly profits" (for both figures).
/// </summary>
internal static partial class SubjectFinder
{
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
}
