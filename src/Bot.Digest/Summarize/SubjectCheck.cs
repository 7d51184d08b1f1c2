namespace Bot.Digest.Summarize;

/// <summary>What a bullet's subject leans on: nothing, the sentence just before it, or some earlier mention.</summary>
internal enum Antecedent
{
    /// <summary>The bullet names its own subject.</summary>
    None,

    /// <summary>Opens with a pronoun ("It", "They", "These chips"): the previous sentence must be in the digest.</summary>
    PreviousSentence,

    /// <summary>Opens with "The company"/"The firm"/"The group": some earlier sentence of the digest must name it.</summary>
    EarlierMention,
}

/// <summary>
/// A bullet stands alone, so a sentence whose subject is a pronoun or "the company" may only be used when what it
/// refers to is already in the digest. Looks at the opening words and, after a fronted clause ("Despite X, the
/// company ..."), at the words after the first comma; a name inside that fronted clause resolves the reference.
/// </summary>
internal static class SubjectCheck
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "It", "Its", "They", "Their", "Them", "He", "His", "She", "Her", "This", "These", "Those", "That", "Such",
        "Both", "Another"
    };

    private static readonly HashSet<string> CompanyNouns = new(StringComparer.Ordinal)
    {
        "company", "firm", "group", "business", "carrier", "bank", "retailer", "airline", "giant"
    };

    private static readonly HashSet<string> TimeNouns = new(StringComparer.Ordinal)
    {
        "year", "week", "month", "time", "morning", "afternoon", "evening", "night", "season", "summer", "spring",
        "autumn", "winter", "weekend", "quarter", "decade", "century", "days", "months", "weeks", "years"
    };

    private static readonly HashSet<string> FrontingWords = new(StringComparer.Ordinal)
    {
        "Despite", "Although", "Though", "While", "After", "Before", "When", "As", "Since", "With", "In", "On", "At",
        "Following", "Under", "Because", "If", "Unlike", "Like", "Amid", "During", "Now", "For", "By", "Last", "Earlier",
        "Later", "Speaking", "Asked"
    };

    public static Antecedent Needs(string bullet)
    {
        var text = bullet.AsSpan().TrimStart();
        if (text.IsEmpty || SentenceScorer.OpensWithQuote(bullet.TrimStart()))
        {
            return Antecedent.None;
        }

        var first = Classify(text);
        if (first != Antecedent.None)
        {
            return first;
        }

        var firstWord = Word(text, 0, out var afterFirst);
        if (!FrontingWords.Contains(firstWord) && !OpensWithTimePhrase(firstWord, text, afterFirst))
        {
            return Antecedent.None;
        }

        var comma = text.IndexOf(',');
        if (comma < 0 || comma > 120)
        {
            return Antecedent.None;
        }

        var fronted = text[..comma];
        var rest = text[(comma + 1)..].TrimStart();
        var afterComma = Classify(rest);
        return afterComma != Antecedent.None && !NamesSomething(fronted) ? afterComma : Antecedent.None;
    }

    private static Antecedent Classify(ReadOnlySpan<char> text)
    {
        var w1 = Word(text, 0, out var next);
        if (OpensWithTimePhrase(w1, text, next))
        {
            return Antecedent.None;
        }

        if (Pronouns.Contains(w1) || (w1.Length > 0 && Pronouns.Contains(Capitalized(w1))))
        {
            // "That" and "This" also open plain sentences ("That is why ..."): they point back all the same.
            return Antecedent.PreviousSentence;
        }

        if (w1.Equals("The", StringComparison.OrdinalIgnoreCase))
        {
            var w2 = Word(text, next, out _);
            if (CompanyNouns.Contains(w2))
            {
                return Antecedent.EarlierMention;
            }
        }

        return Antecedent.None;
    }

    /// <summary>"This year", "That week", "These days": a time phrase, not a pointer back.</summary>
    private static bool OpensWithTimePhrase(string w1, ReadOnlySpan<char> text, int next) =>
        w1 is "This" or "That" or "These" or "this" or "that" or "these" && TimeNouns.Contains(Word(text, next, out _));

    /// <summary>A capitalised word after the clause's first word: a name the pronoun can refer to.</summary>
    private static bool NamesSomething(ReadOnlySpan<char> clause)
    {
        _ = Word(clause, 0, out var i);
        while (i < clause.Length)
        {
            var w = Word(clause, i, out var next);
            if (w.Length > 0 && char.IsUpper(w[0]))
            {
                return true;
            }

            if (next <= i)
            {
                break;
            }

            i = next;
        }

        return false;
    }

    private static string Capitalized(string w) => w.Length > 1 && char.IsLower(w[0]) ? string.Concat(char.ToUpperInvariant(w[0]).ToString(), w.AsSpan(1)) : w;

    /// <summary>The word starting at or after <paramref name="from"/> (letters only); <paramref name="next"/> is where the next search starts.</summary>
    private static string Word(ReadOnlySpan<char> text, int from, out int next)
    {
        var i = from;
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        next = i;
        return text[start..i].ToString();
    }
}
