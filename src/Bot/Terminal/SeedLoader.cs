using Bot.Chat;
using Bot.Chat.Stores;
using Bot.Digest.Ingest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Terminal;

/// <summary>
/// Ingests the seeds folder (its top-level .txt, .md, .markdown, .html and .htm files, at most 5 MiB each; sub-folders
/// are ignored) and stores each article. The NEWEST is the one with the latest published date the reader found; files
/// without one count as older, and ties go to the last file name in ordinal order (file times are not used: a git
/// checkout gives every file the same one).
/// </summary>
internal sealed class SeedLoader(ArticleIntake intake, IHostEnvironment environment, IOptions<TerminalOptions> options, ILogger<SeedLoader> logger)
{
    private const long MaxBytes = 5 * 1024 * 1024;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text/plain",
        [".md"] = "text/markdown",
        [".markdown"] = "text/markdown",
        [".html"] = "text/html",
        [".htm"] = "text/html",
    };

    /// <summary>Stores every seed; returns the newest, or null when there is none.</summary>
    public async Task<StoredArticle?> LoadAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.SeedsPath));
        if (!Directory.Exists(folder))
        {
            TerminalLog.SeedsMissing(logger, folder);
            return null;
        }

        var stored = new List<(StoredArticle Article, string Name)>();
        var skipped = 0;
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (!ContentTypes.TryGetValue(Path.GetExtension(file), out var contentType))
            {
                continue;
            }

            var name = Path.GetFileName(file);
            if (new FileInfo(file).Length > MaxBytes)
            {
                TerminalLog.SeedSkipped(logger, $"{name}: larger than 5 MiB");
                skipped++;
                continue;
            }

            var read = ArticleReader.Read(await File.ReadAllBytesAsync(file, cancellationToken), contentType, name);
            var added = read.IsSuccess && read.Value is not null ? await intake.AddAsync(read.Value, cancellationToken) : default;
            if (!added.IsSuccess || added.Value is null)
            {
                TerminalLog.SeedSkipped(logger, read.Error ?? added.Error ?? name);
                skipped++;
                continue;
            }

            stored.Add((added.Value, name));
        }

        TerminalLog.SeedsLoaded(logger, stored.Count, folder, skipped);
        return stored
            .OrderBy(s => s.Article.Article.Published ?? DateTimeOffset.MinValue)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => s.Article)
            .LastOrDefault();
    }
}
