using Bot.Chat;
using Bot.Chat.Stores;
using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>Feed subscriptions per conversation, with the schedule text as stored by /subscribe.</summary>
internal sealed class SqliteSubscriptionStore(SqliteDatabase database) : ISubscriptionStore
{
    private const string Select = "SELECT platform, channel_id, thread_id, feed_url, schedule, created_at FROM subscriptions";

    public async Task<bool> AddAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var conversation = subscription.Conversation;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        bool existed;
        await using (var exists = connection.Command("SELECT 1 FROM subscriptions WHERE conversation_key = $key AND feed_url = $feed;", transaction)
            .With("$key", conversation.Key).With("$feed", subscription.FeedUrl))
        {
            existed = await exists.ExecuteScalarAsync(cancellationToken) is not null;
        }

        await using (var upsert = connection.Command("""
            INSERT INTO subscriptions (conversation_key, platform, channel_id, thread_id, feed_url, schedule, created_at)
            VALUES ($key, $platform, $channel, $thread, $feed, $schedule, $now)
            ON CONFLICT (conversation_key, feed_url) DO UPDATE SET schedule = excluded.schedule;
            """, transaction))
        {
            upsert.With("$key", conversation.Key).With("$platform", conversation.Platform).With("$channel", conversation.ChannelId)
                .With("$thread", conversation.ThreadId).With("$feed", subscription.FeedUrl).With("$schedule", subscription.Schedule)
                .With("$now", SqlValues.Stamp(subscription.CreatedAt));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return !existed;
    }

    public async Task<bool> RemoveAsync(string conversationKey, string feedUrl, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM subscriptions WHERE conversation_key = $key AND feed_url = $feed;")
            .With("$key", conversationKey).With("$feed", feedUrl);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<Subscription>> ListAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{Select} WHERE conversation_key = $key ORDER BY created_at, feed_url;").With("$key", conversationKey);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<Subscription>> ListAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{Select} ORDER BY conversation_key, created_at, feed_url;");
        return await ReadAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<Subscription>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var result = new List<Subscription>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var conversation = new Conversation(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            result.Add(new Subscription(conversation, reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), SqlValues.ReadStamp(reader.GetString(5))));
        }

        return result;
    }
}
