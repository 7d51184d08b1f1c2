namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Counts with their counted noun: "512 Nvidia H800 chips" → 512, unit "chips", noun phrase "Nvidia H800 chips";
/// "464,000 subscribers"; "14m customers" (millions). The head is the first plural noun within four words; function
/// words, verbs and adverbs stop the search, so "3 of the", "5 rose" and "2 already" are not counts.
/// </summary>
internal static class CountReader
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or", "but", "than", "as",
        "that", "which", "who", "whom", "whose", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had",
        "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do", "does", "did", "said", "says",
        "this", "these", "those", "its", "it", "their", "his", "her", "our", "your", "my", "per", "into", "over", "under",
        "about", "after", "before", "since", "until", "while", "during", "between", "against", "up", "down", "out", "off",
        "more", "less", "most", "least", "times", "also", "not", "no", "so", "then", "there", "here", "when", "where",
        "if", "because", "all", "each", "every", "other", "another", "such", "only", "just", "even", "still", "yet",
        "percent", "cent", "plus", "minus", "am", "pm", "ago", "later", "earlier", "year", "years", "month", "months",
        "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "second", "seconds", "time", "including",
        "both", "either", "neither", "via", "what", "how", "why", "we", "they", "he", "she", "you", "i", "me", "us", "them",
    };

    private static readonly HashSet<string> NotPlural = new(StringComparer.Ordinal)
    {
        "was", "has", "is", "this", "its", "as", "us", "yes", "less", "plus", "thus", "always", "perhaps", "sometimes",
        "whereas", "besides", "afterwards", "towards", "across", "across", "chaos", "news", "series", "species", "gas",
        "bus", "bonus", "status", "campus", "virus", "census", "focus", "basis", "crisis", "analysis", "thesis", "bias",
        "his", "hers", "ours", "yours", "theirs", "does", "goes", "unless", "nevertheless", "regardless", "overseas",
        "famous", "serious", "various", "previous", "anonymous", "enormous", "numerous", "obvious", "tremendous",
        "dangerous", "nervous", "generous", "precious", "ambitious", "glorious", "cautious", "conscious", "curious",
        "vs", "downwards", "upwards", "outwards", "sports", "economics", "politics", "physics", "others", "ones",
    };

    private static readonly HashSet<string> Irregular = new(StringComparer.Ordinal)
    {
        "people", "children", "men", "women", "staff", "police", "personnel", "cattle", "sheep", "fish", "data", "media",
        "teeth", "mice", "geese", "troops", "crew", "aircraft", "deer", "offspring", "feet", "families", "firms",
    };

    /// <summary>After a verb, not after a noun: "2 obliges them", "it elicits a".</summary>
    private static readonly string[] ObjectWords = ["the", "them", "him", "it", "its", "their", "his", "us", "our", "me"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = Stop.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPluralLookup = NotPlural.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularLookup = Irregular.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a counted noun phrase starts at token <paramref name="k"/> (used to read "14m customers").</summary>
    public static bool StartsNoun(TextScan s, int k) => FindHead(s, k, out _, out _);

    public static bool TryRead(RecognitionContext c, int i, out Reading r)
    {
        r = default;
        var s = c.Scan;
        var n = c.Numbers[i];
        if (n.Has(NumberFlags.AttachedLeft) || n.Has(NumberFlags.Negative) || n.Has(NumberFlags.Giga) || n.Value < 2
            || (!n.IsInteger && !n.Has(NumberFlags.Scaled)) || n.IsYearLike)
        {
            return false;
        }

        // "three top 20 singles": a chart position, not twenty singles.
        if (s.Is(n.First - 1, "top") && (s.IsKind(n.First - 2, TokenKind.Digits) || NumberWords.TryGet(s.L(n.First - 2), out _)))
        {
            return false;
        }

        // "Six Nations", "Three Kings": a capitalised number word inside a sentence starts a name.
        if (n.Has(NumberFlags.Words) && !n.Has(NumberFlags.Digits) && n.First > 0 && s.IsCapitalised(n.First))
        {
            return false;
        }

        var k = n.End;
        var value = n.Value;
        var scale = n.Scale;
        if (s.IsWord(k) && s.T(k) is "m" && s.Attached(k) && !DimensionReader.IsLengthCue(s, k + 1))
        {
            value *= 1_000_000m;
            scale = 1_000_000m;
            k++;
        }
        else if (n.Has(NumberFlags.AttachedRight))
        {
            return false;
        }

        if (!FindHead(s, k, out var head, out var end))
        {
            return false;
        }

        var unit = s.Text.Substring(s[head].Start, s[head].Length);
        var noun = s.Text[s[k].Start..s.End(end - 1)];
        r = new Reading(n.First, end, value, unit, FigureKind.Count, Noun: noun, LastNumber: i, Scale: scale);
        return true;
    }

    /// <summary>The first plural noun within four words of <paramref name="k"/>, before any stop word.</summary>
    private static bool FindHead(TextScan s, int k, out int head, out int end)
    {
        head = -1;
        end = k;
        var words = 0;
        var t = k;
        while (words < 4 && t < s.Count && s.IsWord(t))
        {
            var w = s.L(t);
            if (StopLookup.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal) || DurationReader.IsUnit(s, t)
                || NumberWords.TryGet(w, out _))
            {
                return false;
            }

            if (s.Attached(t + 1) && s.IsKind(t + 1, TokenKind.Digits) && CurrencyLexicon.Code(s.L(t), s.T(t)) is not null)
            {
                return false;
            }

            // A word with glued digits or hyphens is one word: "H800", "high-speed", "Covid-19".
            var last = t;
            while (s.Attached(last + 1) && (s.IsKind(last + 1, TokenKind.Digits) || s.IsWord(last + 1)
                   || (s.IsPunct(last + 1, '-') && s.Attached(last + 2) && !s.IsPunct(last + 2, '-'))))
            {
                last += s.IsPunct(last + 1, '-') ? 2 : 1;
            }

            // A capitalised word ending in "s" is a name ("Airbus", "Nations"), not the counted noun.
            if (last == t && (IsPlural(w) || IsPluralAcronym(s.T(t))) && !IsName(s, t) && !s.IsAny(t + 1, ObjectWords))
            {
                head = t;
                end = t + 1;
                return true;
            }

            t = last + 1;
            words++;
        }

        return false;
    }

    /// <summary>"Airbus", "Nations": capitalised words are names; "PCs", "DVDs" are plural acronyms, not names.</summary>
    private static bool IsName(TextScan s, int t)
    {
        var w = s.T(t);
        return char.IsUpper(w[0]) && w.Length > 1 && char.IsLower(w[1]);
    }

    /// <summary>"PCs", "TVs", "DVDs".</summary>
    private static bool IsPluralAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length < 3 || w[^1] != 's')
        {
            return false;
        }

        foreach (var c in w[..^1])
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlural(ReadOnlySpan<char> w)
    {
        if (IrregularLookup.Contains(w))
        {
            return true;
        }

        return w.Length > 3 && w[^1] == 's' && w[^2] != 's' && w[^2] != '\'' && !NotPluralLookup.Contains(w)
            && !w.EndsWith("ous", StringComparison.Ordinal);
    }
}
