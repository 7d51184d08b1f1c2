using Bot.Digest;
using Bot.Quality.Data;

namespace Bot.Quality.Systems;

/// <summary>
/// Our digest: the TL;DR followed by the article bullets, asked for the same word budget as everyone else
/// (up to six bullets; the engine stops adding bullets once the budget is reached).
/// </summary>
public sealed class DigestSystem(DigestOptions options) : ISummarySystem
{
    public DigestSystem()
        : this(new DigestOptions())
    {
    }

    public string Name => "digest (ours)";

    public IReadOnlyList<string> Summarize(EvalArticle article, int wordBudget)
    {
        ArgumentNullException.ThrowIfNull(article);
        var digest = Digester.Digest(article.ToArticle(), options with { Bullets = 6, WordBudget = wordBudget });
        var units = new List<string>();
        if (digest.Tldr.Length > 0)
        {
            units.Add(digest.Tldr);
        }

        units.AddRange(digest.Bullets);
        return units;
    }
}
