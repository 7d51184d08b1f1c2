using Bot.Quality.Rouge;

namespace Bot.Digest.Tests.Quality;

public sealed class RougeScorerTests
{
    private const int Digits = 4;

    [Fact]
    public void Score_QuickBrownFoxExample_MatchesPublishedRougeScore()
    {
        // rouge-score's own README example. Reference (9 tokens): the quick brown fox jump over the lazi dog.
        // Candidate (8): the quick brown dog jump on the log. Unigram hits: the×2, quick, brown, dog, jump = 6
        // → P 6/8, R 6/9, F 0.7059. Bigram hits: the-quick, quick-brown = 2 of 7 and 8 → F 28/105 = 0.2667.
        // LCS "the quick brown jump the" = 5 → P 5/8, R 5/9, F 50/85 = 0.5882.
        var s = RougeScorer.Score("The quick brown fox jumps over the lazy dog", "The quick brown dog jumps on the log.");

        Assert.Equal(0.7059, s.Rouge1.F1, Digits);
        Assert.Equal(0.2667, s.Rouge2.F1, Digits);
        Assert.Equal(0.5882, s.RougeLsum.F1, Digits);
    }

    [Fact]
    public void Score_TwoCandidateLines_LsumTakesTheUnionOfLcsAcrossLines()
    {
        // Lin (2004) §3.2 pattern with short tokens (≤ 3 chars, so no stemming). Reference line: aa bb cc dd ee.
        // Candidate lines: "aa bb ff gg hh" (LCS aa bb) and "aa cc hh ii ee" (LCS aa cc ee). Union = aa bb cc ee → 4 hits
        // (each within the token counts of both sides); m = 5, n = 10 → P 0.4, R 0.8, F 0.5333.
        // ROUGE-1: aa, bb, cc, ee → 4 → same 0.5333. ROUGE-2 runs over the whole text (the line break is only
        // whitespace), 9 candidate bigrams incl. hh-aa, 4 reference bigrams, 1 hit (aa-bb) → F 2/13 = 0.1538.
        var s = RougeScorer.Score("aa bb cc dd ee", "aa bb ff gg hh\naa cc hh ii ee");

        Assert.Equal(0.5333, s.RougeLsum.F1, Digits);
        Assert.Equal(0.4, s.RougeLsum.Precision, Digits);
        Assert.Equal(0.8, s.RougeLsum.Recall, Digits);
        Assert.Equal(0.5333, s.Rouge1.F1, Digits);
        Assert.Equal(0.1538, s.Rouge2.F1, Digits);
    }

    [Fact]
    public void Score_PunctuationCaseAndStemming_NormaliseLikeRougeScore()
    {
        // Reference tokens: the compani s profit rose 7 to 1 13bn (9; "$1.13bn" → "1", "13bn"; "company's" → "compani", "s").
        // Candidate tokens: profit rose to 1 13bn the compani said (8).
        // profit rose to 1 13bn the compani = 7 → P 7/8, R 7/9, F 98/119 = 0.8235.
        // profit-rose, to-1, 1-13bn, the-compani = 4 of 7 and 8 → F 56/105 = 0.5333.
        // LCS "profit rose to 1 13bn" = 5 → F 50/85 = 0.5882.
        var s = RougeScorer.Score("The company's profits rose 7% to $1.13bn.", "Profits rose to $1.13bn, the company said.");

        Assert.Equal(0.8235, s.Rouge1.F1, Digits);
        Assert.Equal(0.5333, s.Rouge2.F1, Digits);
        Assert.Equal(0.5882, s.RougeLsum.F1, Digits);
    }

    [Fact]
    public void Score_EmptyCandidate_IsZeroNotAnError()
    {
        var s = RougeScorer.Score("Some reference text here.", string.Empty);

        Assert.Equal(0, s.Rouge1.F1);
        Assert.Equal(0, s.Rouge2.F1);
        Assert.Equal(0, s.RougeLsum.F1);
    }

    [Fact]
    public void Score_IdenticalMultiLineText_IsOne()
    {
        var text = "Profits rose 76% to $1.13bn.\nThe firm owns 8% of Google.";

        var s = RougeScorer.Score(text, text);

        Assert.Equal(1.0, s.Rouge1.F1, Digits);
        Assert.Equal(1.0, s.Rouge2.F1, Digits);
        Assert.Equal(1.0, s.RougeLsum.F1, Digits);
    }

    [Fact]
    public void Tokenize_NonAlphanumerics_BecomeSeparators()
    {
        Assert.Equal(["1", "13bn", "600m"], RougeTokenizer.Tokenize("$1.13bn (£600m)"));
        Assert.Equal(["caf", "au", "lait"], RougeTokenizer.Tokenize("Café au-lait")); // é is not [a-z0-9]
        Assert.Equal(["the", "quick", "jump"], RougeTokenizer.Tokenize("THE Quick jumps"));
        Assert.Equal(["jumps"], RougeTokenizer.Tokenize("jumps", stem: false));
    }

    [Fact]
    public void Lcs_Indices_FollowRougeScoreBacktracking()
    {
        // reference a b c, candidate c b a: every LCS has length 1. rouge-score walks back from the end and moves
        // along the reference unless the candidate side is strictly longer, which ends on reference index 0 ("a").
        Assert.Equal([0], Lcs.Indices(["a", "b", "c"], ["c", "b", "a"]));
        Assert.Equal(3, Lcs.Length(["x", "a", "y", "b", "c"], ["a", "b", "z", "c"]));
    }
}
