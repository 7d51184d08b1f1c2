using System.Threading.Channels;
using Bot.Chat;
using Bot.Chat.Commands;
using Bot.Chat.Messages;
using Bot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Commands;

/// <summary>
/// Turns a slash command (from Socket Mode or HTTP mode) into a <see cref="CommandReceived"/> for the router, with a
/// <see cref="SlackReplyChannel"/> whose safety net guarantees the ack. Never blocks: a full router queue gets an
/// ephemeral "busy" answer instead of a missed deadline.
/// </summary>
internal sealed class SlashCommandIntake(ChannelWriter<ChatEvent> inbound, ISlackApiClient api, TimeProvider time, ILogger logger)
{
    public const string Platform = "slack";

    public void Accept(string deliveryId, SlashCommand? command, Func<SlashCommandResponse?, CancellationToken, Task> ack)
    {
        var reply = new SlackReplyChannel(deliveryId, ack, command?.ResponseUrl, api, time, logger);
        if (command is null)
        {
            SlackLog.MalformedCommand(logger, deliveryId);
            Observe(deliveryId, reply.ReplyAsync(ChatMessage.Text("Sorry, Slack sent a command I could not read. Please try again.", ephemeral: true), CancellationToken.None));
            return;
        }

        SlackLog.CommandReceived(logger, deliveryId, command.Name, command.ChannelId);
        var conversation = new Conversation(Platform, command.ChannelId);
        var received = new CommandReceived(conversation, command.UserId, CommandInvocation.FromText(command.Name, command.Text), reply);
        if (!inbound.TryWrite(received))
        {
            SlackLog.InboundFull(logger, deliveryId);
            Observe(deliveryId, reply.ReplyAsync(ChatMessage.Text("The bot is busy right now; please try again in a minute.", ephemeral: true), CancellationToken.None));
        }
    }

    /// <summary>Runs a fire-and-forget ack or reply, logging (not throwing) its failure.</summary>
    public void Observe(string deliveryId, Task task) =>
        _ = task.ContinueWith(
            t => SlackLog.AckFailed(logger, deliveryId, t.Exception!.InnerException!.GetType().Name),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
}
