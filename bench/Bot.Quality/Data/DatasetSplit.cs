namespace Bot.Quality.Data;

/// <summary>
/// The fixed tuning/held-out split that guards against overfitting: the number at the end of the id decides
/// ("business/001" → 1 → odd → tuning half; "business/002" → held-out). Ids without a number go by the parity of the
/// sum of their characters, so every id lands in exactly one half on every machine.
/// </summary>
public static class DatasetSplit
{
    public const string Tune = "tune";
    public const string Holdout = "holdout";

    public static string HalfOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var end = id.Length;
        var start = end;
        while (start > 0 && char.IsAsciiDigit(id[start - 1]))
        {
            start--;
        }

        var parity = start < end
            ? (id[end - 1] - '0') % 2
            : id.Sum(c => (int)c) % 2;
        return parity == 1 ? Tune : Holdout;
    }
}
