using System.Text;
using Bot.Slack.Http;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Slack.Http;

/// <summary>The official vector from Slack's docs (and python-slack-sdk's tests), plus the brief's extra vectors.</summary>
public sealed class SlackSignatureVerifierTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static SlackSignatureVerifier At(long unixSeconds) =>
        new(Secret, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Verify_OfficialVector_Valid()
    {
        Assert.Equal(362, Encoding.UTF8.GetByteCount(Body));
        Assert.Equal(SignatureCheck.Valid, At(1531420618).Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void Verify_BodyChanged_Mismatch() =>
        Assert.Equal(SignatureCheck.Mismatch, At(1531420618).Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body + "------")));

    [Fact]
    public void Verify_OneBitFlippedInTheBody_Mismatch()
    {
        var bytes = Encoding.UTF8.GetBytes(Body);
        bytes[10] ^= 1;

        Assert.Equal(SignatureCheck.Mismatch, At(1531420618).Verify(Timestamp, Signature, bytes));
    }

    [Theory]
    [InlineData(1531420618 + 301)]
    [InlineData(1531420618 - 301)]
    public void Verify_TimestampMoreThanFiveMinutesAway_StaleEvenWithAGoodSignature(long now) =>
        Assert.Equal(SignatureCheck.Stale, At(now).Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_JustInsideTheWindow_Valid() =>
        Assert.Equal(SignatureCheck.Valid, At(1531420618 + 300).Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));

    [Theory]
    [InlineData(null, Signature, SignatureCheck.MissingHeader)]
    [InlineData(Timestamp, null, SignatureCheck.MissingHeader)]
    [InlineData(Timestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.Malformed)]
    [InlineData("15314x0618", Signature, SignatureCheck.Malformed)]
    [InlineData(Timestamp, "v0=a2114d57", SignatureCheck.Malformed)]
    public void Verify_BadHeaders_Rejected(string? timestamp, string? signature, SignatureCheck expected) =>
        Assert.Equal(expected, At(1531420618).Verify(timestamp, signature, Encoding.UTF8.GetBytes(Body)));

    [Theory]
    [InlineData("1531420618", "", "v0=55f41ec73231010289b54e669149ea021fccab11b5524355523533ce930cb739")]
    [InlineData("1700000000", "command=%2Fsummary&text=markets&channel_id=C0123456789&user_id=U0123456789", "v0=06f408989a2ac6c088660db33e69353f6d91e3cb0e316351eba974803c63f0ad")]
    [InlineData("1700000000", "{\"type\":\"event_callback\",\"event_id\":\"Ev01\"}", "v0=f4918354066bdfac4350922ac8990eabc955fa31a2e008df797d5ab01e2e75c5")]
    public void Sign_BriefVectors_Match(string timestamp, string body, string expected)
    {
        var verifier = At(long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, verifier.Sign(timestamp, Encoding.UTF8.GetBytes(body)));
        Assert.Equal(SignatureCheck.Valid, verifier.Verify(timestamp, expected, Encoding.UTF8.GetBytes(body)));
    }
}
