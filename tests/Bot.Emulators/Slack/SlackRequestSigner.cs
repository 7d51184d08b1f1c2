using System.Security.Cryptography;
using System.Text;

namespace Bot.Emulators.Slack;

/// <summary>How Slack signs HTTP-mode requests (brief §3), written independently of the bot's verifier.</summary>
public static class SlackRequestSigner
{
    public static string Sign(string signingSecret, string timestamp, string body)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(signingSecret));
        var digest = hmac.ComputeHash(Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        return "v0=" + string.Concat(digest.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
