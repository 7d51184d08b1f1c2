using Bot.Discord.Interactions;

namespace Bot.Tests.Discord.Interactions;

public sealed class InteractionSignatureVerifierTests
{
    private readonly InteractionSignatureVerifier verifier = new(SignatureVectors.PublicKey);

    [Fact]
    public void Verify_VectorAPing_Valid() =>
        Assert.True(verifier.IsValidHttpInteraction(SignatureVectors.PingSignature, SignatureVectors.Timestamp, SignatureVectors.Ping));

    [Fact]
    public void Verify_VectorBCommand_Valid() =>
        Assert.True(verifier.IsValidHttpInteraction(SignatureVectors.CommandSignature, SignatureVectors.Timestamp, SignatureVectors.Command));

    [Fact]
    public void Verify_TimestampOneSecondLater_Rejected() =>
        Assert.False(verifier.IsValidHttpInteraction(SignatureVectors.PingSignature, "1735689601", SignatureVectors.Ping));

    [Fact]
    public void Verify_BodyReserialisedWithOneSpace_Rejected() =>
        Assert.False(verifier.IsValidHttpInteraction(SignatureVectors.PingSignature, SignatureVectors.Timestamp, SignatureVectors.PingReserialised));

    [Fact]
    public void Verify_SignatureFirstByteChanged_Rejected() =>
        Assert.False(verifier.IsValidHttpInteraction(SignatureVectors.PingSignatureFirstByte57, SignatureVectors.Timestamp, SignatureVectors.Ping));

    [Theory]
    [InlineData(null, SignatureVectors.Timestamp)]
    [InlineData(SignatureVectors.PingSignature, null)]
    [InlineData("", SignatureVectors.Timestamp)]
    [InlineData("zz", SignatureVectors.Timestamp)]
    public void Verify_MissingOrMalformedHeaders_Rejected(string? signature, string? timestamp) =>
        Assert.False(verifier.IsValidHttpInteraction(signature, timestamp, SignatureVectors.Ping));

    [Fact]
    public void Verify_NonHexSignatureOfTheRightLength_Rejected() =>
        Assert.False(verifier.IsValidHttpInteraction(new string('g', 128), SignatureVectors.Timestamp, SignatureVectors.Ping));
}
