using System.Text;

namespace Bot.Emulators.Feeds;

/// <summary>Article bodies for fixtures: a given lead, then filler paragraphs of made-up three-syllable words
/// ("kalomi"), deterministic per seed. Different seeds share almost no words, so different stories neither hash nor
/// cluster alike, and the filler has no digits (no figures) and no paywall phrases.</summary>
public static class FixtureText
{
    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ne", "ru", "ta", "vo", "se", "di", "pa", "ko", "li", "ma", "no", "re", "tu", "ve", "sa", "do", "pi",
    ];

    /// <summary>"&lt;p&gt;lead&lt;/p&gt;&lt;p&gt;…&lt;/p&gt;" with about <paramref name="words"/> words in all.</summary>
    public static string Html(string lead, int words, int seed) =>
        string.Concat(Paragraphs(lead, words, seed).Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>"));

    /// <summary>The same as plain text: a title line, then paragraphs separated by blank lines.</summary>
    public static string Plain(string title, string lead, int words, int seed) =>
        title + "\n\n" + string.Join("\n\n", Paragraphs(lead, words, seed));

    public static IReadOnlyList<string> Paragraphs(string lead, int words, int seed)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var random = new Random(seed);
        var paragraphs = new List<string> { lead };
        var count = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        while (count < words)
        {
            var sentence = new StringBuilder();
            for (var s = 0; s < 4 && count < words; s++)
            {
                var length = random.Next(8, 15);
                var text = string.Join(' ', Enumerable.Range(0, length).Select(_ => Syllables[random.Next(20)] + Syllables[random.Next(20)] + Syllables[random.Next(20)]));
                sentence.Append(char.ToUpperInvariant(text[0])).Append(text.AsSpan(1)).Append(". ");
                count += length;
            }

            paragraphs.Add(sentence.ToString().TrimEnd());
        }

        return paragraphs;
    }
}
