namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Calendar dates around a month name: "January 2025", "Jan. 5, 2024", "5 January 2024", "5th of May", "sept . 30".
/// Value is yyyyMMdd with zeros for the parts not stated (January 2025 → 20250100), unit "date". A lower-case
/// "may"/"march" needs a day or year right after it.
/// </summary>
internal static class DateReader
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9,
        ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Read(RecognitionContext c, List<Quantity> into)
    {
        var s = c.Scan;
        for (var m = 0; m < s.Count; m++)
        {
            if (!s.IsWord(m) || !Lookup.TryGetValue(s.L(m), out var month))
            {
                continue;
            }

            var abbreviated = s[m].Length <= 4 && s.L(m) is not ("june" or "july" or "may");
            var k = m + 1;
            if (abbreviated && s.IsPunct(k, '.'))
            {
                k++;
            }

            var start = m;
            int day = 0, year = 0, end = -1;
            if (TryDay(s, k, out day, out var afterDay))
            {
                end = afterDay;
                var y = s.IsPunct(afterDay, ',') ? afterDay + 1 : afterDay;
                if (TryYear(s, y, out year))
                {
                    end = y + 1;
                }
            }
            else if (TryYear(s, s.IsPunct(k, ',') ? k + 1 : k, out year))
            {
                end = (s.IsPunct(k, ',') ? k + 1 : k) + 1;
            }

            // "5 January 2024", "5th of May".
            var before = s.Is(m - 1, "of") ? m - 2 : m - 1;
            if (day == 0 && TryDayBefore(s, before, out var leadingDay, out var dayStart))
            {
                day = leadingDay;
                start = dayStart;
                end = Math.Max(end, m + 1);
                if (year == 0)
                {
                    var y = s.IsPunct(m + 1, ',') ? m + 2 : m + 1;
                    if (TryYear(s, y, out year))
                    {
                        end = y + 1;
                    }
                }
            }

            if (end < 0 || (day == 0 && year == 0) || !Plausible(s, m, day, year, end))
            {
                continue;
            }

            Emit(c, into, start, end, (year * 10000) + (month * 100) + day);
            m = end - 1;
        }
    }

    private static bool Plausible(TextScan s, int m, int day, int year, int end)
    {
        if (s.IsCapitalised(m))
        {
            return true;
        }

        // Lower-case "may", "march": a modal or a verb unless the date is complete or ends the phrase.
        return s.L(m) is not ("may" or "march") || year > 0 || s.IsBoundary(end);
    }

    private static void Emit(RecognitionContext c, List<Quantity> into, int start, int end, decimal value)
    {
        var s = c.Scan;
        for (var i = c.FirstNumberAtOrAfter(start); i < c.Numbers.Count && c.Numbers[i].First < end; i++)
        {
            if (c.Numbers[i].End <= end)
            {
                c.Used[i] = true;
            }
        }

        into.Add(new Quantity(s.Start(start), s.End(end - 1), value, "date", FigureKind.Date, FirstToken: start, EndToken: end));
    }

    private static bool TryDay(TextScan s, int k, out int day, out int after)
    {
        day = 0;
        after = k;
        if (!s.IsKind(k, TokenKind.Digits) || s[k].Length > 2)
        {
            return false;
        }

        day = int.Parse(s.T(k), System.Globalization.CultureInfo.InvariantCulture);
        after = k + 1;
        if (s.Attached(after) && s.IsAny(after, ["st", "nd", "rd", "th"]))
        {
            after++;
        }
        else if (s.Attached(after) && !s.IsKind(after, TokenKind.Punct))
        {
            return false;
        }

        // "May 5 percent" is not a date.
        return day is >= 1 and <= 31 && !(s.IsPunct(after, '%') || s.IsAny(after, ["percent", "per", "million", "billion"]));
    }

    private static bool TryDayBefore(TextScan s, int k, out int day, out int start)
    {
        day = 0;
        start = k;
        if (s.IsAny(k, ["st", "nd", "rd", "th"]) && s.Attached(k))
        {
            k--;
        }

        if (!s.IsKind(k, TokenKind.Digits) || s[k].Length > 2 || (s.Attached(k) && !s.IsKind(k - 1, TokenKind.Punct)))
        {
            return false;
        }

        day = int.Parse(s.T(k), System.Globalization.CultureInfo.InvariantCulture);
        start = k;
        return day is >= 1 and <= 31;
    }

    private static bool TryYear(TextScan s, int k, out int year)
    {
        year = 0;
        if (!s.IsKind(k, TokenKind.Digits) || s[k].Length != 4 || (s.Attached(k + 1) && !s.IsKind(k + 1, TokenKind.Punct)))
        {
            return false;
        }

        year = int.Parse(s.T(k), System.Globalization.CultureInfo.InvariantCulture);
        return year is >= 1000 and <= 2999;
    }
}
