using Bot.Chat;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>
/// Answers an autocomplete interaction once with callback type 8: at most 25 choices, names and values of
/// 1–100 code points (a value that would need cutting is dropped: a cut value would name something else).
/// Autocomplete cannot be deferred, so a safety net answers with no choices if the router stays silent.
/// </summary>
internal sealed class InteractionAutocompleteReply : IAutocompleteReply, IDisposable
{
    private readonly ParsedInteraction interaction;
    private readonly DiscordRestClient rest;
    private readonly ILogger logger;
    private readonly ITimer safetyNet;
    private readonly TaskCompletionSource answered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int claimed;

    public InteractionAutocompleteReply(ParsedInteraction interaction, DiscordRestClient rest, DiscordTuning tuning, TimeProvider time, ILogger logger, long receivedAt)
    {
        this.interaction = interaction;
        this.rest = rest;
        this.logger = logger;
        var due = tuning.AutocompleteSafetyNet - time.GetElapsedTime(receivedAt);
        safetyNet = time.CreateTimer(static s => _ = ((InteractionAutocompleteReply)s!).SuggestAsync([], CancellationToken.None), this, due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    public Task FirstResponse => answered.Task;

    public static IReadOnlyList<AutocompleteResult> Sanitize(IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var results = new List<AutocompleteResult>(AutocompleteResult.MaxChoices);
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var choice in choices)
        {
            var value = choice.Value?.Trim() ?? "";
            var name = OneLine(string.IsNullOrWhiteSpace(choice.Name) ? value : choice.Name);
            if (value.Length == 0 || CodePoints.Count(value) > AutocompleteResult.MaxValueLength || name.Length == 0 || !values.Add(value))
            {
                continue;
            }

            results.Add(new AutocompleteResult(CodePoints.Truncate(name, AutocompleteResult.MaxNameLength), value));
            if (results.Count == AutocompleteResult.MaxChoices)
            {
                break;
            }
        }

        return results;
    }

    public async Task SuggestAsync(IReadOnlyList<Choice> choices, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref claimed, 1) == 1)
        {
            return;
        }

        safetyNet.Dispose();
        var results = Sanitize(choices);
        try
        {
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Autocomplete(results), cancellationToken).ConfigureAwait(false);
            DiscordLog.AutocompleteAnswered(logger, interaction.Id, results.Count);
        }
        catch (DiscordHttpException exception)
        {
            DiscordLog.ReplyFailed(logger, interaction.Id, exception.Message);
        }
        finally
        {
            answered.TrySetResult();
        }
    }

    public void Dispose() => safetyNet.Dispose();

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
