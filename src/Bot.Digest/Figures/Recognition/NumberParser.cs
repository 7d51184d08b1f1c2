namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Turns a run of atoms into numbers: the longest valid reading from the left, then the next. Cardinals follow the
/// usual grammar ("two hundred and two thousand" = 202000, "three lakh crore" = 3e12); fractions split numerator and
/// denominator the way English does ("one hundred thirty fifths" = 100/35 but "one hundred and thirty fifths" =
/// 130/5; "two and fifty-four hundredths" = 2.54); a fraction before a scale scales ("five and a half million").
/// </summary>
internal static partial class NumberParser
{
    public static bool TryLongest(List<Atom> atoms, int a, TextScan s, out int end, out decimal value)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(atoms);
        for (var b = span.Length; b > a; b--)
        {
            if (Rejected(span, a, b))
            {
                continue;
            }

            if (TryExpression(span[a..b], s, out value))
            {
                end = b;
                return true;
            }
        }

        end = a;
        value = 0;
        return false;
    }

    /// <summary>Cuts that English forbids: "3 hundred and 2 | hundred", "twenty | -fourth".</summary>
    private static bool Rejected(ReadOnlySpan<Atom> atoms, int a, int b)
    {
        if (b >= atoms.Length)
        {
            return false;
        }

        var next = atoms[b].Kind;
        if (next is AtomKind.Hundred or AtomKind.Scale or AtomKind.Dozen && b - 2 >= a && atoms[b - 2].Kind == AtomKind.And)
        {
            return true;
        }

        return next == AtomKind.Hyphen && b + 1 < atoms.Length && atoms[b + 1].Kind == AtomKind.Ordinal;
    }

    public static bool TryExpression(ReadOnlySpan<Atom> span, TextScan s, out decimal value)
    {
        value = 0;
        if (span.IsEmpty)
        {
            return false;
        }

        if (span[0].Kind == AtomKind.Minus)
        {
            if (!TryExpression(span[1..], s, out var positive))
            {
                return false;
            }

            value = -positive;
            return true;
        }

        for (var i = 0; i < span.Length; i++)
        {
            switch (span[i].Kind)
            {
                case AtomKind.Over or AtomKind.OutOf or AtomKind.In:
                    return TryRatio(span, i, s, out value);
                case AtomKind.Point:
                    return TryPoint(span, i, out value);
            }
        }

        var last = span[^1];
        if (last.Kind is AtomKind.Scale or AtomKind.Dozen && span.Length >= 2)
        {
            var f = span.Length - 2;
            while (f >= 0 && span[f].Kind is AtomKind.Of or AtomKind.Article)
            {
                f--;
            }

            if (f >= 0 && span[f].IsFractionWord)
            {
                if (!TryFraction(span[..(f + 1)], allowLoneQuarter: true, out var whole, out var wholeScale, out var frac))
                {
                    return false;
                }

                value = wholeScale > last.Value ? whole + (frac * last.Value) : (whole + frac) * last.Value;
                return true;
            }
        }

        if (last.IsFractionWord)
        {
            if (!TryFraction(span, allowLoneQuarter: false, out var whole, out var wholeScale, out var frac))
            {
                return false;
            }

            value = whole + (wholeScale >= 1_000_000m ? frac * wholeScale : frac);
            return true;
        }

        return TryCardinal(span, out value, out _);
    }

    private static bool TryRatio(ReadOnlySpan<Atom> span, int i, TextScan s, out decimal value)
    {
        value = 0;
        if (!TryCardinal(span[..i], out var num, out _) || !TryCardinal(span[(i + 1)..], out var den, out _) || den <= 0)
        {
            return false;
        }

        var ok = span[i].Kind switch
        {
            // "2000 over 3" at the end of a phrase; "$2000 over 3 years" is a duration, not a fraction.
            AtomKind.Over => s.IsBoundary(span[^1].End),
            AtomKind.OutOf => num < den,
            _ => num == 1 && den >= 2 && den <= 1000 && decimal.Truncate(den) == den,
        };
        if (!ok)
        {
            return false;
        }

        value = num / den;
        return true;
    }

    private static bool TryPoint(ReadOnlySpan<Atom> span, int point, out decimal value)
    {
        value = 0;
        if (point == 0 || point == span.Length - 1 || !TryCardinal(span[..point], out var whole, out _)
            || decimal.Truncate(whole) != whole)
        {
            return false;
        }

        decimal digits = 0;
        var count = 0;
        var tail = span[(point + 1)..];
        for (var i = 0; i < tail.Length; i++)
        {
            var at = tail[i];
            switch (at.Kind)
            {
                case AtomKind.Unit:
                    digits = (digits * 10) + at.Value;
                    count++;
                    break;
                case AtomKind.Teen:
                    digits = (digits * 100) + at.Value;
                    count += 2;
                    break;
                case AtomKind.Tens:
                    var unit = 0m;
                    if (i + 2 < tail.Length && tail[i + 1].Kind == AtomKind.Hyphen && tail[i + 2].Kind == AtomKind.Unit)
                    {
                        unit = tail[i + 2].Value;
                        i += 2;
                    }
                    else if (i + 1 < tail.Length && tail[i + 1].Kind == AtomKind.Unit)
                    {
                        unit = tail[i + 1].Value;
                        i++;
                    }

                    digits = (digits * 100) + at.Value + unit;
                    count += 2;
                    break;
                default:
                    return false;
            }

            if (count > 20)
            {
                return false;
            }
        }

        value = whole + (digits / NumeralReader.Pow10(count));
        return true;
    }
}
