namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// The recogniser: every quantity in a sentence with its span, normalised value, unit, kind and qualifier. It is
/// generous (plain numbers, bare unit mentions, ambiguous readings are all reported, flagged); the key-figure
/// extractor decides what is worth showing. Hand-written scanning, no regular expressions: ~1 µs per short sentence.
/// </summary>
internal static class QuantityRecognizer
{
    public static List<Quantity> Recognize(string text, bool bareMentions = true) => Recognize(new TextScan(text), out _, bareMentions);

    /// <param name="bareMentions">Also report units named without a number (the spec files expect them; key figures do not).</param>
    public static List<Quantity> Recognize(TextScan scan, out List<NumberMatch> numbers, bool bareMentions = true)
    {
        numbers = NumberScanner.Scan(scan);
        var result = new List<Quantity>();
        var hasDigits = HasDigitToken(scan);
        if (numbers.Count == 0 && !hasDigits)
        {
            ExtraReaders.AddFoldWords(scan, result);
            if (bareMentions)
            {
                ExtraReaders.AddBareMentions(scan, result);
            }

            return result;
        }

        var c = new RecognitionContext(scan, numbers);
        if (hasDigits)
        {
            // Every date we read has a day or a year written in digits ("5th of May" has no number, only an ordinal).
            DateReader.Read(c, result);
        }

        for (var i = 0; i < numbers.Count; i++)
        {
            if (c.Used[i] || numbers[i].First < c.Floor)
            {
                continue;
            }

            var reading = ReadSingle(c, i);
            Quantity quantity;
            if (RangeReader.TryExtend(c, i, reading, out var low, out var high, out var prefix))
            {
                quantity = Build(c, low, high, prefix);
                MarkUsed(c, i, high.LastNumber);
                c.Floor = high.End;
            }
            else
            {
                quantity = Build(c, reading, null, -1);
                MarkUsed(c, i, Math.Max(i, reading.LastNumber));
                c.Floor = reading.End;
            }

            result.Add(quantity);
        }

        ExtraReaders.AddFoldWords(scan, result);
        if (bareMentions)
        {
            ExtraReaders.AddBareMentions(scan, result);
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static bool HasDigitToken(TextScan s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s[i].Kind == TokenKind.Digits)
            {
                return true;
            }
        }

        return false;
    }

    private static void MarkUsed(RecognitionContext c, int from, int to)
    {
        for (var k = from; k <= to && k < c.Used.Length; k++)
        {
            c.Used[k] = true;
        }
    }

    private static readonly string[] NumberPrefixes = ["mid", "pre", "post", "early", "late", "over", "under", "top", "sub"];

    public static Reading ReadSingle(RecognitionContext c, int i)
    {
        var n = c.Numbers[i];
        if ((n.Has(NumberFlags.Hyphenated) && !c.Scan.IsAny(n.First - 2, NumberPrefixes)) || IsCapitalisedName(c.Scan, n))
        {
            // "Covid-19", "GPT-4", "F-35": a name.
            return new Reading(n.First, n.End, n.Value, "", FigureKind.Number, Flags: QuantityFlags.Identifier, LastNumber: i, Scale: n.Scale);
        }

        if (CurrencyReader.TryRead(c, i, out var r) || PercentReader.TryRead(c, i, out r) || PercentReader.TryReadPrefixed(c, i, out r)
            || TemperatureReader.TryRead(c, i, out r) || DurationReader.TryRead(c, i, out r) || DurationReader.TryReadAged(c, i, out r)
            || DimensionReader.TryRead(c, i, out r) || MultipleReader.TryRead(c, i, out r))
        {
            return r;
        }

        if (IsNamedNumber(c.Scan, n))
        {
            // "Section 404", "Commodore 64", "FTSE 100", "Euro 2004": a name with a number in it.
            return new Reading(n.First, n.End, n.Value, "", FigureKind.Number, Flags: QuantityFlags.Identifier, LastNumber: i);
        }

        if (n.IsYearLike && !c.Scan.IsPunct(n.First - 1, '$') && (!c.Scan.Attached(n.End) || c.Scan.IsKind(n.End, TokenKind.Punct)))
        {
            return new Reading(n.First, n.End, n.Value, "year", FigureKind.Year, LastNumber: i);
        }

        // "the 1970s": a decade.
        if ((n.Flags & ~NumberFlags.AttachedRight) == NumberFlags.Digits && n.End - n.First == 1 && n.Value is >= 1500 and <= 2100
            && c.Scan.Attached(n.End) && c.Scan.T(n.End) is "s" && n.Value % 10 == 0)
        {
            return new Reading(n.First, n.End + 1, n.Value, "decade", FigureKind.Year, LastNumber: i);
        }

        if (CountReader.TryRead(c, i, out r))
        {
            return r;
        }

        var flags = n.Has(NumberFlags.Giga) || n.Has(NumberFlags.AttachedLeft) ? QuantityFlags.Identifier : QuantityFlags.None;
        if (n.Has(NumberFlags.AttachedRight))
        {
            flags |= QuantityFlags.Ambiguous;
        }

        return new Reading(n.First, n.End, n.Value, "", FigureKind.Number, Flags: flags, LastNumber: i, Scale: n.Scale);
    }

