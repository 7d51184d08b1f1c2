using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Bot.Emulators.Discord;

/// <summary>Signs like Discord does for HTTP interactions: Ed25519 over UTF-8(timestamp) ++ raw body.</summary>
public static class InteractionSigner
{
    public static string Sign(string seedHex, string timestamp, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var signer = new Ed25519Signer();
        signer.Init(true, new Ed25519PrivateKeyParameters(Convert.FromHexString(seedHex), 0));
        var stamp = Encoding.UTF8.GetBytes(timestamp);
        signer.BlockUpdate(stamp, 0, stamp.Length);
        signer.BlockUpdate(body, 0, body.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }

    public static string PublicKeyHex(string seedHex) =>
        Convert.ToHexStringLower(new Ed25519PrivateKeyParameters(Convert.FromHexString(seedHex), 0).GeneratePublicKey().GetEncoded());
}
