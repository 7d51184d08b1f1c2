namespace Bot.Quality.Rouge;

/// <summary>Precision, recall and F1 of one ROUGE variant for one candidate/reference pair.</summary>
public readonly record struct RougeScore(double Precision, double Recall, double F1)
{
    public static readonly RougeScore Zero = new(0, 0, 0);

    public static RougeScore From(int hits, int candidateCount, int referenceCount)
    {
        var precision = hits / (double)Math.Max(candidateCount, 1);
        var recall = hits / (double)Math.Max(referenceCount, 1);
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new RougeScore(precision, recall, f1);
    }
}

/// <summary>ROUGE-1, ROUGE-2 and ROUGE-Lsum of one candidate against one reference.</summary>
public sealed record RougeScores(RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeLsum);
