namespace Bot.Digest.Summarize;

/// <summary>
/// Discourse connectives that open a sentence and only make sense after the sentence before it ("However,", "Still,",
/// "But"). A bullet stands alone, so they go; the rest of the sentence is untouched.
/// </summary>
internal static class Connectives
{
    // Followed by a comma.
    private static readonly string[] WithComma =
    [
        "However", "Still", "Meanwhile", "Also", "In addition", "Moreover", "Furthermore", "Nevertheless", "Nonetheless",
        "Additionally", "Indeed", "In fact", "Now", "For comparison", "By comparison", "By contrast", "In contrast",
        "Separately", "Elsewhere", "Besides", "Similarly", "Likewise", "Of course", "Finally", "Then", "Again", "Overall",
        "As a result", "In turn", "That said", "Even so", "Notably", "Importantly", "Crucially", "Interestingly",
        "In other words", "Ultimately", "Instead of that", "On top of that", "At the same time",
    ];

    // Followed by a space.
    private static readonly string[] Bare = ["But", "And", "Yet", "Plus", "So"];

    /// <summary>Length of the connective (with its comma and spaces) at the start of <paramref name="text"/>, or 0.</summary>
    public static int LeadingLength(string text)
    {
        foreach (var c in WithComma)
        {
            if (text.StartsWith(c, StringComparison.Ordinal) && text.Length > c.Length + 1 && text[c.Length] == ',')
            {
                return SkipSpaces(text, c.Length + 1);
            }
        }

        foreach (var c in Bare)
        {
            if (text.StartsWith(c, StringComparison.Ordinal) && text.Length > c.Length + 1 && text[c.Length] == ' ' &&
                (c != "So" || text[c.Length + 1] != 'f'))
            {
                // "So far", "So-called" stay; "But," with a comma is handled the same way.
                var end = SkipSpaces(text, c.Length);
                return end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '"' or '\u201C') ? end : 0;
            }
        }

        return 0;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
