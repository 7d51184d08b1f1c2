using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Bot.Chat;
using Bot.Chat.Commands;
using Bot.Chat.Messages;
using Bot.Discord.Gateway;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>
/// The worker between the wire and the router: reads gateway dispatches (or HTTP interactions), registers
/// commands on READY, drops duplicate interactions, and turns each interaction into a <see cref="ChatEvent"/>
/// carrying its reply channel. A malformed payload is logged and skipped; nothing here can stop the gateway.
/// </summary>
public sealed class InteractionDispatcher(
    DiscordRestClient rest,
    CommandRegistrar registrar,
    DiscordEventQueue events,
    DiscordTuning tuning,
    TimeProvider time,
    ILogger<InteractionDispatcher> logger)
{
    private static readonly ChatMessage Busy = ChatMessage.Text("The bot is busy right now; please try again in a moment.", ephemeral: true);
    private readonly InteractionDeduper deduper = new(time);

    internal async Task RunAsync(ChannelReader<GatewayDispatch> dispatches, CancellationToken cancellationToken)
    {
        var registrations = new List<Task>();
        try
        {
            await foreach (var dispatch in dispatches.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (dispatch.Type == "READY")
                {
                    registrations.RemoveAll(t => t.IsCompleted);
                    registrations.Add(RegisterAsync(dispatch.Data, cancellationToken));
                }
                else if (dispatch.Type == "INTERACTION_CREATE")
                {
                    try
                    {
                        _ = Accept(dispatch.Data, dispatch.ReceivedAt); // answered by the router, not awaited here
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        // A bug with one interaction must not stop the next ones.
                        DiscordLog.DispatchFailed(logger, exception);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }

        await Task.WhenAll(registrations).ConfigureAwait(false);
    }

    /// <summary>Hands one interaction to the router. Returns a task that completes when its initial response
    /// went out (the HTTP-interactions endpoint waits for it), or null when nothing will answer it.</summary>
    internal Task? Accept(JsonElement payload, long receivedAt)
    {
        if (ParsedInteraction.TryParse(payload, out var error) is not { } interaction)
        {
            DiscordLog.MalformedInteraction(logger, error);
            return null;
        }

        if (!deduper.TryClaim(interaction.Id))
        {
            DiscordLog.DuplicateInteraction(logger, interaction.Id);
            return null;
        }

        var conversation = new Conversation("discord", interaction.ChannelId, interaction.ThreadId);
        switch (interaction.Type)
        {
            case ParsedInteraction.ApplicationCommand:
                var reply = new InteractionReplyChannel(interaction, rest, tuning, time, logger, receivedAt);
                // Structured options only: Text is for free-text platforms, and the parser would fill options from it.
                var invocation = new CommandInvocation(interaction.CommandName, interaction.Options, "");
                DiscordLog.CommandReceived(logger, interaction.Id, interaction.CommandName);
                if (!events.TryWrite(new CommandReceived(conversation, interaction.UserId, invocation, reply)))
                {
                    DiscordLog.EventQueueFull(logger, interaction.Id);
                    _ = reply.ReplyAsync(Busy, CancellationToken.None);
                }

                return reply.FirstResponse;
            case ParsedInteraction.Autocomplete when interaction.FocusedOption is { } option:
                var suggest = new InteractionAutocompleteReply(interaction, rest, tuning, time, logger, receivedAt);
                var others = interaction.Options.Where(o => o.Key != option).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal);
                var request = new AutocompleteRequested(conversation, interaction.UserId, interaction.CommandName, option, interaction.Options[option], others, suggest);
                if (!events.TryWrite(request))
                {
                    DiscordLog.EventQueueFull(logger, interaction.Id);
                    _ = suggest.SuggestAsync([], CancellationToken.None);
                }

                return suggest.FirstResponse;
            default:
                DiscordLog.UnsupportedInteraction(logger, interaction.Id, interaction.Type);
                return null;
        }
    }

    private async Task RegisterAsync(JsonElement ready, CancellationToken cancellationToken)
    {
        try
        {
            var applicationId = ready.TryGetProperty("application", out var app)
                && ulong.TryParse(app.GetProperty("id").GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    ? id
                    : (ulong?)null;
            if (applicationId is null)
            {
                DiscordLog.MalformedInteraction(logger, "READY without application.id");
                return;
            }

            await registrar.RegisterAsync(applicationId.Value, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException)
        {
            DiscordLog.MalformedInteraction(logger, "READY: " + exception.GetType().Name);
        }
    }
}
