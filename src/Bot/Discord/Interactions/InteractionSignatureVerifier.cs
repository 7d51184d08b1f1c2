using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Bot.Discord.Interactions;

/// <summary>
/// Discord signs each HTTP interaction: Ed25519 over UTF-8(<c>X-Signature-Timestamp</c>) followed by the raw body
/// bytes, with the application's public key. The .NET 10 BCL has no standalone Ed25519 (brief §4.2), so this uses
/// BouncyCastle. Verify the raw bytes: re-serialised JSON differs and fails, as it should.
/// </summary>
public sealed class InteractionSignatureVerifier
{
    private const int SignatureLength = 64;
    private readonly Ed25519PublicKeyParameters publicKey;

    public InteractionSignatureVerifier(string publicKeyHex)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publicKeyHex);
        publicKey = new Ed25519PublicKeyParameters(Convert.FromHexString(publicKeyHex.Trim()), 0);
    }

    /// <summary>Discord.Net's <c>IsValidHttpInteraction</c>: false for a bad, missing or malformed signature.</summary>
    public bool IsValidHttpInteraction(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp) || signatureHex.Length != SignatureLength * 2)
        {
            return false;
        }

        byte[] signature;
        try
        {
            signature = Convert.FromHexString(signatureHex);
        }
        catch (FormatException)
        {
            return false;
        }

        var signer = new Ed25519Signer();
        signer.Init(false, publicKey);
        var stamp = Encoding.UTF8.GetBytes(timestamp);
        signer.BlockUpdate(stamp, 0, stamp.Length);
        signer.BlockUpdate(body);
        return signer.VerifySignature(signature);
    }
}
