using Bot.Chat;
using Bot.Chat.Stores;
using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>Channel context: the current article, the focus, and the last daily digest's numbering.</summary>
internal sealed class SqliteConversationStore(SqliteDatabase database, TimeProvider time) : IConversationStore
{
    public async Task<ConversationContext?> GetAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        long? article;
        string focus;
        string updated;
        await using (var command = connection.Command("SELECT article_id, focus, updated_at FROM channel_context WHERE conversation_key = $key;").With("$key", conversationKey))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            article = reader.IsDBNull(0) ? null : reader.GetInt64(0);
            focus = reader.GetString(1);
            updated = reader.GetString(2);
        }

        var numbering = new List<long>();
        await using (var command = connection.Command("SELECT article_id FROM digest_numbering WHERE conversation_key = $key ORDER BY position;").With("$key", conversationKey))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                numbering.Add(reader.GetInt64(0));
            }
        }

        var kind = focus == "daily" ? ContextFocus.DailyDigest : ContextFocus.Article;
        return new ConversationContext(conversationKey, article, numbering, kind, SqlValues.ReadStamp(updated));
    }

    public async Task SetCurrentArticleAsync(Conversation conversation, long articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO channel_context (conversation_key, article_id, focus, updated_at) VALUES ($key, $article, 'article', $now)
            ON CONFLICT (conversation_key) DO UPDATE SET article_id = excluded.article_id, focus = 'article', updated_at = excluded.updated_at;
            """).With("$key", conversation.Key).With("$article", articleId).With("$now", SqlValues.Stamp(time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task SetDailyDigestAsync(Conversation conversation, IReadOnlyList<long> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(articleIds);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var context = connection.Command("""
            INSERT INTO channel_context (conversation_key, article_id, focus, updated_at) VALUES ($key, NULL, 'daily', $now)
            ON CONFLICT (conversation_key) DO UPDATE SET focus = 'daily', updated_at = excluded.updated_at;
            DELETE FROM digest_numbering WHERE conversation_key = $key;
            """, transaction).With("$key", conversation.Key).With("$now", SqlValues.Stamp(time.GetUtcNow())))
        {
            await context.ExecuteNonQueryAsync(cancellationToken);
        }

        for (var i = 0; i < articleIds.Count; i++)
        {
            await using var insert = connection.Command("INSERT INTO digest_numbering (conversation_key, position, article_id) VALUES ($key, $position, $article);", transaction)
                .With("$key", conversation.Key).With("$position", i + 1).With("$article", articleIds[i]);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
