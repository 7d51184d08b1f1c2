using System.Text.Json;
using Bot.Slack.SocketMode;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Commands;

/// <summary>
/// Runs on the socket's receive loop, so it only sorts: duplicates are acked empty and dropped, slash commands go to
/// <see cref="SlashCommandIntake"/> (which owns their ack), everything else is acked empty at once.
/// </summary>
internal sealed class SocketEnvelopeDispatcher(
    ISlackSocketModeClient client,
    SlashCommandIntake intake,
    EnvelopeDeduplicator deduplicator,
    ILogger logger)
{
    public void OnEnvelope(SocketEnvelope envelope)
    {
        SlackLog.EnvelopeReceived(logger, envelope.EnvelopeId, envelope.Type, envelope.SocketId, envelope.RetryAttempt);
        var eventId = envelope.Type == "events_api" && envelope.Payload.ValueKind == JsonValueKind.Object
            && envelope.Payload.TryGetProperty("event_id", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        var first = eventId is null
            ? deduplicator.TryFirstSeen("envelope:" + envelope.EnvelopeId)
            : deduplicator.TryFirstSeen("envelope:" + envelope.EnvelopeId, "event:" + eventId);
        if (!first)
        {
            SlackLog.DuplicateEnvelope(logger, envelope.EnvelopeId, envelope.RetryAttempt);
            AckEmpty(envelope);
            return;
        }

        if (envelope.Type == "slash_commands")
        {
            intake.Accept(
                envelope.EnvelopeId,
                SlashCommand.FromJson(envelope.Payload),
                (payload, ct) => client.Send(envelope.SocketId, new Acknowledgement(envelope.EnvelopeId, envelope.AcceptsResponsePayload ? payload : null), ct));
            return;
        }

        SlackLog.EnvelopeIgnored(logger, envelope.EnvelopeId, envelope.Type);
        AckEmpty(envelope);
    }

    private void AckEmpty(SocketEnvelope envelope) =>
        intake.Observe(envelope.EnvelopeId, client.Send(envelope.SocketId, new Acknowledgement(envelope.EnvelopeId), CancellationToken.None));
}
