namespace Bot.Digest.Figures.Recognition;

/// <summary>Decimal arithmetic that refuses instead of throwing: text can hold absurd numbers, the host must not crash.</summary>
internal static class Arithmetic
{
    private const double Limit = 7.9e27;

    public static bool TryMultiply(decimal a, decimal b, out decimal result)
    {
        if (b == 1m)
        {
            result = a;
            return true;
        }

        if (Math.Abs((double)a * (double)b) >= Limit)
        {
            result = 0;
            return false;
        }

        result = a * b;
        return true;
    }

    public static bool TryAdd(decimal a, decimal b, out decimal result)
    {
        if (Math.Abs((double)a + (double)b) >= Limit)
        {
            result = 0;
            return false;
        }

        result = a + b;
        return true;
    }
}
