namespace Bot.Digest.Figures.Recognition;

/// <summary>
/// Reads a number written with digits starting at a token: thousands grouping (comma, Indian lakh grouping, thin or
/// plain spaces between groups of three), decimals (also "1,3" and "1.111,11"), fractions ("3/4", "10 1/2", "½"),
/// powers ("1.3e6", "1.1^23", "6.23x10^-4"), news multiplier suffixes ("294K", "1.2bn", "10M") and a minus sign.
/// "4th" is reported as an ordinal; "192.168.1.2" as separate integers; "5/17/2018" is not a fraction.
/// </summary>
internal static partial class NumeralReader
{
    private const int MaxDigits = 18;

    private static readonly Dictionary<string, decimal> Suffixes = new(StringComparer.Ordinal)
    {
        ["k"] = 1e3m, ["K"] = 1e3m,
        ["M"] = 1e6m, ["MM"] = 1e6m, ["mn"] = 1e6m, ["Mn"] = 1e6m, ["MN"] = 1e6m, ["mln"] = 1e6m, ["Mln"] = 1e6m,
        ["mil"] = 1e6m, ["Mil"] = 1e6m, ["mill"] = 1e6m,
        ["b"] = 1e9m, ["B"] = 1e9m, ["bn"] = 1e9m, ["Bn"] = 1e9m, ["BN"] = 1e9m, ["bln"] = 1e9m, ["Bln"] = 1e9m,
        ["G"] = 1e9m,
        ["tn"] = 1e12m, ["Tn"] = 1e12m, ["TN"] = 1e12m, ["trn"] = 1e12m, ["tln"] = 1e12m,
    };

    private static readonly Dictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> SuffixLookup =
        Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsVulgar(TextScan s, int t) => s.IsKind(t, TokenKind.Punct) && VulgarValue(s.Text[s[t].Start]) > 0;

    /// <summary>True when a numeral can start at token <paramref name="t"/>.</summary>
    public static bool Starts(TextScan s, int t) =>
        s.IsKind(t, TokenKind.Digits) || IsVulgar(s, t) || IsLeadingDot(s, t);

    public static bool TryRead(TextScan s, int t, out Numeral numeral)
    {
        numeral = default;
        var flags = NumberFlags.Digits;
        var first = t;
        var negative = IsMinusBefore(s, t);
        if (negative)
        {
            first = t - 1;
            flags |= NumberFlags.Negative;
        }

        if (s.Attached(t) && s.IsKind(t - 1, TokenKind.Word))
        {
            flags |= NumberFlags.AttachedLeft;
        }
        else if (!negative && s.Attached(t) && s.IsPunct(t - 1, '-') && s.Attached(t - 1) && IsNameBefore(s, t - 2))
        {
            flags |= NumberFlags.Hyphenated;
        }

        decimal value;
        int last;
        if (IsVulgar(s, t))
        {
            value = VulgarValue(s.Text[s[t].Start]);
            flags |= NumberFlags.Fraction;
            last = t;
        }
        else if (IsLeadingDot(s, t))
        {
            if (!TryDigits(s.T(t + 1), out var frac, out var len))
            {
                return false;
            }

            value = frac / Pow10(len);
            flags |= NumberFlags.Decimal;
            last = t + 1;
        }
        else
        {
            if (!ReadMain(s, t, ref flags, out value, out last))
            {
                return false;
            }
        }

        var scale = 1m;
        if (s.Attached(last + 1) && s.IsWord(last + 1))
        {
            var word = s.T(last + 1);
            if (s.L(last + 1) is "st" or "nd" or "rd" or "th")
            {
                numeral = new Numeral(first, last + 2, value, flags, 1m, IsOrdinal: true);
                return true;
            }

            if (SuffixLookup.TryGetValue(word, out var multiplier) && !(s.Attached(last + 2) && !s.IsKind(last + 2, TokenKind.Punct)))
            {
                scale = multiplier;
                flags |= NumberFlags.Scaled | (word is "G" ? NumberFlags.Giga : NumberFlags.None);
                last++;
            }
            else
            {
                flags |= NumberFlags.AttachedRight;
            }
        }
        else if (s.IsWord(last + 1) && !s.Attached(last + 1) && s[last + 1].Length == 1
                 && s.T(last + 1) is "k" or "K" or "M" or "G"
                 && (last + 2 >= s.Count || (s.IsKind(last + 2, TokenKind.Punct) && s.IsBoundary(last + 2))))
        {
            scale = s.T(last + 1) is "k" or "K" ? 1e3m : s.T(last + 1) is "M" ? 1e6m : 1e9m;
            flags |= NumberFlags.Scaled | (s.T(last + 1) is "G" ? NumberFlags.Giga : NumberFlags.None);
            last++;
        }

        if (!Arithmetic.TryMultiply(value, scale, out value))
        {
            return false;
        }

        numeral = new Numeral(first, last + 1, negative ? -value : value, flags, scale, IsOrdinal: false);
        return true;
    }

