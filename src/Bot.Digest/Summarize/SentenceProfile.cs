using Bot.Digest.Ingest;

namespace Bot.Digest.Summarize;

/// <summary>What the ranker knows about one sentence: its tokens as ids, its content-term counts and its place.</summary>
internal sealed class SentenceProfile(Sentence sentence, int[] tokens, int[] terms, int[] counts, int words, bool hasDigit)
{
    public Sentence Sentence { get; } = sentence;

    /// <summary>Every token in order (stop words included): the material for trigram blocking.</summary>
    public int[] Tokens { get; } = tokens;

    /// <summary>Distinct content-term ids, ascending, with their counts in <see cref="Counts"/>.</summary>
    public int[] Terms { get; } = terms;

    public int[] Counts { get; } = counts;

    /// <summary>Whitespace-separated words of the raw sentence.</summary>
    public int Words { get; } = words;

    public bool HasDigit { get; } = hasDigit;

    /// <summary>Half of a quotation the splitter cut (unbalanced double quotes): never a bullet. Computed once, since
    /// the selector asks at every step.</summary>
    public bool CutQuotation { get; } = Quotes.Unbalanced(sentence.Text);

    public int Ordinal => Sentence.Ordinal;

    public string Text => Sentence.Text;
}
