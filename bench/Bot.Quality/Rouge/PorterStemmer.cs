namespace Bot.Quality.Rouge;

/// <summary>
/// The original Porter (1980) suffix-stripping algorithm, as ROUGE-1.5.5 and NLTK's <c>ORIGINAL_ALGORITHM</c> mode apply
/// it (no Martin/NLTK extensions: "abli" → "able", no "logi" rule, no irregular-word table). Input: one lower-case
/// ASCII token (the ROUGE tokenizer guarantees that). Within a step the longest matching suffix wins and, when its
/// condition fails, the step leaves the word alone (no fall-through to a shorter suffix), as the paper says.
/// Short words are not special-cased (the paper has no such rule; ROUGE only stems tokens longer than 3 anyway).
/// </summary>
public static class PorterStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize",
    ];

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = Step1A(word);
        w = Step1B(w);
        w = Step1C(w);
        w = ApplyLongest(w, Step2Rules, 0);
        w = ApplyLongest(w, Step3Rules, 0);
        w = Step4(w);
        w = Step5A(w);
        return Step5B(w);
    }

    private static string Step1A(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.EndsWith("ss", StringComparison.Ordinal))
        {
            return w;
        }

        return w.EndsWith('s') ? w[..^1] : w;
    }

    private static string Step1B(string w)
    {
        if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            return Measure(w.AsSpan(0, w.Length - 3)) > 0 ? w[..^1] : w;
        }

        string stem;
        if (w.EndsWith("ed", StringComparison.Ordinal) && ContainsVowel(w.AsSpan(0, w.Length - 2)))
        {
            stem = w[..^2];
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && ContainsVowel(w.AsSpan(0, w.Length - 3)))
        {
            stem = w[..^3];
        }
        else
        {
            return w;
        }

        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) ||
            stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e";
        }

        if (EndsWithDoubleConsonant(stem) && stem[^1] is not ('l' or 's' or 'z'))
        {
            return stem[..^1];
        }

        return Measure(stem) == 1 && EndsCvc(stem) ? stem + "e" : stem;
    }

    private static string Step1C(string w) =>
        w.EndsWith('y') && ContainsVowel(w.AsSpan(0, w.Length - 1)) ? string.Concat(w.AsSpan(0, w.Length - 1), "i") : w;

    private static string Step4(string w)
    {
        var best = LongestSuffix(w, Step4Suffixes);
        if (best is null)
        {
            return w;
        }

        var stem = w.AsSpan(0, w.Length - best.Length);
        if (Measure(stem) <= 1)
        {
            return w;
        }

        if (best == "ion" && (stem.Length == 0 || stem[^1] is not ('s' or 't')))
        {
            return w;
        }

        return stem.ToString();
    }

    private static string Step5A(string w)
    {
        if (!w.EndsWith('e'))
        {
            return w;
        }

        var stem = w[..^1];
        var m = Measure(stem);
        return m > 1 || (m == 1 && !EndsCvc(stem)) ? stem : w;
    }

    private static string Step5B(string w) =>
        Measure(w) > 1 && w.EndsWith("ll", StringComparison.Ordinal) ? w[..^1] : w;

    private static string ApplyLongest(string w, (string Suffix, string Replacement)[] rules, int minMeasureExclusive)
    {
        var bestIndex = -1;
        for (var i = 0; i < rules.Length; i++)
        {
            if (w.EndsWith(rules[i].Suffix, StringComparison.Ordinal) &&
                (bestIndex < 0 || rules[i].Suffix.Length > rules[bestIndex].Suffix.Length))
            {
                bestIndex = i;
            }
        }

        if (bestIndex < 0)
        {
            return w;
        }

        var (suffix, replacement) = rules[bestIndex];
        var stem = w.AsSpan(0, w.Length - suffix.Length);
        return Measure(stem) > minMeasureExclusive ? string.Concat(stem, replacement) : w;
    }

    private static string? LongestSuffix(string w, string[] suffixes)
    {
        string? best = null;
        foreach (var s in suffixes)
        {
            if (w.EndsWith(s, StringComparison.Ordinal) && (best is null || s.Length > best.Length))
            {
                best = s;
            }
        }

        return best;
    }

    /// <summary>A consonant is a letter other than a, e, i, o, u, and other than y preceded by a consonant.</summary>
    private static bool IsConsonant(ReadOnlySpan<char> w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    /// <summary>m in [C](VC)^m[V]: the number of vowel-run → consonant-run transitions.</summary>
    private static int Measure(ReadOnlySpan<char> w)
    {
        var m = 0;
        var previousWasVowel = false;
        for (var i = 0; i < w.Length; i++)
        {
            var consonant = IsConsonant(w, i);
            if (consonant && previousWasVowel)
            {
                m++;
            }

            previousWasVowel = !consonant;
        }

        return m;
    }

    private static bool ContainsVowel(ReadOnlySpan<char> w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            if (!IsConsonant(w, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithDoubleConsonant(string w) =>
        w.Length >= 2 && w[^1] == w[^2] && IsConsonant(w, w.Length - 1);

    /// <summary>*o: the stem ends consonant-vowel-consonant and the last consonant is not w, x or y.</summary>
    private static bool EndsCvc(string w) =>
        w.Length >= 3 && IsConsonant(w, w.Length - 3) && !IsConsonant(w, w.Length - 2) && IsConsonant(w, w.Length - 1) &&
        w[^1] is not ('w' or 'x' or 'y');
}
