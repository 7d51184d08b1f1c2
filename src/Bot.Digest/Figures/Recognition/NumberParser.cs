namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Turns a run of atoms into numbers: the longest valid reading from the left, then the next. Cardinals follow the
/// usual grammar ("two hundred and two thousand" = 202000, "three lakh crore" = 3e12); fractions split numerator and
/// denominator the way English does ("one hundred thirty fifths" = 100/35 but "one hundred and thirty fifths" =
/// 130/5; "two and fifty-four hundredths" = 2.54); a fraction before a scale scales ("five and a half million").
/// </summary>
internal static class NumberParser
{
    private enum State
    {
        Start,
        Article,
        Small,
        Tens,
        Hyphen,
        Numeral,
        Hundred,
        Scale,
        And,
        Dozen,
    }

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

    /// <summary>Whole numbers in words and digits: "4 thousand 3 hundred and 21", "ninety - five hundred".</summary>
    public static bool TryCardinal(ReadOnlySpan<Atom> span, out decimal value, out decimal lastScale)
    {
        value = 0;
        lastScale = 0;
        decimal total = 0, current = 0, lastAdd = 0, minScale = decimal.MaxValue;
        var hasHundred = false;
        var state = State.Start;
        for (var k = 0; k < span.Length; k++)
        {
            var at = span[k];
            var next = k + 1 < span.Length ? span[k + 1].Kind : (AtomKind?)null;
            switch (at.Kind)
            {
                case AtomKind.Article:
                    if (k != 0 || next is not (AtomKind.Hundred or AtomKind.Scale or AtomKind.Dozen))
                    {
                        return false;
                    }

                    current = 1;
                    lastAdd = 1;
                    state = State.Article;
                    break;
                case AtomKind.Numeral:
                    var n = at.Numeral;
                    if (state == State.Start)
                    {
                        current = at.Value;
                    }
                    else if (n.IsInteger && at.Value > 0 && (n.Flags & NumberFlags.Scaled) == 0
                             && (state == State.Scale ? at.Value < lastScale : at.Value < 100 && state is State.And or State.Hundred))
                    {
                        current = state == State.Scale ? at.Value : current + at.Value;
                    }
                    else
                    {
                        return false;
                    }

                    lastAdd = at.Value;
                    state = State.Numeral;
                    break;
                case AtomKind.Unit:
                    if (at.Value == 0)
                    {
                        if (span.Length != 1)
                        {
                            return false;
                        }

                        state = State.Small;
                        break;
                    }

                    switch (state)
                    {
                        case State.Start or State.Scale:
                            current = state == State.Scale ? at.Value : at.Value;
                            lastAdd = at.Value;
                            break;
                        case State.Tens or State.Hyphen:
                            current += at.Value;
                            lastAdd += at.Value;
                            break;
                        case State.Hundred or State.And:
                            current += at.Value;
                            lastAdd = at.Value;
                            break;
                        default:
                            return false;
                    }

                    state = State.Small;
                    break;
                case AtomKind.Teen or AtomKind.Tens:
                    if (state is State.Start or State.Scale)
                    {
                        current = at.Value;
                    }
                    else if (state is State.Hundred or State.And)
                    {
                        current += at.Value;
                    }
                    else
                    {
                        return false;
                    }

                    lastAdd = at.Value;
                    state = at.Kind == AtomKind.Tens ? State.Tens : State.Small;
                    break;
                case AtomKind.Hyphen:
                    if (state != State.Tens || next != AtomKind.Unit)
                    {
                        return false;
                    }

                    state = State.Hyphen;
                    break;
                case AtomKind.Hundred:
                    if (state is State.Article or State.Start)
                    {
                        current = 100;
                    }
                    else if (state is State.Small or State.Tens or State.Numeral && current > 0 && !hasHundred
                             && (state == State.Numeral ? (span[k - 1].Numeral.Flags & NumberFlags.Scaled) == 0 : current < 100))
                    {
                        current *= 100;
                    }
                    else
                    {
                        return false;
                    }

                    hasHundred = true;
                    state = State.Hundred;
                    break;
                case AtomKind.Scale:
                    var scale = at.Value;
                    if (current == 0 && state == State.Scale && scale > lastScale && total > 0)
                    {
                        // "three lakh crore": a scale of a scale.
                        if (!Arithmetic.TryMultiply(total, scale, out total))
                        {
                            return false;
                        }

                        lastScale = scale;
                        minScale = scale;
                        break;
                    }

                    if (state is State.Start or State.And or State.Hyphen || current == 0 || scale >= minScale
                        || (state == State.Numeral && (span[k - 1].Numeral.Flags & NumberFlags.Scaled) != 0))
                    {
                        return false;
                    }

                    if (!Arithmetic.TryMultiply(current, scale, out var product) || !Arithmetic.TryAdd(total, product, out total))
                    {
                        return false;
                    }

                    current = 0;
                    lastAdd = 0;
                    minScale = scale;
                    lastScale = scale;
                    hasHundred = false;
                    state = State.Scale;
                    break;
                case AtomKind.Dozen:
                    if (state == State.Article)
                    {
                        current = 12;
                    }
                    else if (state is State.Small or State.Tens or State.Numeral && lastAdd > 0)
                    {
                        current = current - lastAdd + (lastAdd * 12);
                    }
                    else
                    {
                        return false;
                    }

                    state = State.Dozen;
                    break;
                case AtomKind.And:
                    var andOk = state is State.Hundred or State.Scale || (state == State.Tens && next == AtomKind.Unit);
                    if (!andOk || next is null)
                    {
                        return false;
                    }

                    state = state == State.Tens ? State.Hyphen : State.And;
                    break;
                default:
                    return false;
            }
        }

        if (state is State.Start or State.And or State.Hyphen or State.Article)
        {
            return false;
        }

        return Arithmetic.TryAdd(total, current, out value);
    }
}
