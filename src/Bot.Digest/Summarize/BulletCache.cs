namespace Bot.Digest.Summarize;

/// <summary>
/// Each sentence's bullet, its word count and what its subject leans on, worked out once per article and shared by the
/// article's and every section's selection (compression does not depend on what else is chosen).
/// </summary>
internal sealed class BulletCache(ArticleProfile profile, int maxWords)
{
    private readonly string?[] bullets = new string?[profile.Sentences.Length];
    private readonly int[] words = new int[profile.Sentences.Length];
    private readonly Antecedent?[] needs = new Antecedent?[profile.Sentences.Length];

    public string Bullet(int i)
    {
        if (bullets[i] is { } b)
        {
            return b;
        }

        b = BulletCompressor.Compress(profile.Sentences[i].Text, maxWords);
        bullets[i] = b;
        words[i] = Detachables.CountWords(b);
        return b;
    }

    public int Words(int i)
    {
        _ = Bullet(i);
        return words[i];
    }

    public Antecedent Needs(int i) => needs[i] ??= SubjectCheck.Needs(Bullet(i));
}
