namespace Bot.Digest.Figures.Recognition;

/// <summary>Multiples: "10x", "10-fold", "three times more", "2.5 times the size" (not "called 3 times").</summary>
internal static class MultipleReader
{
    private static readonly string[] Comparatives =
        ["more", "less", "higher", "larger", "bigger", "greater", "faster", "slower", "cheaper", "longer", "smaller",
         "lower", "as", "the", "over", "what", "fewer", "stronger", "better", "worse", "costlier", "heavier", "richer"];

    public static bool TryRead(RecognitionContext c, int i, out Reading r)
    {
        r = default;
        var s = c.Scan;
        var n = c.Numbers[i];
        if (n.Has(NumberFlags.AttachedLeft))
        {
            return false;
        }

        var k = n.End;
        if (s.IsWord(k) && s.L(k) is "x" && s.Attached(k) && !(s.Attached(k + 1) && !s.IsKind(k + 1, TokenKind.Punct)))
        {
            r = new Reading(n.First, k + 1, n.Value, "x", FigureKind.Multiple, LastNumber: i);
            return true;
        }

        if (s.IsPunct(k, '-') && s.Attached(k) && s.Is(k + 1, "fold") && s.Attached(k + 1))
        {
            r = new Reading(n.First, k + 2, n.Value, "x", FigureKind.Multiple, LastNumber: i);
            return true;
        }

        // "four times as many" is a multiple; "won the Cup four times as a player" is a count of occasions.
        if (s.Is(k, "times") && s.IsAny(k + 1, Comparatives) && !(s.Is(k + 1, "as") && s.IsAny(k + 2, ["a", "an", "the", "his", "her", "their", "part", "well"])))
        {
            r = new Reading(n.First, k + 1, n.Value, "x", FigureKind.Multiple, LastNumber: i);
            return true;
        }

        return false;
    }

    /// <summary>"tenfold", "threefold": a number word and "fold" in one word.</summary>
    public static bool TryFoldWord(TextScan s, int t, out decimal value)
    {
        value = 0;
        var w = s.L(t);
        if (w.Length <= 4 || !w.EndsWith("fold", StringComparison.Ordinal)
            || !NumberWords.TryGet(w[..^4], out var word) || word.Class is not (WordClass.Unit or WordClass.Teen or WordClass.Tens or WordClass.Hundred or WordClass.Scale))
        {
            return false;
        }

        value = word.Value;
        return value > 1;
    }
}
