using Bot.Digest.Ingest;

namespace Bot.Digest.Summarize;

/// <summary>The article as the ranker sees it: one profile per sentence (in article order), term statistics, title terms.</summary>
internal sealed class ArticleProfile
{
    private ArticleProfile(TermTable table, SentenceProfile[] sentences, double[] idf, int[] titleTerms)
    {
        Table = table;
        Sentences = sentences;
        Idf = idf;
        TitleTerms = titleTerms;
    }

    public TermTable Table { get; }

    public SentenceProfile[] Sentences { get; }

    /// <summary>ln((n + 1) / df) per term id: rare terms weigh more; a term in every sentence still weighs a little.</summary>
    public double[] Idf { get; }

    /// <summary>Distinct content-term ids of the title, ascending.</summary>
    public int[] TitleTerms { get; }

    public static ArticleProfile Build(string? title, IReadOnlyList<Sentence> sentences)
    {
        var chars = 0;
        foreach (var s in sentences)
        {
            chars += s.Text.Length;
        }

        // About one word in six characters, about half of them distinct.
        var table = new TermTable(Math.Max(16, chars / 12));
        var profiles = new SentenceProfile[sentences.Count];
        var scratch = new Scratch(table);
        for (var i = 0; i < sentences.Count; i++)
        {
            profiles[i] = Profile(sentences[i], ref scratch);
        }

        var df = new int[table.Count];
        foreach (var p in profiles)
        {
            foreach (var t in p.Terms)
            {
                df[t]++;
            }
        }

        // One logarithm per distinct document frequency, not per term.
        var logOf = new double[profiles.Length + 1];
        for (var d = 1; d < logOf.Length; d++)
        {
            logOf[d] = Math.Log((profiles.Length + 1.0) / d);
        }

        var idf = new double[table.Count];
        for (var t = 0; t < idf.Length; t++)
        {
            idf[t] = logOf[df[t]];
        }

        return new ArticleProfile(table, profiles, idf, ContentTerms(title ?? string.Empty, table));
    }

    /// <summary>Content-term ids of any text that already occur in the article (others cannot overlap anything).</summary>
    public static int[] ContentTerms(string text, TermTable table)
    {
        var found = new SortedSet<int>();
        var state = (table, found);
        WordTokenizer.Tokenize(text, ref state, static (ref (TermTable Table, SortedSet<int> Found) s, ReadOnlySpan<char> w, bool digit) =>
        {
            var id = s.Table.FindContent(w, digit);
            if (id >= 0)
            {
                s.Found.Add(id);
            }
        });
        return [.. found];
    }

    private static SentenceProfile Profile(Sentence sentence, ref Scratch scratch)
    {
        scratch.Tokens.Clear();
        scratch.Content.Clear();
        scratch.HasDigit = false;
        WordTokenizer.Tokenize(sentence.Text, ref scratch, static (ref Scratch s, ReadOnlySpan<char> w, bool digit) =>
        {
            var id = s.Table.Intern(w, digit);
            s.Tokens.Add(id);
            s.HasDigit |= digit;
            if (!s.Table.IsStopWord(id))
            {
                s.Content.Add(id);
            }
        });

        scratch.Content.Sort();
        var terms = scratch.Terms;
        var counts = scratch.TermCounts;
        terms.Clear();
        counts.Clear();
        foreach (var id in scratch.Content)
        {
            if (terms.Count > 0 && terms[^1] == id)
            {
                counts[^1]++;
            }
            else
            {
                terms.Add(id);
                counts.Add(1);
            }
        }

        return new SentenceProfile(sentence, [.. scratch.Tokens], [.. terms], [.. counts], CountWords(sentence.Text), scratch.HasDigit);
    }

    internal static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var word = !char.IsWhiteSpace(c);
            if (word && !inWord)
            {
                count++;
            }

            inWord = word;
        }

        return count;
    }

    private struct Scratch(TermTable table)
    {
        public readonly TermTable Table = table;
        public readonly List<int> Tokens = [];
        public readonly List<int> Content = [];
        public readonly List<int> Terms = [];
        public readonly List<int> TermCounts = [];
        public bool HasDigit;
    }
}