    /// <summary>"Six Nations", "Three Degrees", "Three Kings": a capitalised number word inside a sentence, then a
    /// capitalised word, is a name.</summary>
    private static bool IsCapitalisedName(TextScan s, NumberMatch n) =>
        n.First > 0 && !n.Has(NumberFlags.Digits) && s.IsCapitalised(n.First) && s.IsWord(n.End) && s.IsCapitalised(n.End)
        && !s.IsPunct(n.First - 1, '.') && !s.IsPunct(n.First - 1, '"') && !s.IsPunct(n.First - 1, '“');

    private static readonly string[] NotNames =
        ["In", "By", "Since", "From", "Until", "Of", "On", "At", "For", "And", "Or", "But", "The", "A", "To", "About", "Around",
         "Some", "Over", "Under", "Nearly", "Almost", "Only", "Just", "With", "Between", "After", "Before", "During", "Than",
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "I", "We", "They", "He", "She", "It"];

    private static bool IsNamedNumber(TextScan s, NumberMatch n)
    {
        var p = n.First - 1;
        if (n.Flags != NumberFlags.Digits || p < 0 || !s.IsWord(p) || s.Attached(n.First) || !s.IsCapitalised(p))
        {
            return false;
        }

        foreach (var w in NotNames)
        {
            if (s.T(p).SequenceEqual(w))
            {
                return false;
            }
        }

        return !s.IsPunct(p - 1, '.') && !(s.IsPunct(p - 1, '"') || s.IsPunct(p - 1, '“'));
    }

    private static Quantity Build(RecognitionContext c, Reading low, Reading? high, int prefixStart)
    {
        var s = c.Scan;
        var first = low.First;
        var end = high?.End ?? low.End;
        var flags = low.Flags | (high?.Flags ?? QuantityFlags.None);
        var spelled = true;
        var numberFlags = NumberFlags.None;
        for (var i = c.FirstNumberAtOrAfter(first); i < c.Numbers.Count && c.Numbers[i].First < end; i++)
        {
            var n = c.Numbers[i];
            if (n.End <= end)
            {
                numberFlags |= n.Flags;
                spelled &= !n.Has(NumberFlags.Digits);
            }
        }

        if (spelled)
        {
            flags |= QuantityFlags.Spelled;
        }

        var textStart = prefixStart >= 0 ? prefixStart : first;
        string? qualifier = null;
        if (QualifierReader.TryRead(c, textStart, low.Kind, out var q, out var qStart))
        {
            qualifier = q;
            textStart = qStart;
        }

        return new Quantity(
            s.Start(first),
            s.End(end - 1),
            low.Value,
            low.Unit,
            low.Kind,
            low.Subtype,
            high?.Value,
            high is null ? -1 : s.End(low.End - 1),
            high is null ? -1 : s.Start(high.Value.First),
            qualifier,
            s.Start(textStart),
            high?.Noun ?? low.Noun,
            flags,
            first,
            end,
            numberFlags);
    }
}
