using System.Text.Json;
using Bot.Chat;
using Bot.Digest;
using Bot.Digest.Ingest;
using Bot.Digest.Sections;
using Bot.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Cli;

/// <summary>
/// Runs one command line: read each input, digest it with the configured <see cref="ISummarizer"/> (figures come
/// straight from the extractor), print Markdown or JSON Lines. Bad input is one line on stderr naming the input and
/// exit code 2; a folder prints every good file and reports each bad one. A bug is exit code 1 with one line on stderr
/// (the log carries the exception).
/// </summary>
public sealed class CliApp(
    ISummarizer summarizer,
    IArticleFetcher fetcher,
    IOptions<IngestionOptions> ingestion,
    CliConsole console,
    ILogger<CliApp> logger)
{
    public async Task<int> RunAsync(Outcome<CliRequest> parsed, CancellationToken cancellationToken)
    {
        if (!parsed.IsSuccess)
        {
            logger.UsageError();
            await console.Error.WriteLineAsync($"error: {parsed.Error}").ConfigureAwait(false);
            await console.Error.WriteLineAsync(CliUsage.Hint).ConfigureAwait(false);
            return CliExitCode.BadInput;
        }

        var request = parsed.Value!;
        if (request.Help)
        {
            await console.Out.WriteAsync(CliUsage.Text).ConfigureAwait(false);
            return CliExitCode.Ok;
        }

        var inputs = CliInput.Resolve(request.Input, request.Verb);
        if (!inputs.IsSuccess)
        {
            logger.InputRejected(request.Verb, "path");
            await console.Error.WriteLineAsync($"error: {inputs.Error}").ConfigureAwait(false);
            return CliExitCode.BadInput;
        }

        logger.Started(request.Verb, inputs.Value!.Count, request.Json);
        var exitCode = CliExitCode.Ok;
        var printed = 0;
        foreach (var input in inputs.Value!)
        {
            var result = await RunOneAsync(request, input, cancellationToken).ConfigureAwait(false);
            if (result.Error is { } error)
            {
                // An unexpected failure anywhere makes the run exit 1; otherwise any bad input makes it exit 2.
                exitCode = exitCode == CliExitCode.Unexpected || result.ExitCode == CliExitCode.Unexpected
                    ? CliExitCode.Unexpected
                    : CliExitCode.BadInput;
                await console.Error.WriteLineAsync($"error: {error}").ConfigureAwait(false);
                continue;
            }

            if (printed++ > 0 && !request.Json)
            {
                await console.Out.WriteLineAsync(Environment.NewLine + "---" + Environment.NewLine).ConfigureAwait(false);
            }

            await console.Out.WriteAsync(result.Output).ConfigureAwait(false);
        }

        await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        logger.Finished(request.Verb, printed, inputs.Value!.Count - printed, exitCode);
        return exitCode;
    }

    /// <summary>The text to print for one input, or the one-line reason it could not be.</summary>
    private async Task<OneResult> RunOneAsync(CliRequest request, CliInput input, CancellationToken cancellationToken)
    {
        var kind = input.Url is null ? "file" : "url";
        try
        {
            var article = input.Url is { } url
                ? await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false)
                : await ArticleFile.ReadAsync(input.Path!, ingestion.Value.MaxBytes, cancellationToken).ConfigureAwait(false);
            var result = article.IsSuccess
                ? await RenderAsync(request, article.Value!, cancellationToken).ConfigureAwait(false)
                : Outcome<string>.Failure(article.Error!);
            if (!result.IsSuccess)
            {
                logger.InputRejected(request.Verb, kind);
                return new OneResult(null, result.Error, CliExitCode.BadInput);
            }

            return new OneResult(result.Value, null, CliExitCode.Ok);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.Unexpected(request.Verb, kind, ex);
            return new OneResult(null, $"{input.Name}: unexpected failure ({ex.GetType().Name}); this is a bug, the log has the details", CliExitCode.Unexpected);
        }
    }

    private async Task<Outcome<string>> RenderAsync(CliRequest request, Article article, CancellationToken cancellationToken)
    {
        SectionRef? section = null;
        if (request.Section is { } query)
        {
            var choice = SectionChoice.Resolve(article, query);
            if (!choice.IsSuccess)
            {
                return Outcome<string>.Failure(choice.Error!);
            }

            section = choice.Value;
        }

        var line = request.Verb == CliVerb.Figures
            ? DigestLines.FromFigures(article, Digester.Figures(article), section)
            : DigestLines.FromDigest(
                await summarizer.SummarizeAsync(article, cancellationToken).ConfigureAwait(false),
                withFigures: request.Verb == CliVerb.Digest,
                section);
        return Outcome<string>.Success(request.Json
            ? JsonSerializer.Serialize(line, CliJson.Context.DigestLine) + "\n"
            : MarkdownOutput.Write(request.Verb, line, section is not null));
    }

    private readonly record struct OneResult(string? Output, string? Error, int ExitCode);
}
