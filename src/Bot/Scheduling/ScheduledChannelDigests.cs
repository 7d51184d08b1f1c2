using Bot.Chat;
using Bot.Chat.Messages;
using Bot.Scheduling.Digests;
using Microsoft.Extensions.Options;

namespace Bot.Scheduling;

/// <summary>
/// The real <see cref="IChannelDigests"/> (registered by AddScheduling after AddChat, replacing the chat core's
/// default): /digest-now posts the conversation's digest of its feeds now (the terminal's also holds the stored seeds)
/// and stands in for the nearest slot; /status reports sources, next digests, waiting stories and why.
/// </summary>
public sealed class ScheduledChannelDigests(DigestStreams streams, DigestRunner runner, StatusReport status, IOptions<FeedsOptions> options) : IChannelDigests
{
    public async Task<ChatMessage> DigestNowAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var series = await streams.ForAsync(conversation, cancellationToken);
        if (series.Count == 0 && !options.Value.IncludesStoredArticles(conversation.Platform))
        {
            return ChatMessage.Text("This channel follows no feeds yet. Add one with /subscribe <feed-url> [schedule]; /digest-now then posts its best new stories.");
        }

        var result = await runner.RunNowAsync(conversation, series, cancellationToken);
        var n = result.Stories > 1 ? "2" : "1";
        return result.Kind switch
        {
            DigestRunKind.Posted => ChatMessage.Text($"Posted a digest of {Stories(result.Stories)}. Follow up with /summary {n}, /figures {n} or /sections {n}."),
            DigestRunKind.Pending => Replies.Problem($"The digest of {Stories(result.Stories)} could not be posted yet ({result.Problem})."),
            DigestRunKind.Empty => ChatMessage.Text(series.Count == 0
                ? "Nothing new since the last digest here. Add an article with /digest, or follow a feed with /subscribe."
                : $"Nothing new since the last digest here ({Feeds(series.Sum(s => s.FeedUrls.Count))} checked). /status shows each source."),
            DigestRunKind.AlreadyTaken => ChatMessage.Text("A digest with these stories is already being posted here."),
            _ => Replies.Problem($"Could not post the digest: {result.Problem}."),
        };
    }

    public Task<ChatMessage> StatusAsync(Conversation conversation, CancellationToken cancellationToken) =>
        status.BuildAsync(conversation, cancellationToken);

    private static string Stories(int n) => n == 1 ? "1 story" : $"{n} stories";

    private static string Feeds(int n) => n == 1 ? "1 feed" : $"{n} feeds";
}
