namespace Bot.Digest.Figures.Recognition;

/// <summary>Every number in a sentence, in order and without overlaps, digits and words alike.</summary>
internal static class NumberScanner
{
    [ThreadStatic]
    private static List<Atom>? atomBuffer;

    public static List<NumberMatch> Scan(TextScan s)
    {
        var result = new List<NumberMatch>();
        var atoms = atomBuffer ??= new List<Atom>(8);
        var t = 0;
        while (t < s.Count)
        {
            if (!AtomReader.CanStart(s, t))
            {
                t++;
                continue;
            }

            AtomReader.Collect(s, t, atoms);
            if (atoms.Count == 0)
            {
                t++;
                continue;
            }

            var a = 0;
            while (a < atoms.Count)
            {
                if (NumberParser.TryLongest(atoms, a, s, out var b, out var value))
                {
                    result.Add(Build(atoms, a, b, value));
                    a = b;
                }
                else
                {
                    a++;
                }
            }

            t = Math.Max(t + 1, atoms[^1].End);
        }

        return result;
    }

    private static NumberMatch Build(List<Atom> atoms, int a, int b, decimal value)
    {
        var flags = NumberFlags.None;
        var scale = 1m;
        for (var i = a; i < b; i++)
        {
            var at = atoms[i];
            switch (at.Kind)
            {
                case AtomKind.Numeral:
                    var own = at.Numeral.Flags;
                    if (i != a)
                    {
                        own &= ~NumberFlags.AttachedLeft;
                    }

                    if (i != b - 1)
                    {
                        own &= ~NumberFlags.AttachedRight;
                    }

                    flags |= own;
                    scale = at.Numeral.Scale;
                    break;
                case AtomKind.Scale:
                    flags |= NumberFlags.Words | NumberFlags.Scaled;
                    scale = at.Value;
                    break;
                case AtomKind.Ordinal or AtomKind.Half or AtomKind.Quarter or AtomKind.Over or AtomKind.OutOf or AtomKind.In:
                    flags |= NumberFlags.Words | NumberFlags.Fraction;
                    break;
                case AtomKind.Point:
                    flags |= NumberFlags.Words | NumberFlags.Decimal;
                    break;
                case AtomKind.Minus:
                    flags |= NumberFlags.Words | NumberFlags.Negative;
                    break;
                case AtomKind.Article:
                    flags |= NumberFlags.Words | (i == a ? NumberFlags.Article : NumberFlags.None);
                    break;
                case AtomKind.Hyphen or AtomKind.And or AtomKind.Of:
                    break;
                default:
                    flags |= NumberFlags.Words;
                    if (at.Kind is AtomKind.Hundred or AtomKind.Dozen)
                    {
                        scale = 1;
                    }

                    break;
            }
        }

        return new NumberMatch(atoms[a].First, atoms[b - 1].End, value, flags, scale);
    }
}
