using System.Text;
using BenchmarkDotNet.Attributes;
using Bot.Digest.Ingest;
using Bot.Digest.Sections;

namespace Bot.Benchmarks;

/// <summary>
/// Ingestion on its own: bytes → Article for the user's example (plain text) and an HTML page, sentence
/// splitting, and section resolving. Run: dotnet run -c Release --project bench/Bot.Benchmarks -- --filter '*Ingest*'
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private byte[] seed = [];
    private byte[] seed800 = [];
    private byte[] html = [];
    private Article article = null!;
    private IReadOnlyList<SectionRef> sections = [];

    [GlobalSetup]
    public void Setup()
    {
        seed = File.ReadAllBytes(RepoFile("seeds", "deepseek-r1-training-cost.txt"));

        // ~800 words: the seed's body once more under a second set of headings, the size the targets speak of.
        var text = Encoding.UTF8.GetString(seed);
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..text.IndexOf("Latest articles", StringComparison.Ordinal)];
        seed800 = Encoding.UTF8.GetBytes(text.Replace("Latest articles", body.Replace("?\n", " again?\n", StringComparison.Ordinal) + "\nLatest articles", StringComparison.Ordinal));
        html = File.ReadAllBytes(RepoFile("tests", "Bot.Digest.Tests", "Fixtures", "harbour-tunnel.html"));
        article = ArticleReader.Read(seed, null, "seed.txt").Value!;
        sections = SectionResolver.SectionsOf(article);
    }

    [Benchmark]
    public Article ReadSeedText() => ArticleReader.Read(seed, null, "seed.txt").Value!;

    [Benchmark]
    public int ReadAndSplit800Words() => SentenceSplitter.Split(ArticleReader.Read(seed800, null, "seed800.txt").Value!).Count;

    [Benchmark]
    public int SplitSeedSentences() => SentenceSplitter.Split(article).Count;

    [Benchmark]
    public Article ReadHtmlPage() => ArticleReader.Read(html, "text/html", "https://gazette.example/a").Value!;

    [Benchmark]
    public SectionMatch ResolveMisspelledSection() => SectionResolver.Resolve(sections, "distiled");

    private static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(Path.Combine(parts));
    }
}
