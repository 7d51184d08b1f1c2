namespace Bot.Ingestion;

/// <summary>Reads a body up to a cap without ever holding more than the cap (plus the one byte that proves "over").</summary>
internal static class CappedBody
{
    private const int Chunk = 81920;

    /// <summary>The whole body, or null as soon as it exceeds <paramref name="maxBytes"/>.</summary>
    /// <param name="expectedLength">Content-Length when known: sizes the first buffer, never trusted as the limit.</param>
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, long? expectedLength, CancellationToken cancellationToken)
    {
        var limit = (int)Math.Min(maxBytes + 1, Array.MaxLength);
        var initial = (int)Math.Min(limit, Math.Max(expectedLength ?? Chunk, 1) + 1);
        var buffer = new byte[initial];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length >= limit)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(total, Math.Min(buffer.Length - total, Chunk)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
            if (total > maxBytes)
            {
                return null;
            }
        }

        return total == buffer.Length ? buffer : buffer[..total];
    }
}
