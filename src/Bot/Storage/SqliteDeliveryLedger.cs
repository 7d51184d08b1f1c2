using System.Security.Cryptography;
using Bot.Chat;
using Bot.Chat.Delivery;
using Bot.Chat.Messages;
using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>
/// The delivery ledger: <c>deliveries</c> (one row per post, with the exact message and its state) and
/// <c>delivery_items</c> (PRIMARY KEY (conversation_key, item_key): an item is claimed at most once per conversation).
/// A claim is one IMMEDIATE transaction, so two claimers of the same item cannot both win.
/// </summary>
internal sealed class SqliteDeliveryLedger(SqliteDatabase database, TimeProvider time) : IDeliveryLedger
{
    private const string Select = """
        SELECT delivery_key, platform, channel_id, thread_id, message_json, state, claimed_at, confirmed_at, message_ids
        FROM deliveries
        """;

    public async Task<DeliveryClaim?> ClaimAsync(Conversation conversation, IReadOnlyList<string> itemKeys, ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(itemKeys);
        ArgumentOutOfRangeException.ThrowIfZero(itemKeys.Count);
        var key = NewKey();
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = connection.Command("""
            INSERT INTO deliveries (delivery_key, conversation_key, platform, channel_id, thread_id, message_json, state, claimed_at)
            VALUES ($key, $conversation, $platform, $channel, $thread, $message, 'claimed', $now);
            """, transaction))
        {
            insert.With("$key", key).With("$conversation", conversation.Key).With("$platform", conversation.Platform)
                .With("$channel", conversation.ChannelId).With("$thread", conversation.ThreadId)
                .With("$message", StorageJson.Write(message)).With("$now", SqlValues.Stamp(now));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var item in itemKeys.Distinct(StringComparer.Ordinal))
        {
            await using var claim = connection.Command("""
                INSERT INTO delivery_items (conversation_key, item_key, delivery_key) VALUES ($conversation, $item, $key)
                ON CONFLICT (conversation_key, item_key) DO NOTHING;
                """, transaction).With("$conversation", conversation.Key).With("$item", item).With("$key", key);
            if (await claim.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return null;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new DeliveryClaim(key, conversation, itemKeys, message, DeliveryState.Claimed, now);
    }

    public Task MarkSendingAsync(string deliveryKey, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE deliveries SET state = 'sending' WHERE delivery_key = $key AND state = 'claimed';", deliveryKey, null, cancellationToken);

    public Task ConfirmAsync(string deliveryKey, PostReceipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return ExecuteAsync(
            "UPDATE deliveries SET state = 'delivered', confirmed_at = $now, message_ids = $extra WHERE delivery_key = $key;",
            deliveryKey,
            StorageJson.Write(receipt.MessageIds),
            cancellationToken);
    }

    public async Task ReleaseAsync(string deliveryKey, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = connection.Command("""
            DELETE FROM delivery_items WHERE delivery_key = $key;
            UPDATE deliveries SET state = 'released', note = $reason WHERE delivery_key = $key;
            """, transaction).With("$key", deliveryKey).With("$reason", reason))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveryClaim>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{Select} WHERE state IN ('claimed', 'sending') ORDER BY claimed_at, rowid;");
        return await ReadAsync(connection, command, cancellationToken);
    }

    public async Task<IReadOnlySet<string>> TakenAsync(string conversationKey, IReadOnlyList<string> itemKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemKeys);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        if (itemKeys.Count == 0)
        {
            return taken;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in itemKeys.Chunk(500))
        {
            var names = chunk.Select((_, i) => $"$i{i}").ToList();
            await using var command = connection.Command($"SELECT item_key FROM delivery_items WHERE conversation_key = $conversation AND item_key IN ({string.Join(", ", names)});")
                .With("$conversation", conversationKey);
            for (var i = 0; i < chunk.Length; i++)
            {
                command.With(names[i], chunk[i]);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                taken.Add(reader.GetString(0));
            }
        }

        return taken;
    }

    public async Task<DeliveryClaim?> LatestDeliveredAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{Select} WHERE conversation_key = $conversation AND state = 'delivered' ORDER BY confirmed_at DESC LIMIT 1;")
            .With("$conversation", conversationKey);
        var all = await ReadAsync(connection, command, cancellationToken);
        return all.Count > 0 ? all[0] : null;
    }

    /// <summary>"d" + 24 hex digits: 25 characters, the most a Discord nonce may have.</summary>
    private static string NewKey() => "d" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    private async Task ExecuteAsync(string sql, string deliveryKey, string? extra, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(sql).With("$key", deliveryKey).With("$now", SqlValues.Stamp(time.GetUtcNow())).With("$extra", extra);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<DeliveryClaim>> ReadAsync(SqliteConnection connection, SqliteCommand command, CancellationToken cancellationToken)
    {
        var claims = new List<DeliveryClaim>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var conversation = new Conversation(reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
                claims.Add(new DeliveryClaim(
                    reader.GetString(0),
                    conversation,
                    [],
                    StorageJson.Read<ChatMessage>(reader.GetString(4)),
                    State(reader.GetString(5)),
                    SqlValues.ReadStamp(reader.GetString(6)),
                    reader.IsDBNull(7) ? null : SqlValues.ReadStamp(reader.GetString(7)),
                    reader.IsDBNull(8) ? null : StorageJson.Read<List<string>>(reader.GetString(8))));
            }
        }

        for (var i = 0; i < claims.Count; i++)
        {
            await using var items = connection.Command("SELECT item_key FROM delivery_items WHERE delivery_key = $key ORDER BY rowid;").With("$key", claims[i].DeliveryKey);
            var keys = new List<string>();
            await using var reader = await items.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add(reader.GetString(0));
            }

            claims[i] = claims[i] with { ItemKeys = keys };
        }

        return claims;
    }

    private static DeliveryState State(string text) => text switch
    {
        "claimed" => DeliveryState.Claimed,
        "sending" => DeliveryState.Sending,
        "delivered" => DeliveryState.Delivered,
        _ => DeliveryState.Released,
    };
}
