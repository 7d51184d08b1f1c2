using Bot.Scheduling;
using Bot.Scheduling.Digests;

namespace Bot.Storage;

/// <summary>Each conversation schedule's last slot, last digest and report (schema v3, <c>digest_runs</c>).</summary>
internal sealed class SqliteDigestStateStore(SqliteDatabase database) : IDigestStateStore
{
    public async Task<IReadOnlyList<DigestState>> ListAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var result = new List<DigestState>();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT schedule, last_slot, last_digest_at, report_json FROM digest_runs WHERE conversation_key = $key ORDER BY schedule;
            """).With("$key", conversationKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new DigestState(
                conversationKey,
                reader.GetString(0),
                SqlValues.ReadStamp(reader.GetString(1)),
                reader.IsDBNull(2) ? null : SqlValues.ReadStamp(reader.GetString(2)),
                reader.IsDBNull(3) ? null : StorageJson.Read<DigestReport>(reader.GetString(3))));
        }

        return result;
    }

    public async Task SaveAsync(DigestState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO digest_runs (conversation_key, schedule, last_slot, last_digest_at, report_json)
            VALUES ($key, $schedule, $slot, $digest, $report)
            ON CONFLICT (conversation_key, schedule) DO UPDATE SET last_slot = excluded.last_slot,
                last_digest_at = excluded.last_digest_at, report_json = excluded.report_json;
            """);
        command.With("$key", state.ConversationKey).With("$schedule", state.Schedule).With("$slot", SqlValues.Stamp(state.LastSlot))
            .With("$digest", state.LastDigestAt is { } at ? SqlValues.Stamp(at) : null)
            .With("$report", state.Report is null ? null : StorageJson.Write(state.Report));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
