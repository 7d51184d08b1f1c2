namespace Bot.Digest.Figures.Recognition;

/// <summary>The cardinal grammar: "two hundred and two thousand", "4 thousand 3 hundred and 21", "three lakh crore".</summary>
internal static partial class NumberParser
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
