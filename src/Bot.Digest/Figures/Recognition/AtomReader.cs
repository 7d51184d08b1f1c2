namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Collects the run of number atoms that starts at a token ("three hundred and two dozens", "1 over twenty-one",
/// "5 and a half million"). Connectors are only taken when a number follows them, so "two and a previous version"
/// stops at "two". Which atoms form which numbers is decided by <see cref="NumberParser"/>.
/// </summary>
internal static class AtomReader
{
    private static readonly string[] Determiners = ["the", "this", "that", "which", "each", "every", "any", "no", "another"];

    public static bool CanStart(TextScan s, int t)
    {
        if (NumeralReader.Starts(s, t))
        {
            return true;
        }

        if (s.IsPunct(t, '-') || s.IsPunct(t, '−'))
        {
            return t == 0 && NumeralReader.Starts(s, t + 1);
        }

        if (!s.IsWord(t))
        {
            return false;
        }

        if (NumberWords.TryGet(s.L(t), out var w))
        {
            return w.Class is WordClass.Unit or WordClass.Teen or WordClass.Tens or WordClass.Half
                || (w.Class == WordClass.Quarter && IsScaleWord(s, t + 1))
                || (w is { Class: WordClass.Hundred, Plural: false } && NumberWords.TryGet(s.L(t + 1), out var next) && next.Class == WordClass.Scale);
        }

        return s.L(t) is "a" or "an" or "minus" or "negative";
    }

    /// <summary>No English number phrase is longer; the cap keeps a pathological "one one one ..." linear.</summary>
    private const int MaxAtoms = 32;

    public static void Collect(TextScan s, int t, List<Atom> atoms)
    {
        atoms.Clear();
        var k = t;
        while (k < s.Count && atoms.Count < MaxAtoms && TryAtom(s, k, atoms, out var atom))
        {
            atoms.Add(atom);
            k = atom.End;
        }

        while (atoms.Count > 0 && !atoms[^1].IsNumber)
        {
            atoms.RemoveAt(atoms.Count - 1);
        }
    }

    private static bool TryAtom(TextScan s, int k, List<Atom> atoms, out Atom atom)
    {
        atom = default;
        Atom? prev = atoms.Count > 0 ? atoms[^1] : null;
        var prevNumber = prev is { IsNumber: true };

        if (NumeralReader.Starts(s, k) || (atoms.Count == 0 && (s.IsPunct(k, '-') || s.IsPunct(k, '−')) && NumeralReader.Starts(s, k + 1)))
        {
            var at = NumeralReader.Starts(s, k) ? k : k + 1;
            var numeralAllowed = prev is null
                || prev.Value.Kind is AtomKind.Scale or AtomKind.Hundred or AtomKind.And or AtomKind.Over or AtomKind.OutOf
                    or AtomKind.In or AtomKind.Minus;
            if (!numeralAllowed || !NumeralReader.TryRead(s, at, out var numeral) || numeral.IsOrdinal)
            {
                return false;
            }

            if (at != k && numeral.First != k)
            {
                return false;
            }

            // "2222/2222" and "5/17/2018": the part after a slash is a new number, not a continuation.
            if (prev is not null && s.Attached(numeral.First) && !s.IsWord(numeral.First - 1))
            {
                return false;
            }

            atom = new Atom(AtomKind.Numeral, numeral.Value, numeral.First, numeral.End, Numeral: numeral);
            return true;
        }

        if (s.IsPunct(k, '-') || s.IsPunct(k, '‐'))
        {
            var hyphenOk = prev is { Kind: AtomKind.Unit or AtomKind.Teen or AtomKind.Tens or AtomKind.Hundred or AtomKind.Scale }
                && NumberWords.TryGet(s.L(k + 1), out _);
            atom = new Atom(AtomKind.Hyphen, 0, k, k + 1);
            return hyphenOk;
        }

        if (!s.IsWord(k))
        {
            return false;
        }

        var lower = s.L(k);
        if (NumberWords.TryGet(lower, out var w))
        {
            return TryWordAtom(s, k, w, prev, prevNumber, out atom);
        }

        switch (lower)
        {
            case "a" or "an":
                atom = new Atom(AtomKind.Article, 1, k, k + 1);
                return ArticleAllowed(s, k, prev);
            case "and":
                atom = new Atom(AtomKind.And, 0, k, k + 1);
                return (prev is { Kind: AtomKind.Unit or AtomKind.Teen or AtomKind.Tens or AtomKind.Hundred or AtomKind.Scale
                        or AtomKind.Numeral or AtomKind.Dozen }
                    && StartsAddend(s, k + 1))
                    || (prev is { Kind: AtomKind.Hundred or AtomKind.Scale } && NumberWords.TryGet(s.L(k + 1), out var ord)
                        && ord is { Class: WordClass.Ordinal, CompoundOnly: false });
            case "point":
                atom = new Atom(AtomKind.Point, 0, k, k + 1);
                return prev is { Kind: AtomKind.Unit or AtomKind.Teen or AtomKind.Tens or AtomKind.Hundred or AtomKind.Scale }
                    && NumberWords.TryGet(s.L(k + 1), out var next) && next.Class is WordClass.Unit or WordClass.Teen or WordClass.Tens;
            case "minus" or "negative":
                atom = new Atom(AtomKind.Minus, 0, k, k + 1);
                return prev is null && StartsValue(s, k + 1);
            case "over":
                atom = new Atom(AtomKind.Over, 0, k, k + 1);
                return prevNumber && prev!.Value.Kind != AtomKind.Scale && StartsValue(s, k + 1);
            case "out" when s.Is(k + 1, "of"):
                atom = new Atom(AtomKind.OutOf, 0, k, k + 2);
                return prevNumber && StartsValue(s, k + 2);
            case "in":
                atom = new Atom(AtomKind.In, 0, k, k + 1);
                return prev is { Value: 1m, Kind: AtomKind.Unit or AtomKind.Numeral } && atoms.Count == 1 && StartsValue(s, k + 1);
            case "of":
                atom = new Atom(AtomKind.Of, 0, k, k + 1);
                return prev is { IsFractionWord: true } && s.IsAny(k + 1, ["a", "an"]) && IsScaleWord(s, k + 2);
            default:
                return false;
        }
    }

    private static bool TryWordAtom(TextScan s, int k, NumberWord w, Atom? prev, bool prevNumber, out Atom atom)
    {
        var kind = w.Class switch
        {
            WordClass.Unit => AtomKind.Unit,
            WordClass.Teen => AtomKind.Teen,
            WordClass.Tens => AtomKind.Tens,
            WordClass.Hundred => AtomKind.Hundred,
            WordClass.Scale => AtomKind.Scale,
            WordClass.Dozen => AtomKind.Dozen,
            WordClass.Ordinal => AtomKind.Ordinal,
            WordClass.Half => AtomKind.Half,
            _ => AtomKind.Quarter,
        };
        atom = new Atom(kind, w.Value, k, k + 1, w.Plural);
        var afterSomething = prev is not null && prev.Value.Kind is not (AtomKind.Minus or AtomKind.Over or AtomKind.OutOf or AtomKind.In);
        switch (w.Class)
        {
            case WordClass.Unit or WordClass.Teen or WordClass.Tens:
                return prev is not null || !IsPronounOne(s, k, w);
            case WordClass.Hundred when prev is null:
                // "hundred thousand dollars"; a lone "hundreds" ("hundreds of people") is not a number.
                return !w.Plural && NumberWords.TryGet(s.L(k + 1), out var after) && after.Class == WordClass.Scale;
            case WordClass.Hundred or WordClass.Scale or WordClass.Dozen:
                return prevNumber || prev is { Kind: AtomKind.Article };
            case WordClass.Ordinal when w.CompoundOnly:
                return prev is { Kind: AtomKind.Tens }
                    || (prev is { Kind: AtomKind.Hyphen } && s.IsWord(k - 2) && NumberWords.TryGet(s.L(k - 2), out var t) && t.Class == WordClass.Tens);
            case WordClass.Ordinal:
                return afterSomething;
            case WordClass.Half:
                return true;
            default:
                return afterSomething || IsScaleWord(s, k + 1);
        }
    }

    private static bool IsPronounOne(TextScan s, int k, NumberWord w)
    {
        if (w.Value != 1 || w.Class != WordClass.Unit)
        {
            return false;
        }

        // "the one you mentioned", "which one", "one's own"; but "that one mile" measures.
        if (UnitLexicon.Table.TryMatch(s, k + 1, out _, out _) || DurationReader.IsUnit(s, k + 1))
        {
            return false;
        }

        return s.IsAny(k - 1, Determiners) || (s.IsPunct(k + 1, '\'') && s.Is(k + 2, "s")) || (s.IsPunct(k + 1, '’') && s.Is(k + 2, "s"));
    }

    private static bool ArticleAllowed(TextScan s, int k, Atom? prev)
    {
        if (prev is not null && prev.Value.Kind is not (AtomKind.And or AtomKind.Half or AtomKind.Of))
        {
            return false;
        }

        if (!NumberWords.TryGet(s.L(k + 1), out var next))
        {
            return false;
        }

        return prev?.Kind switch
        {
            AtomKind.Half or AtomKind.Of => next.Class is WordClass.Scale or WordClass.Dozen,
            AtomKind.And => next.Class is WordClass.Half or WordClass.Quarter or WordClass.Ordinal,
            _ => next.Class is WordClass.Hundred or WordClass.Scale or WordClass.Dozen or WordClass.Half or WordClass.Quarter
                    || (next.Class == WordClass.Ordinal && !next.CompoundOnly && !OrdinalBeforeNoun(s, k + 2))
                    || (next.Class == WordClass.Tens && IsOrdinalAfterTens(s, k + 2)),
        };
    }

    /// <summary>"a fourth try", "a third term": an ordinal; "a fifth of voters" and "a fifth" are fractions.</summary>
    private static bool OrdinalBeforeNoun(TextScan s, int k) =>
        s.IsWord(k) && !s.Is(k, "of") && !(NumberWords.TryGet(s.L(k), out var w) && w.Class == WordClass.Scale);

    private static bool IsOrdinalAfterTens(TextScan s, int k)
    {
        if (s.IsPunct(k, '-'))
        {
            k++;
        }

        return NumberWords.TryGet(s.L(k), out var w) && w.Class == WordClass.Ordinal;
    }

    private static bool StartsAddend(TextScan s, int k)
    {
        if (s.IsKind(k, TokenKind.Digits))
        {
            return true;
        }

        if (NumberWords.TryGet(s.L(k), out var w))
        {
            return w.Class is WordClass.Unit or WordClass.Teen or WordClass.Tens;
        }

        return s.IsAny(k, ["a", "an"]) && NumberWords.TryGet(s.L(k + 1), out var f)
            && f.Class is WordClass.Half or WordClass.Quarter or WordClass.Ordinal;
    }

    private static bool StartsValue(TextScan s, int k) =>
        s.IsKind(k, TokenKind.Digits)
        || (NumberWords.TryGet(s.L(k), out var w) && w.Class is WordClass.Unit or WordClass.Teen or WordClass.Tens);

    private static bool IsScaleWord(TextScan s, int k) =>
        NumberWords.TryGet(s.L(k), out var w) && w.Class is WordClass.Scale or WordClass.Dozen;
}
