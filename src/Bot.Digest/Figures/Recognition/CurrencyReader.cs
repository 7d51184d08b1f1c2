namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Money: a currency before the number ("$294,000", "US$1.2bn", "£600m", "c $ 16.4 million", "USD 5m", "Rs 20 crore",
/// "MAUD 60") or after it ("€5 million" is prefix; "5 million euros", "470 pence", "10 €", "115USD", "75 USD million",
/// "30 MUSD"), plus cents ("3 dollars 50 cents", "thirteen dollars forty five", "c $ 100 and fifty").
/// A lower-case "m" after a money amount is millions, never metres.
/// </summary>
internal static partial class CurrencyReader
{
    public static bool TryRead(RecognitionContext c, int i, out Reading r)
    {
        r = default;
        var s = c.Scan;
        var n = c.Numbers[i];
        if (TryPrefix(c, n, out var code, out var start, out var millions))
        {
            var value = n.Value * (millions ? 1_000_000m : 1m);
            var scale = millions ? 1_000_000m : n.Scale;
            var end = n.End;
            if (IsMillionM(s, end))
            {
                value *= 1_000_000m;
                scale = 1_000_000m;
                end++;
            }
            else if (!millions && s.Attached(end) && s.IsWord(end) && !IsIsoAt(s, end))
            {
                // "$5bn" took its suffix already; "$20abc" is not money.
                return false;
            }

            r = new Reading(start, end, value, code, FigureKind.Money, LastNumber: i, Scale: scale);
            AddCents(c, i, ref r);
            return true;
        }

        if (n.Has(NumberFlags.AttachedLeft))
        {
            return false;
        }

        return TrySuffix(c, i, out r);
    }

    private static bool TrySuffix(RecognitionContext c, int i, out Reading r)
    {
        r = default;
        var s = c.Scan;
        var n = c.Numbers[i];
        var k = n.End;
        var value = n.Value;
        var scale = n.Scale;
        var mAttached = IsLowerM(s, k) && s.Attached(k);
        if (mAttached)
        {
            k++;
        }
        else if ((s.IsPunct(k, '-') || s.IsPunct(k, '‐')) && s.Attached(k) && s.Attached(k + 1))
        {
            k++;
        }

        if (!TryCurrencyAt(c, k, n, mAttached, out var code, out var end, out var minor, out var codeMillions))
        {
            return false;
        }

        if (mAttached || codeMillions)
        {
            value *= 1_000_000m;
            scale = 1_000_000m;
        }

        // "75 USD million": the scale word after the code.
        if (NumberWords.TryGet(s.L(end), out var w) && w.Class == WordClass.Scale && !n.Has(NumberFlags.Scaled) && !mAttached
            && Arithmetic.TryMultiply(value, w.Value, out var scaled))
        {
            value = scaled;
            scale = w.Value;
            end++;
        }

        r = new Reading(n.First, end, value, code, FigureKind.Money, LastNumber: i, Scale: scale);
        if (!minor)
        {
            AddCents(c, i, ref r);
        }

        return true;
    }

    private static bool TryCurrencyAt(
        RecognitionContext c, int k, NumberMatch n, bool scaled, out string code, out int end, out bool minor, out bool millions)
    {
        var s = c.Scan;
        code = "";
        end = k;
        minor = false;
        millions = false;
        if (k >= s.Count)
        {
            return false;
        }

        if (s.IsKind(k, TokenKind.Punct))
        {
            var ch = s.Text[s[k].Start];
            var symbol = CurrencyLexicon.Symbol(ch);
            if (symbol is null || !SuffixSymbolAllowed(c, k))
            {
                return false;
            }

            code = symbol;
            end = k + 1;
            return true;
        }

        if (!s.IsWord(k))
        {
            return false;
        }

        // An ISO code glued to the next number belongs to it: "3 USD50 cards".
        if (s.Attached(k + 1) && s.IsKind(k + 1, TokenKind.Digits))
        {
            return false;
        }

        var iso = CurrencyLexicon.Code(s.L(k), s.T(k));
        if (iso is not null)
        {
            code = iso;
            end = k + 1;
            return true;
        }

        var mIso = CurrencyLexicon.MillionCode(s.L(k), s.T(k));
        if (mIso is not null)
        {
            code = mIso;
            end = k + 1;
            millions = true;
            return true;
        }

        if (!CurrencyLexicon.Words.TryMatch(s, k, out var info, out var phraseEnd)
            || (s.Attached(phraseEnd) && !s.IsKind(phraseEnd, TokenKind.Punct)))
        {
            return false;
        }

        if ((info.AttachedOnly && !s.Attached(k)) || (info.Large && !scaled && !n.Has(NumberFlags.Scaled) && Math.Abs(n.Value) < 1000))
        {
            return false;
        }

        if (info.Pounds && !scaled && !n.Has(NumberFlags.Scaled) && !c.MoneyContext)
        {
            return false;
        }

        code = info.Code;
        minor = info.Minor;
        end = phraseEnd;
        return true;
    }

    /// <summary>"10 $" is ten dollars unless the "$" starts the next amount ("10 $ 30 cent" keeps it).</summary>
    private static bool SuffixSymbolAllowed(RecognitionContext c, int k)
    {
        var s = c.Scan;
        if (s.Text[s[k].Start] == '$' && s.IsWord(k + 1) && s.Attached(k + 1))
        {
            return false;
        }

        var next = NextNumberAt(c, k + 1);
        if (next < 0)
        {
            return true;
        }

        var after = c.Numbers[next].End;
        return s.IsKind(after, TokenKind.Punct) && CurrencyLexicon.Symbol(s.Text[s[after].Start]) is not null
            || (CurrencyLexicon.Words.TryMatch(s, after, out var info, out _) && info.Minor);
    }

    private static int NextNumberAt(RecognitionContext c, int token)
    {
        var idx = c.FirstNumberAtOrAfter(token);
        return idx < c.Numbers.Count && c.Numbers[idx].First == token ? idx : -1;
    }

    private static bool SetCode(string value, int token, out string code, out int start)
    {
        code = value;
        start = token;
        return true;
    }

    private static bool IsIsoAt(TextScan s, int k) => CurrencyLexicon.Code(s.L(k), s.T(k)) is not null;

    private static bool IsLowerM(TextScan s, int k) => s.IsWord(k) && s.T(k) is "m";

    /// <summary>"£600m", "$779m": an "m" glued to a money amount (and not "$5mm" or "$5 m" followed by a word).</summary>
    private static bool IsMillionM(TextScan s, int k) =>
        IsLowerM(s, k) && s.Attached(k) && !(s.Attached(k + 1) && !s.IsKind(k + 1, TokenKind.Punct));
}
