using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Summarizing;

/// <summary>
/// One model call with a timeout and at most one retry: a 429 or 5xx answer is retried once after its Retry-After
/// (<see cref="RetryDelay"/>, waited on <see cref="TimeProvider"/>); everything else, and a second failure, is a
/// <see cref="ModelFailure"/> value. Only the caller's own cancellation (shutdown) is thrown.
/// </summary>
internal sealed class ModelCaller(ModelClient client, IOptions<SummarizerOptions> options, TimeProvider time, ILogger<ModelCaller> logger)
{
    public async Task<ModelCall> CallAsync(ModelPrompt prompt, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var model = o.Model!;
        var chatOptions = new ChatOptions
        {
            ModelId = model,
            MaxOutputTokens = o.MaxOutputTokens,
            ResponseFormat = DigestSchema.Format(o.ResponseFormat),
        };
        for (var attempt = 1; ; attempt++)
        {
            var started = time.GetTimestamp();
            using var timeout = new CancellationTokenSource(o.Timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                var response = await client.Client.GetResponseAsync(prompt.Messages, chatOptions, linked.Token);
                var text = response.Text;
                var input = response.Usage?.InputTokenCount ?? prompt.EstimatedTokens;
                var output = response.Usage?.OutputTokenCount ?? TokenEstimate.Of(text);
                SummarizerLog.Answered(logger, model, input, output, (long)time.GetElapsedTime(started).TotalMilliseconds);
                return ModelCall.Answered(text, input, output);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return ModelCall.Failed(ModelFailure.Timeout);
            }
            catch (ClientResultException e) when (attempt == 1 && IsTransient(e.Status))
            {
                var delay = RetryDelay.From(e.GetRawResponse(), o.MaxRetryDelay, time.GetUtcNow());
                if (delay is null)
                {
                    return ModelCall.Failed(Classify(e.Status), e.Status);
                }

                SummarizerLog.Retrying(logger, model, e.Status, (long)delay.Value.TotalMilliseconds);
                await Task.Delay(delay.Value, time, cancellationToken);
            }
            catch (ClientResultException e)
            {
                return ModelCall.Failed(Classify(e.Status), e.Status);
            }
            catch (HttpRequestException)
            {
                return ModelCall.Failed(ModelFailure.Unreachable);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException)
            {
                // A 200 whose body is not a chat completion.
                return ModelCall.Failed(ModelFailure.Malformed, 200);
            }
        }
    }

    private static bool IsTransient(int status) => status is 429 or >= 500;

    private static ModelFailure Classify(int status) => status switch
    {
        0 => ModelFailure.Unreachable,
        429 => ModelFailure.RateLimited,
        >= 500 => ModelFailure.ServerError,
        _ => ModelFailure.Refused,
    };
}