    private static bool ReadMain(TextScan s, int t, ref NumberFlags flags, out decimal value, out int last)
    {
        value = 0;
        last = t;
        if (!TryDigits(s.T(t), out var integer, out var firstLen))
        {
            return false;
        }

        var totalDigits = firstLen;
        var j = t;

        // The next item of "22,24,26" or the "1" of "192.168.1.2": a list or dotted sequence goes on, nothing joins.
        if (s.Attached(t) && (s.IsPunct(t - 1, ',') || s.IsPunct(t - 1, '.')) && s.Attached(t - 1) && s.IsKind(t - 2, TokenKind.Digits))
        {
            value = integer;
            return true;
        }

        var comma = ReadCommaGroups(s, t, firstLen, ref integer, ref j, ref totalDigits, out var commaValue);
        if (comma == CommaKind.DecimalComma)
        {
            value = commaValue;
            flags |= NumberFlags.Decimal;
            last = j;
            return true;
        }

        if (comma == CommaKind.Grouped)
        {
            flags |= NumberFlags.Grouped;
        }
        else if (firstLen <= 3)
        {
            while (IsSpaceGroup(s, j + 1) && totalDigits + 3 <= MaxDigits)
            {
                integer = (integer * 1000) + Parse3(s.T(j + 1));
                totalDigits += 3;
                j++;
                flags |= NumberFlags.Grouped;
            }
        }

        value = integer;
        if ((flags & NumberFlags.Decimal) == 0 && IsAttachedPunct(s, j + 1, '.') && IsAttachedDigits(s, j + 2))
        {
            if (IsAttachedPunct(s, j + 3, '.') && IsAttachedDigits(s, j + 4))
            {
                // "192.168.1.2", "2.0.1": a dotted sequence, not a decimal; each part stands alone.
                if ((flags & NumberFlags.Grouped) == 0)
                {
                    last = j;
                    return true;
                }
            }
            else if (firstLen <= 3 && s[j + 2].Length == 3 && IsAttachedPunct(s, j + 3, ',') && IsAttachedDigits(s, j + 4)
                     && s[j + 4].Length <= 2 && (flags & NumberFlags.Grouped) == 0)
            {
                // "1.111,11": continental grouping with a decimal comma.
                TryDigits(s.T(j + 4), out var cents, out var centsLen);
                value = (integer * 1000) + Parse3(s.T(j + 2)) + (cents / Pow10(centsLen));
                flags |= NumberFlags.Decimal;
                last = j + 4;
                return true;
            }

            if (TryDigits(s.T(j + 2), out var frac, out var fracLen) && fracLen <= 20)
            {
                value = integer + (frac / Pow10(fracLen));
                flags |= NumberFlags.Decimal;
                j += 2;
            }
        }

        last = j;
        if (ReadPower(s, ref value, ref last))
        {
            flags |= NumberFlags.Power;
            return true;
        }

        if ((flags & (NumberFlags.Decimal | NumberFlags.Grouped)) == 0)
        {
            if (ReadSlashFraction(s, t, out var fraction))
            {
                value = fraction;
                flags |= NumberFlags.Fraction;
                last = t + 2;
            }
            else if (!IsAttachedPunct(s, t + 1, '/') && ReadMixedFraction(s, last + 1, out var part, out var partLast))
            {
                value += part;
                flags |= NumberFlags.Fraction;
                last = partLast;
            }
        }

        if ((flags & (NumberFlags.Decimal | NumberFlags.Fraction)) == 0 && s.Attached(last + 1) && IsVulgar(s, last + 1))
        {
            value += VulgarValue(s.Text[s[last + 1].Start]);
            flags |= NumberFlags.Fraction;
            last++;
        }

        return true;
    }

    private static bool IsMinusBefore(TextScan s, int t)
    {
        var m = t - 1;
        if (m < 0 || !(s.IsPunct(m, '-') || s.IsPunct(m, '−')))
        {
            return false;
        }

        if (m == 0)
        {
            return true;
        }

        if (!s.Attached(t))
        {
            return false;
        }

        // "(-5%)" or " -9.2"; not "SCP-173" (glued to a word) and not "75 -300mm" (a range after a number).
        return (!s.Attached(m) && !s.IsKind(m - 1, TokenKind.Digits)) || s.IsPunct(m - 1, '(');
    }

    /// <summary>"SCP-" or "scp2-" before a hyphen: a name; "779m-" is a unit suffix (a range follows).</summary>
    private static bool IsNameBefore(TextScan s, int k) =>
        (s.IsWord(k) && !(s.Attached(k) && s.IsKind(k - 1, TokenKind.Digits)))
        || (s.IsKind(k, TokenKind.Digits) && s.Attached(k) && s.IsWord(k - 1));

    private static bool IsLeadingDot(TextScan s, int t) =>
        s.IsPunct(t, '.') && (t == 0 || !s.Attached(t)) && IsAttachedDigits(s, t + 1);

    private static bool IsAttachedPunct(TextScan s, int t, char c) => s.Attached(t) && s.IsPunct(t, c);

    private static bool IsAttachedDigits(TextScan s, int t) => s.Attached(t) && s.IsKind(t, TokenKind.Digits);

    private static long Parse3(ReadOnlySpan<char> digits) =>
        ((digits[0] - '0') * 100) + ((digits[1] - '0') * 10) + (digits[2] - '0');

    public static bool TryDigits(ReadOnlySpan<char> digits, out long value, out int length)
    {
        value = 0;
        length = digits.Length;
        if (length is 0 or > MaxDigits)
        {
            return false;
        }

        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return true;
    }

    public static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++)
        {
            r *= 10m;
        }

        return r;
    }

    private static decimal VulgarValue(char c) => c switch
    {
        '½' => 0.5m,
        '⅓' => 1m / 3m,
        '⅔' => 2m / 3m,
        '¼' => 0.25m,
        '¾' => 0.75m,
        '⅕' => 0.2m,
        '⅖' => 0.4m,
        '⅗' => 0.6m,
        '⅘' => 0.8m,
        '⅙' => 1m / 6m,
        '⅚' => 5m / 6m,
        '⅛' => 0.125m,
        '⅜' => 0.375m,
        '⅝' => 0.625m,
        '⅞' => 0.875m,
        _ => 0m,
    };
}
