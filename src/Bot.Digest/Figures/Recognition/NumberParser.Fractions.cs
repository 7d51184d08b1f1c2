namespace Bot.Digest.Figures.Recognition;

/// <summary>Fractions in words: where the numerator ends and the denominator starts.</summary>
internal static partial class NumberParser
{
    /// <summary>A span ending in a fraction word: whole part (and its last scale) plus the fraction.</summary>
    private static bool TryFraction(
        ReadOnlySpan<Atom> span, bool allowLoneQuarter, out decimal whole, out decimal wholeScale, out decimal frac)
    {
        whole = 0;
        wholeScale = 0;
        frac = 0;
        var l = span[^1];
        if (span.Length == 1)
        {
            frac = 1m / l.Value;
            return l.Kind == AtomKind.Half || (l.Kind == AtomKind.Quarter && allowLoneQuarter);
        }

        // "one hundred and three quarters", "two and fifty-four hundredths", "3 million and a half".
        var j = span.Length - 2;
        while (j > 0 && span[j].Kind != AtomKind.And)
        {
            j--;
        }

        if (j > 0 && TrySimpleTail(span[(j + 1)..^1], l, out var tailFraction) && TryCardinal(span[..j], out whole, out _))
        {
            wholeScale = span[j - 1].Kind == AtomKind.Scale ? span[j - 1].Value : 0;
            frac = tailFraction;
            return true;
        }

        whole = 0;
        return TryPlainFraction(span, out frac);
    }

    private static bool TrySimpleTail(ReadOnlySpan<Atom> tail, Atom l, out decimal fraction)
    {
        fraction = 0;
        var den = l.Value;
        if (tail.Length == 1 && tail[0].Kind == AtomKind.Article)
        {
            fraction = 1m / den;
            return true;
        }

        if (tail.Length == 1 && tail[0].Kind == AtomKind.Unit && tail[0].Value is >= 1 and <= 9)
        {
            fraction = tail[0].Value / den;
            return true;
        }

        if (tail.Length >= 2 && l.Kind == AtomKind.Ordinal && l.Value < 10 && tail[1].Kind == AtomKind.Tens
            && (tail[0].Kind == AtomKind.Article || tail[0] is { Kind: AtomKind.Unit, Value: 1m })
            && (tail.Length == 2 || (tail.Length == 3 && tail[2].Kind == AtomKind.Hyphen)))
        {
            fraction = 1m / (tail[1].Value + den);
            return true;
        }

        if (l.Kind == AtomKind.Ordinal && l.Value >= 100 && !ContainsNumeral(tail) && TryCardinal(tail, out var num, out _) && num > 0)
        {
            fraction = num / den;
            return true;
        }

        return false;
    }

    /// <summary>Numerator and denominator without an "and" split: "twenty twenty fifths" = 20/25.</summary>
    private static bool TryPlainFraction(ReadOnlySpan<Atom> span, out decimal frac)
    {
        frac = 0;
        var l = span[^1];
        var ord = span.Length - 1;
        var before = ord - 1;
        var hyphen = before >= 0 && span[before].Kind == AtomKind.Hyphen;
        if (hyphen)
        {
            before--;
        }

        var numEnd = hyphen ? ord - 1 : ord;
        var den = l.Value;
        if (l.Kind == AtomKind.Ordinal && l.Value < 10 && before >= 0 && span[before].Kind == AtomKind.Tens
            && (hyphen || (before >= 1 && span[before - 1].Kind != AtomKind.And)))
        {
            den = span[before].Value + l.Value;
            numEnd = before;
        }
        else if (l.Kind == AtomKind.Ordinal && before >= 1)
        {
            var q = span[before].Kind == AtomKind.And ? before - 1 : before;
            if (q >= 2 && span[q].Kind is AtomKind.Hundred or AtomKind.Scale
                && (span[q - 1].Kind == AtomKind.Article || span[q - 1] is { Kind: AtomKind.Unit, Value: 1m }))
            {
                den = span[q].Value + l.Value;
                numEnd = q - 1;
            }
        }

        if (numEnd <= 0)
        {
            return false;
        }

        var numerator = span[..numEnd];
        if (ContainsNumeral(numerator))
        {
            return false;
        }

        decimal num;
        if (numerator.Length == 1 && numerator[0].Kind == AtomKind.Article)
        {
            num = 1;
        }
        else if (!TryCardinal(numerator, out num, out _))
        {
            return false;
        }

        if (num <= 0 || (l.Kind == AtomKind.Ordinal && l.Value >= 100 && !l.Plural && num != 1))
        {
            return false;
        }

        frac = num / den;
        return true;
    }

    private static bool ContainsNumeral(ReadOnlySpan<Atom> span)
    {
        foreach (var at in span)
        {
            if (at.Kind == AtomKind.Numeral)
            {
                return true;
            }
        }

        return false;
    }
}
