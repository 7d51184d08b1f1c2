namespace Bot.Digest.Figures.Recognition;

/// <summary>Currencies written before the amount ("US$", "c $", "Rs", "USD 5m", "MAUD 60") and cents after it.</summary>
internal static partial class CurrencyReader
{
    private static bool TryPrefix(RecognitionContext c, NumberMatch n, out string code, out int start, out bool millions)
    {
        var s = c.Scan;
        code = "";
        start = n.First;
        millions = false;
        var p = n.First - 1;
        if (p < 0 || p < c.Floor)
        {
            return false;
        }

        if (n.Has(NumberFlags.AttachedLeft))
        {
            var glued = CurrencyLexicon.Code(s.L(p), s.T(p)) ?? (s.Is(p, "rs") ? "INR" : null);
            if (glued is null)
            {
                var m = CurrencyLexicon.MillionCode(s.L(p), s.T(p));
                if (m is null)
                {
                    return false;
                }

                millions = true;
                glued = m;
            }

            code = glued;
            start = p;
            return true;
        }

        if (s.IsKind(p, TokenKind.Punct))
        {
            var symbol = CurrencyLexicon.Symbol(s.Text[s[p].Start]);
            if (symbol is null)
            {
                return s.IsPunct(p, '.') && s.Is(p - 1, "rs") && SetCode("INR", p - 1, out code, out start);
            }

            code = symbol;
            start = p;
            if (symbol == "USD")
            {
                DollarCountry(s, p, ref code, ref start);
            }

            return true;
        }

        if (!s.IsWord(p))
        {
            return false;
        }

        var iso = CurrencyLexicon.Code(s.L(p), s.T(p));
        if (iso is not null && !(s.Attached(p) && s.IsKind(p - 1, TokenKind.Digits)))
        {
            return SetCode(iso, p, out code, out start);
        }

        var mIso = CurrencyLexicon.MillionCode(s.L(p), s.T(p));
        if (mIso is not null)
        {
            millions = true;
            return SetCode(mIso, p, out code, out start);
        }

        if (s.Is(p, "rs"))
        {
            return SetCode("INR", p, out code, out start);
        }

        // "dollar 22.5 million", "euro 5bn": a currency name before a scaled amount.
        if (n.Has(NumberFlags.Scaled) && s.IsAny(p, ["dollar", "dollars", "euro", "euros"]))
        {
            return SetCode(s.L(p)[0] == 'd' ? "USD" : "EUR", p, out code, out start);
        }

        return s.T(p) is "sen" && SetCode("sen", p, out code, out start);
    }

    /// <summary>"US$", "u.s. $", "C$", "c $", "HK$", "A$", "usd$", "Mex$".</summary>
    private static void DollarCountry(TextScan s, int dollar, ref string code, ref int start)
    {
        var p = dollar - 1;
        if (p < 0)
        {
            return;
        }

        if (s.IsWord(p))
        {
            var spaced = !s.Attached(dollar);
            if (s.Is(p, "s") && s.IsPunct(p - 1, '.') && s.Is(p - 2, "u"))
            {
                code = "USD";
                start = p - 2;
                return;
            }

            var country = CurrencyLexicon.DollarPrefix(s.L(p), spaced);
            if (country is not null && !(s.Attached(p) && s.IsWord(p - 1)))
            {
                code = country;
                start = p;
            }

            return;
        }

        if (s.IsPunct(p, '.') && s.Is(p - 1, "s") && s.IsPunct(p - 2, '.') && s.Is(p - 3, "u"))
        {
            code = "USD";
            start = p - 3;
        }
    }

    /// <summary>"3 dollars 50 cents", "one dollar and one", "17 USD 25", "one kuai and five mao five".</summary>
    private static void AddCents(RecognitionContext c, int i, ref Reading r)
    {
        var s = c.Scan;
        var n = c.Numbers[i];
        if (!n.IsInteger || n.Has(NumberFlags.Scaled) || r.Scale != 1m || r.Unit is "JPY" or "KRW" or "BTC" or "satoshi"
            || i + 1 >= c.Numbers.Count)
        {
            return;
        }

        var k = r.End;
        if (s.Is(k, "and"))
        {
            k++;
        }

        var cents = c.Numbers[i + 1];
        if (cents.First != k || !cents.IsInteger || cents.Has(NumberFlags.Scaled | NumberFlags.AttachedLeft)
            || cents.Value is < 1 or > 99)
        {
            return;
        }

        var after = cents.End;
        if (r.Unit == "CNY" && s.Is(after, "mao"))
        {
            var value = r.Value + (cents.Value / 10m);
            var end = after + 1;
            var last = i + 1;
            if (i + 2 < c.Numbers.Count && c.Numbers[i + 2].First == end && c.Numbers[i + 2].Value is >= 1 and <= 9)
            {
                value += c.Numbers[i + 2].Value / 100m;
                end = c.Numbers[i + 2].End;
                last = i + 2;
            }

            r = r with { Value = value, End = end, LastNumber = last };
            return;
        }

        if (CurrencyLexicon.Words.TryMatch(s, after, out var info, out var minorEnd) && info.Minor)
        {
            r = r with { Value = r.Value + (cents.Value / 100m), End = minorEnd, LastNumber = i + 1 };
            return;
        }

        if (s.IsBoundary(after) || s.IsAny(after, ["and", "more", "less"]))
        {
            r = r with { Value = r.Value + (cents.Value / 100m), End = after, LastNumber = i + 1 };
        }
    }
}
