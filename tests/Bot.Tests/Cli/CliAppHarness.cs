using Bot.Cli;
using Bot.Digest;
using Bot.Digest.Figures;
using Bot.Digest.Ingest;
using Bot.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Cli;

/// <summary>CliApp in-process with fakes at its edges and StringWriters for stdout/stderr.</summary>
internal sealed class CliAppHarness
{
    private readonly StringWriter stdout = new();
    private readonly StringWriter stderr = new();
    private readonly CliApp app;

    public CliAppHarness(
        IReadOnlyList<KeyFigure>? figures = null,
        Exception? summarizerFailure = null,
        Dictionary<string, Outcome<Article>>? pages = null,
        long maxBytes = 5 * 1024 * 1024)
    {
        Summarizer = new FakeSummarizer(figures ?? SampleArticles.DeepSeekFigures(), summarizerFailure);
        var fetcher = new FakeArticleFetcher(pages ?? new() { [SampleArticles.Url] = Outcome<Article>.Success(SampleArticles.DeepSeek()) });
        app = new CliApp(
            Summarizer,
            fetcher,
            Options.Create(new IngestionOptions { MaxBytes = maxBytes }),
            new CliConsole(stdout, stderr),
            NullLogger<CliApp>.Instance);
    }

    public FakeSummarizer Summarizer { get; }

    public string Out => stdout.ToString();

    public string Error => stderr.ToString();

    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public Task<int> RunAsync(params string[] args) => app.RunAsync(CliArguments.Parse(args), CancellationToken.None);
}
