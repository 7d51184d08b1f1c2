using Bot.Chat;
using Bot.Chat.Stores;
using Bot.Digest;
using Bot.Digest.Ingest;
using Bot.Digest.Summarize;
using Bot.Digest.Summarize.Guard;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Summarizing;

/// <summary>
/// The model-backed summarizer (Summarizer:Provider = openai). The extractive digest is always computed first: it
/// supplies the key figures, the fallback and the replacements for failing bullets. Then: not the full article →
/// extractive; cached answer → guard it; otherwise reserve tokens, call the model (one bounded retry), cache the
/// answer, guard it. Any failure (timeout, 429, 5xx, malformed JSON, budget spent) gives the extractive digest with
/// "extractive: model unavailable" in its footer, never an error to the reader. Model calls go one at a time, so
/// two requests for the same article cost once.
/// </summary>
internal sealed class ModelSummarizer(
    Digester digester,
    FaithfulnessGuard guard,
    ModelCaller caller,
    SummaryCacheStore store,
    IOptions<SummarizerOptions> options,
    ILogger<ModelSummarizer> logger) : ISummarizer, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<NewsDigest> SummarizeAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var extractive = digester.Digest(article);
        var o = options.Value;
        var problem = Eligibility.Problem(article, o.MinWords);
        if (problem is not null)
        {
            SummarizerLog.NotSent(logger, problem);
            return ModelDigest.Extractive(extractive, ModelProvenance.NotSent);
        }

        try
        {
            var prompt = PromptBuilder.Build(article, extractive.Figures, digester.Options, o.MaxInputTokens);
            if (prompt is null)
            {
                SummarizerLog.NotSent(logger, "its first paragraph is longer than Summarizer:MaxInputTokens");
                return ModelDigest.Extractive(extractive, ModelProvenance.NotSent);
            }

            var draft = await DraftAsync(article, prompt, o, cancellationToken);
            if (draft is null)
            {
                return ModelDigest.Extractive(extractive, ModelProvenance.Unavailable);
            }

            var guarded = guard.Guard(draft, guard.Prepare(article, extractive));
            SummarizerLog.Guarded(logger, o.Model!, guarded.Kept, guarded.Replaced, guarded.Dropped);
            foreach (var rejected in guarded.Decisions.Where(d => d.Problems.Count > 0))
            {
                SummarizerLog.Rejected(logger, o.Model!, string.Join(", ", rejected.Problems.Select(p => p.Kind)));
            }

            return guarded.Kept == 0
                ? ModelDigest.Extractive(extractive, ModelProvenance.Rejected)
                : ModelDigest.Build(extractive, guarded, o.Model!);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            SummarizerLog.Failed(logger, o.Model!, $"{ModelFailure.Unexpected}: {e.GetType().Name}", 0);
            return ModelDigest.Extractive(extractive, ModelProvenance.Unavailable);
        }
    }

    public void Dispose() => gate.Dispose();

    /// <summary>The model's draft for this article: from the cache, or from one (budgeted) call. Null on failure.</summary>
    private async Task<SummaryDraft?> DraftAsync(Article article, ModelPrompt prompt, SummarizerOptions o, CancellationToken cancellationToken)
    {
        var model = o.Model!;
        var hash = ContentHash.Of(article);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var cached = await store.GetAsync(hash, model, PromptBuilder.Version, cancellationToken);
            if (cached is not null && DigestAnswer.Parse(cached, prompt.IncludedSections, digester.Options) is { } hit)
            {
                SummarizerLog.CacheHit(logger, model, hash[..12]);
                return hit;
            }

            SummarizerLog.Prompted(logger, model, prompt.IncludedSections.Count, article.Sections.Count, prompt.EstimatedTokens);
            var reserved = prompt.EstimatedTokens + o.MaxOutputTokens;
            if (!await store.TryReserveAsync(reserved, o.DailyTokenBudget, cancellationToken))
            {
                SummarizerLog.BudgetSpent(logger, await store.UsedTodayAsync(cancellationToken), o.DailyTokenBudget, reserved);
                return null;
            }

            var call = await caller.CallAsync(prompt, cancellationToken);
            await store.SettleAsync(Spent(call, reserved) - reserved, cancellationToken);
            if (!call.Succeeded)
            {
                SummarizerLog.Failed(logger, model, call.Failure.ToString(), call.Status);
                return null;
            }

            var draft = DigestAnswer.Parse(call.Text, prompt.IncludedSections, digester.Options);
            if (draft is null)
            {
                SummarizerLog.Failed(logger, model, ModelFailure.Malformed.ToString(), call.Status);
                return null;
            }

            await store.PutAsync(hash, model, PromptBuilder.Version, call.Text!, call.InputTokens, call.OutputTokens, cancellationToken);
            return draft;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>What a call cost: the server's counts when it answered; nothing when it refused (429, 5xx, 4xx: not
    /// billed); the whole reservation when it timed out or broke (it may have been billed).</summary>
    private static long Spent(ModelCall call, int reserved) => call.Failure switch
    {
        ModelFailure.None => call.InputTokens + call.OutputTokens,
        ModelFailure.RateLimited or ModelFailure.ServerError or ModelFailure.Refused or ModelFailure.Unreachable => 0,
        _ => reserved,
    };
}
