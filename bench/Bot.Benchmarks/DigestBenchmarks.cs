using BenchmarkDotNet.Attributes;
using Bot.Digest;
using Bot.Digest.Ingest;
using Bot.Quality;
using Bot.Quality.Data;

namespace Bot.Benchmarks;

/// <summary>
/// The digest engine end to end on parsed articles (sentence splitting, figures, ranking, selection, compression):
/// the user's example article (442 words), the same doubled (~870 words), and 1,000 articles. Corpus "variations": 1,000 deterministic variations of the seed
/// article (names, figures and paragraph order changed; text we own). Corpus "bbc": the first 1,000 BBC News Summary
/// articles read at setup time from ../shared/eval (never copied; falls back to the variations when absent).
/// Target: ≥ 1,000 articles/s on one core, i.e. under 1 ms per ~800-word article. Results: docs/benchmarks.md.
/// </summary>
[MemoryDiagnoser]
public class DigestBenchmarks
{
    private static readonly string[] Companies =
    [
        "DeepSeek", "Qwenly", "Moonforge", "Zhipu Labs", "Baichuan Works", "MiniMind", "Stepwise AI", "Lingxi", "Yuanbao Tech",
        "Kunlun Compute", "Tiangong Systems", "Pangu Data", "Hunyuan Labs", "Ernie Works", "Spark Intelligence",
        "Sensenova", "Xverse", "Orion Star", "Infini Labs", "Skywork",
    ];

    private readonly Digester digester = new();
    private Article seed = null!;
    private Article longArticle = null!;
    private string seedText = null!;
    private List<Article> thousand = null!;

    [Params("variations", "bbc")]
    public string Corpus { get; set; } = "variations";

    [GlobalSetup]
    public void Setup()
    {
        seedText = File.ReadAllText(SeedPath());
        seed = Read(seedText, "seed");
        longArticle = Read(LongText(seedText), "seed, doubled");
        thousand = Corpus == "bbc" && BbcArticles() is { } bbc ? bbc : Variations();
    }

    [Benchmark(Description = "one article (the seed)")]
    public NewsDigest OneArticle() => digester.Digest(seed);

    [Benchmark(Description = "one ~870-word article")]
    public NewsDigest OneLongArticle() => digester.Digest(longArticle);

    [Benchmark(Description = "one article, read + digest")]
    public NewsDigest OneArticleFromText() => digester.Digest(Read(seedText, "seed"));

    [Benchmark(Description = "1,000 articles", OperationsPerInvoke = 1000)]
    public int ThousandArticles()
    {
        var bullets = 0;
        foreach (var article in thousand)
        {
            bullets += digester.Digest(article).Bullets.Count;
        }

        return bullets;
    }

    private static List<Article> Variations()
    {
        var text = File.ReadAllText(SeedPath());
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n");
        var result = new List<Article>(1000);
        for (var i = 0; i < 1000; i++)
        {
            // Rotate the body paragraphs (title stays first), rename the company, shift the figures: same size and
            // shape as the seed, different text, so nothing is cached between articles.
            var body = paragraphs.Skip(1).ToArray();
            var rotated = body.Skip(i % body.Length).Concat(body.Take(i % body.Length));
            var variant = string.Join("\n\n", rotated.Prepend(paragraphs[0]))
                .Replace("DeepSeek", Companies[i % Companies.Length], StringComparison.Ordinal)
                .Replace("294,000", (294_000 + (i * 1_000)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("512", (512 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            result.Add(Read(variant, $"variation {i}"));
        }

        return result;
    }

    /// <summary>The seed's body twice (the second copy about another company, figures shifted): ~870 words, the
    /// size the target is stated for.</summary>
    private static string LongText(string text)
    {
        var blocks = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n");
        var second = string.Join("\n\n", blocks.Skip(1))
            .Replace("DeepSeek", "Moonforge", StringComparison.Ordinal)
            .Replace("294,000", "351,000", StringComparison.Ordinal);
        return text.TrimEnd() + "\n\n" + second;
    }

    private static List<Article>? BbcArticles()
    {
        var path = EvalData.File("bbc-news-summary", "bbc_news_summary.jsonl");
        if (path is null)
        {
            Console.WriteLine("// bbc corpus absent (../shared/eval): using the seed variations instead");
            return null;
        }

        return [.. JsonlDataset.Read(path).Articles.Take(1000).Select(a => a.ToArticle())];
    }

    private static Article Read(string text, string source)
    {
        var read = ArticleReader.ReadText(text, source);
        return read.Value ?? throw new InvalidOperationException($"{source}: {read.Error}");
    }

    private static string SeedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", "deepseek-r1-training-cost.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("seeds/deepseek-r1-training-cost.txt not found above " + AppContext.BaseDirectory);
    }
}
