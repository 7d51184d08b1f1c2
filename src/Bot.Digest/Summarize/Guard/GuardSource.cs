using Bot.Digest.Figures;
using Bot.Digest.Ingest;

namespace Bot.Digest.Summarize.Guard;

/// <summary>
/// The article as the guard sees it: its whole text in <see cref="GuardText"/>'s normal form (title, headings and
/// paragraphs), every word it uses, every figure it states (the extractor's key figures plus the recogniser's reading
/// of every paragraph, title and heading, so a figure the ranking merged or left out still counts as stated) and the
/// verbatim texts a failing bullet may be replaced with (the extractive digest's bullets, then the article's sentences).
/// </summary>
public sealed class GuardSource
{
    private const int MinCandidateWords = 6;

    private GuardSource(string text, HashSet<string> words, IReadOnlyList<KeyFigure> figures, IReadOnlyList<ReplacementCandidate> candidates, string extractiveTldr)
    {
        Text = text;
        Words = words;
        Figures = figures;
        Candidates = candidates;
        ExtractiveTldr = extractiveTldr;
    }

    public string Text { get; }

    public IReadOnlySet<string> Words { get; }

    public IReadOnlyList<KeyFigure> Figures { get; }

    public IReadOnlyList<ReplacementCandidate> Candidates { get; }

    public string ExtractiveTldr { get; }

    public static GuardSource Of(Article article, NewsDigest extractive, IFigureRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(extractive);
        ArgumentNullException.ThrowIfNull(recognizer);
        var sentences = SentenceSplitter.Split(article);
        var pieces = new List<string>();
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            pieces.Add(GuardText.Normalise(article.Title));
        }

        foreach (var section in article.Sections)
        {
            if (!string.IsNullOrWhiteSpace(section.Heading))
            {
                pieces.Add(GuardText.Normalise(section.Heading));
            }

            pieces.AddRange(section.Paragraphs.Select(GuardText.Normalise));
        }

        var figures = new List<KeyFigure>(extractive.Figures);
        foreach (var piece in pieces.Where(p => p.Any(char.IsDigit)))
        {
            figures.AddRange(recognizer.Recognize(piece));
        }

        var text = string.Join('\n', pieces);
        return new GuardSource(text, WordsOf(text), figures, CandidatesOf(extractive, sentences), GuardText.Normalise(extractive.Tldr));
    }

    private static HashSet<string> WordsOf(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, _) in GuardText.Words(text))
        {
            words.Add(word);
            words.Add(GuardText.WithoutPossessive(word));
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(GuardText.WithoutPossessive(part));
            }
        }

        return words;
    }

    private static List<ReplacementCandidate> CandidatesOf(NewsDigest extractive, IReadOnlyList<Sentence> sentences)
    {
        var candidates = new List<ReplacementCandidate>();
        candidates.AddRange(extractive.Bullets.Select(b => new ReplacementCandidate(b, null, FromDigest: true)));
        foreach (var section in extractive.Sections)
        {
            candidates.AddRange(section.Bullets.Select(b => new ReplacementCandidate(b, section.Index, FromDigest: true)));
        }

        candidates.AddRange(sentences.Select(s => new ReplacementCandidate(s.Text.Trim(), s.Section, FromDigest: false)));
        return [.. candidates.Where(c => GuardText.Words(c.Text).Count() >= MinCandidateWords)];
    }
}

/// <summary>A verbatim text of the article (or of its extractive digest) that may stand in for a failing bullet.
/// <see cref="Section"/> is null for whole-article bullets of the extractive digest.</summary>
public sealed record ReplacementCandidate(string Text, int? Section, bool FromDigest);
