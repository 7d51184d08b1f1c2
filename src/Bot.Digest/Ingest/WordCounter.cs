namespace Bot.Digest.Ingest;

internal static class WordCounter
{
    public static int Count(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = !char.IsWhiteSpace(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }
}
