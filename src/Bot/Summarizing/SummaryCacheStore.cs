using Bot.Storage;

namespace Bot.Summarizing;

/// <summary>
/// The model summarizer's two tables (schema v4): answers cached by (content hash, model, prompt version), and tokens
/// spent per UTC day. The budget is reserved before a call in one conditional statement, so two processes sharing
/// the file cannot overspend it together, and settled afterwards with the server's counts.
/// </summary>
internal sealed class SummaryCacheStore(SqliteDatabase database, TimeProvider time)
{
    public async Task<string?> GetAsync(string contentHash, string model, string promptVersion, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT answer FROM summary_cache WHERE content_hash = $hash AND model = $model AND prompt_version = $version;
            """).With("$hash", contentHash).With("$model", model).With("$version", promptVersion);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task PutAsync(string contentHash, string model, string promptVersion, string answer, long inputTokens, long outputTokens, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO summary_cache (content_hash, model, prompt_version, answer, input_tokens, output_tokens, created_at)
            VALUES ($hash, $model, $version, $answer, $input, $output, $now)
            ON CONFLICT (content_hash, model, prompt_version) DO UPDATE SET answer = excluded.answer,
                input_tokens = excluded.input_tokens, output_tokens = excluded.output_tokens, created_at = excluded.created_at;
            """).With("$hash", contentHash).With("$model", model).With("$version", promptVersion).With("$answer", answer)
            .With("$input", inputTokens).With("$output", outputTokens).With("$now", SqlValues.Stamp(time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Adds <paramref name="tokens"/> to today's usage if that stays within <paramref name="budget"/>.</summary>
    public async Task<bool> TryReserveAsync(int tokens, int budget, CancellationToken cancellationToken)
    {
        if (tokens > budget)
        {
            return false;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO model_token_usage (day, tokens) VALUES ($day, $tokens)
            ON CONFLICT (day) DO UPDATE SET tokens = tokens + excluded.tokens
            WHERE model_token_usage.tokens + excluded.tokens <= $budget;
            """).With("$day", Today()).With("$tokens", tokens).With("$budget", budget);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Corrects today's usage by <paramref name="delta"/> (the actual count minus the reservation).</summary>
    public async Task SettleAsync(long delta, CancellationToken cancellationToken)
    {
        if (delta == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("UPDATE model_token_usage SET tokens = MAX(0, tokens + $delta) WHERE day = $day;")
            .With("$day", Today()).With("$delta", delta);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> UsedTodayAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT COALESCE(SUM(tokens), 0) FROM model_token_usage WHERE day = $day;").With("$day", Today());
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The budget's day: the UTC date, so the day boundary is midnight UTC wherever the bot runs.</summary>
    private string Today() => time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
