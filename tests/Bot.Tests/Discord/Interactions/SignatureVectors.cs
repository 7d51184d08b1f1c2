using System.Text;

namespace Bot.Tests.Discord.Interactions;

/// <summary>The worked vectors of the protocol brief §4.3 (RFC 8032 TEST 1 key; public test material).</summary>
internal static class SignatureVectors
{
    public const string PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    public const string Timestamp = "1735689600";

    public const string PingBody = """{"app_permissions":"0","application_id":"1000000000000000001","entitlements":[],"id":"1000000000000000002","token":"aW50ZXJhY3Rpb246dGVzdA","type":1,"user":{"id":"1000000000000000003","username":"tester","discriminator":"0","global_name":"Tester","avatar":null},"version":1}""";
    public const string PingSignature = "47b8965acf6823b11179f9b096d8f87c2d418e35ce1fdabf72b920323174af667ae4f83a107ce5eb5316a4e8a668eafdf931637a351a7adec05b7cdaffbf9607";

    public const string CommandBody = """{"application_id":"1000000000000000001","channel_id":"1000000000000000010","data":{"id":"1000000000000000020","name":"summary","options":[{"name":"section","type":3,"value":"markets"}],"type":1},"guild_id":"1000000000000000030","id":"1000000000000000040","member":{"user":{"id":"1000000000000000003","username":"tester"},"roles":[],"permissions":"2147483647"},"token":"aW50ZXJhY3Rpb246Y21k","type":2,"version":1}""";
    public const string CommandSignature = "c25f9fbba274fab38a6619cdb1f6325c7a9bbec98da097b9ee1b7b503584dc07ad998eee2bdee33ae007260b3e52285842c03ff962e3e50012c077a76dfb860a";

    public static byte[] Ping => Encoding.UTF8.GetBytes(PingBody);

    public static byte[] Command => Encoding.UTF8.GetBytes(CommandBody);

    /// <summary>Vector A with <c>"type":1,</c> re-serialised as <c>"type": 1,</c>.</summary>
    public static byte[] PingReserialised => Encoding.UTF8.GetBytes(PingBody.Replace("\"type\":1,", "\"type\": 1,", StringComparison.Ordinal));

    public static string PingSignatureFirstByte57 => "57" + PingSignature[2..];
}
