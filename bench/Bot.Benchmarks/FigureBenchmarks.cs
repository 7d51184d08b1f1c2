using BenchmarkDotNet.Attributes;
using Bot.Digest.Figures;
using Bot.Digest.Figures.Recognition;
using Bot.Digest.Ingest;

namespace Bot.Benchmarks;

/// <summary>
/// Figure extraction alone (sentences already split): the user's seed article, a typical 800-word news article
/// (invented text, figure-dense), and one sentence through the recogniser. Results: docs/benchmarks.md.
/// </summary>
[MemoryDiagnoser]
public class FigureBenchmarks
{
    private const string Sentence = "Quarterly profits at the firm jumped 76% to $1.13bn (£600m) for the three months to December, from $639m a year earlier.";

    private static readonly string[] Paragraphs =
    [
        "Harbour Freight said on Tuesday that its pre-tax profit rose 12% to £48.5m in the year to March 2024, helped by a 5-10% rise in container fees. The company now handles about 2.3 million containers a year at its three ports.",
        "Chief executive Ana Ruiz said the group had invested well over $100 million in new cranes since 2021. Each crane can lift up to 65 tonnes and moves a box in just 90 seconds, three times faster than the old fleet.",
        "The port of Lowmere, the largest of the three, employs 1,250 people and covers 340 hectares. Its new 800-metre quay opened on 5 January 2024 after 18 months of work that cost €210m.",
        "Analysts had expected profits of between £44m and £46m. Shares in the company closed up 31 pence, or 4.2%, at 772 pence, valuing the business at roughly £1.9bn.",
        "Not everyone is pleased. Residents near the Lowmere site say lorry traffic has doubled, with nearly 4,000 heavy vehicles passing each day, and that night-time noise often exceeds 70 decibels.",
        "The council has asked the firm to fund a £12m relief road, about 3.5 km long, which would take two years to build. Harbour Freight said it would pay up to half of the cost if the road opens before 2027.",
        "Fuel remains the biggest risk. The group burned 41,000 tonnes of diesel last year, and every $10 rise in the oil price adds around £3m to its costs, according to its annual report.",
        "Trade through the ports grew 6.5% in 2023, against 2.1% for UK ports as a whole. Exports of cars rose to 182,000 vehicles, the highest since 2019, while grain shipments fell by a fifth.",
        "The firm also plans to cut its carbon emissions by 40% by 2030, replacing 120 diesel trucks with electric ones and installing 15 MW of solar panels on warehouse roofs.",
        "Its staff will get a 6% pay rise from April, worth about £1,800 a year for a typical dock worker, ending a dispute that led to two 48-hour strikes in the autumn.",
        "Ruiz, 54, joined the company in 2016 from a Danish shipping line, where she ran operations in 22 countries. She said the next five years would decide whether the ports can double their capacity.",
        "A decision on the relief road is due on 14 March. If approved, construction would start within six weeks and employ some 300 workers at its peak, the council said in a statement.",
    ];

    private Article seed = null!;
    private IReadOnlyList<Sentence> seedSentences = null!;
    private Article typical = null!;
    private IReadOnlyList<Sentence> typicalSentences = null!;

    [GlobalSetup]
    public void Setup()
    {
        seed = ArticleReader.ReadText(File.ReadAllText(FindSeed()), "seed").Value!;
        seedSentences = SentenceSplitter.Split(seed);
        var body = new List<string>();
        while (body.Sum(p => p.Split(' ').Length) < 800)
        {
            body.Add(Paragraphs[body.Count % Paragraphs.Length]);
        }

        typical = new Article("typical", "Port operator lifts profit 12% to £48.5m", [new ArticleSection(0, null, body[..3]), new ArticleSection(1, "Costs", body[3..])]);
        typicalSentences = SentenceSplitter.Split(typical);
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<KeyFigure> SeedArticle() => FigureExtractor.Extract(seedSentences, seed);

    [Benchmark]
    public IReadOnlyList<KeyFigure> TypicalArticle800Words() => FigureExtractor.Extract(typicalSentences, typical);

    [Benchmark]
    public int OneSentenceRecogniser() => QuantityRecognizer.Recognize(Sentence, bareMentions: false).Count;

    private static string FindSeed()
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
