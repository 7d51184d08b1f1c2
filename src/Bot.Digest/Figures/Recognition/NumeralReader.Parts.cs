namespace Bot.Digest.Figures.Recognition;

/// <summary>The parts of a numeral after its first digits: grouping, powers, fractions.</summary>
internal static partial class NumeralReader
{
    private enum CommaKind
    {
        None,
        Grouped,
        DecimalComma,
    }

    /// <summary>"1,234,567", Indian "12,34,567", or a decimal comma "1,3" / "5,00"; "22,24,26" is a list.</summary>
    private static CommaKind ReadCommaGroups(
        TextScan s, int t, int firstLen, ref long integer, ref int j, ref int totalDigits, out decimal decimalValue)
    {
        decimalValue = 0;
        Span<int> lens = stackalloc int[8];
        var n = 0;
        var k = t;
        var sum = 0;
        while (n < lens.Length && IsAttachedPunct(s, k + 1, ',') && IsAttachedDigits(s, k + 2))
        {
            lens[n] = s[k + 2].Length;
            sum += lens[n++];
            k += 2;
        }

        if (n == 0)
        {
            return CommaKind.None;
        }

        var allThree = firstLen <= 3;
        var indian = firstLen <= 2 && n >= 2 && lens[n - 1] == 3;
        for (var i = 0; i < n; i++)
        {
            allThree &= lens[i] == 3;
            indian &= i == n - 1 || lens[i] == 2;
        }

        if ((allThree || indian) && totalDigits + sum <= MaxDigits)
        {
            for (var i = 0; i < n; i++)
            {
                TryDigits(s.T(t + 2 + (2 * i)), out var group, out _);
                integer = (integer * (lens[i] == 3 ? 1000 : 100)) + group;
            }

            totalDigits += sum;
            j = k;
            return CommaKind.Grouped;
        }

        if (n == 1 && lens[0] <= 2 && !(IsAttachedPunct(s, k + 1, '.') && IsAttachedDigits(s, k + 2)))
        {
            TryDigits(s.T(t + 2), out var frac, out var fracLen);
            decimalValue = integer + (frac / Pow10(fracLen));
            j = k;
            return CommaKind.DecimalComma;
        }

        return CommaKind.None;
    }

    private static bool IsSpaceGroup(TextScan s, int g)
    {
        if (!s.IsKind(g, TokenKind.Digits) || s.Attached(g) || s[g].Length != 3)
        {
            return false;
        }

        // Exactly one space-like character between the groups, and the group is not the start of "3/4" or "300-page".
        var gap = s[g].Start - s[g - 1].End;
        var sep = s.Text[s[g].Start - 1];
        return gap == 1 && sep is ' ' or '\u00A0' or '\u202F' or '\u2009'
            && !IsAttachedPunct(s, g + 1, '/') && !IsAttachedPunct(s, g + 1, '-');
    }

    private static bool ReadPower(TextScan s, ref decimal value, ref int last)
    {
        var k = last + 1;
        if (s.Attached(k) && s.IsWord(k) && s.L(k) is "e")
        {
            var sign = 1;
            var d = k + 1;
            if (s.Attached(d) && (s.IsPunct(d, '+') || s.IsPunct(d, '-')))
            {
                sign = s.IsPunct(d, '-') ? -1 : 1;
                d++;
            }

            if (IsAttachedDigits(s, d) && TryDigits(s.T(d), out var exp, out _) && exp <= 20
                && Arithmetic.TryMultiply(value, sign > 0 ? Pow10((int)exp) : 1m / Pow10((int)exp), out var powered))
            {
                value = powered;
                last = d;
                return true;
            }

            return false;
        }

        var tenBase = false;
        if (s.Attached(k) && s.IsWord(k) && s.L(k) is "x" && IsAttachedDigits(s, k + 1) && s.T(k + 1) is "10"
            && IsAttachedPunct(s, k + 2, '^'))
        {
            tenBase = true;
            k += 2;
        }

        if (!IsAttachedPunct(s, k, '^'))
        {
            return false;
        }

        var minus = 0;
        var e = k + 1;
        while (s.Attached(e) && (s.IsPunct(e, '-') || s.IsPunct(e, '+')))
        {
            minus += s.IsPunct(e, '-') ? 1 : 0;
            e++;
        }

        if (!IsAttachedDigits(s, e) || !TryDigits(s.T(e), out var exponent, out _) || exponent > 60)
        {
            return false;
        }

        var signed = minus % 2 == 1 ? -(double)exponent : exponent;
        var result = tenBase ? (double)value * Math.Pow(10, signed) : Math.Pow((double)value, signed);
        if (double.IsNaN(result) || double.IsInfinity(result) || Math.Abs(result) > 1e27)
        {
            return false;
        }

        value = (decimal)result;
        last = e;
        return true;
    }

    /// <summary>"3/4" with a smaller numerator; "5/17/2018", "24/7" and "2222/2222" are not fractions.</summary>
    private static bool ReadSlashFraction(TextScan s, int t, out decimal value)
    {
        value = 0;
        if (!IsAttachedPunct(s, t + 1, '/') || !IsAttachedDigits(s, t + 2) || IsAttachedPunct(s, t + 3, '/')
            || (s.Attached(t) && s.IsPunct(t - 1, '/')))
        {
            return false;
        }

        if (!TryDigits(s.T(t), out var num, out var numLen) || !TryDigits(s.T(t + 2), out var den, out var denLen)
            || numLen > 3 || denLen > 3 || den == 0 || num >= den)
        {
            return false;
        }

        value = (decimal)num / den;
        return true;
    }

    private static bool ReadMixedFraction(TextScan s, int g, out decimal value, out int last)
    {
        value = 0;
        last = g;
        if (!s.IsKind(g, TokenKind.Digits) || s.Attached(g))
        {
            if (IsVulgar(s, g) && !s.Attached(g))
            {
                value = VulgarValue(s.Text[s[g].Start]);
                return true;
            }

            return false;
        }

        if (ReadSlashFraction(s, g, out value) && !IsAttachedPunct(s, g - 1, '/'))
        {
            last = g + 2;
            return true;
        }

        return false;
    }
}
