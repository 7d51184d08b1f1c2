using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Slack.Http;

public enum SignatureCheck
{
    Valid,
    MissingHeader,
    Malformed,
    Stale,
    Mismatch,
}

/// <summary>
/// Slack request signing (brief §3): <c>v0=</c> + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + raw body)),
/// compared in constant time; |now − timestamp| &gt; 300 s is a replay and is rejected.
/// </summary>
public sealed class SlackSignatureVerifier(string signingSecret, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly byte[] key = Encoding.UTF8.GetBytes(signingSecret);

    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> rawBody)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeader;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || !signature.StartsWith("v0=", StringComparison.Ordinal) || signature.Length != 3 + 64)
        {
            return SignatureCheck.Malformed;
        }

        var age = time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(age) > MaxAge.TotalSeconds)
        {
            return SignatureCheck.Stale;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(timestamp, rawBody));
        var actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The <c>X-Slack-Signature</c> value for a timestamp and body.</summary>
    public string Sign(string timestamp, ReadOnlySpan<byte> rawBody)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var basestring = new byte[prefix.Length + rawBody.Length];
        prefix.CopyTo(basestring, 0);
        rawBody.CopyTo(basestring.AsSpan(prefix.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, basestring));
    }
}
