using Bot.Digest.Figures.Recognition;

namespace Bot.Digest.Figures;

/// <summary>Subjects of changes and states: "Quarterly profits jumped 76% to $1.13bn".</summary>
internal static partial class SubjectFinder
{
    /// <summary>"Quarterly profits at TimeWarner jumped 76%" / "Turnover for the quarter was up 4.3%".</summary>
    private static string? ChangeSubject(TextScan s, int p)
    {
        var k = p;
        if (s.IsAny(k, ["by", "to", "at"]))
        {
            k--;
        }

        if (s.IsAny(k, ["up", "down"]))
        {
            k--;
        }

        if (s.Is(k, "at") || s.Is(k, "to"))
        {
            k--;
        }

        if (!s.IsWord(k) || !ChangeLookup.Contains(s.L(k)))
        {
            return null;
        }

        if (s.IsAny(k, ["stood", "came", "amounted", "estimated"]) && s.IsAny(k - 1, ["was", "were", "is", "are"]))
        {
            k--;
        }

        // Up to two runs of words before the verb, joined by a preposition: the first run holding a measure noun wins.
        var end = k;
        for (var run = 0; run < 2; run++)
        {
            var groups = new List<(int First, int End)>();
            var j = end - 1;
            while (j >= 0 && groups.Count < 5)
            {
                var g = GroupEndingAt(s, j);
                if (g.First < 0 || IsBreaker(s, g))
                {
                    break;
                }

                groups.Add(g);
                j = g.First - 1;
            }

            groups.Reverse();
            if (groups.Count > 0 && HasMeasureNoun(s, groups))
            {
                return Phrase(s, groups, nameOnly: false);
            }

            // Skip "the quarter" / "US media giant TimeWarner" back over one preposition to the phrase it qualifies.
            var prep = groups.Count > 0 ? groups[0].First - 1 : j;
            while (prep >= 0 && s.IsAny(prep, ["the", "a", "an", "its", "their"]))
            {
                prep--;
            }

            if (!s.IsAny(prep, Prepositions))
            {
                return null;
            }

            end = prep;
        }

        return null;
    }

    private static bool HasMeasureNoun(TextScan s, List<(int First, int End)> groups)
    {
        foreach (var g in groups)
        {
            if (g.End - g.First == 1 && MeasureLookup.Contains(s.L(g.First)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"to", "from", "or", "(" between two figures: the second continues the first ("rose 2% to $11.1bn").</summary>
    private static bool Continues(TextScan s, int previousEnd, int first)
    {
        if (first - previousEnd is < 1 or > 2)
        {
            return false;
        }

        for (var k = previousEnd; k < first; k++)
        {
            if (!s.IsAny(k, ["to", "from", "or", "and"]) && !s.IsPunct(k, '(') && !s.IsPunct(k, ';'))
            {
                return false;
            }
        }

        return true;
    }
}
