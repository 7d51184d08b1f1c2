using System.Net;
using System.Net.Sockets;

namespace Bot.Ingestion;

/// <summary>
/// Classifies an IP address for SSRF protection. IPv6 forms that carry an IPv4 address (mapped ::ffff:a.b.c.d,
/// compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16, Teredo 2001::/32) are judged by the IPv4 address they
/// reach, so "[::ffff:127.0.0.1]" is as loopback as "127.0.0.1".
/// </summary>
public static class AddressClassifier
{
    public static AddressClass Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Span<byte> bytes = stackalloc byte[16];
        if (!address.TryWriteBytes(bytes, out var length))
        {
            return AddressClass.Reserved;
        }

        return address.AddressFamily == AddressFamily.InterNetwork && length == 4
            ? ClassifyV4(bytes[..4])
            : ClassifyV6(bytes[..length]);
    }

    public static bool IsPublic(IPAddress address) => Classify(address) == AddressClass.Public;

    private static AddressClass ClassifyV4(ReadOnlySpan<byte> b) => (b[0], b[1], b[2], b[3]) switch
    {
        (0, _, _, _) => AddressClass.Unspecified,                     // 0.0.0.0/8 "this network"
        (127, _, _, _) => AddressClass.Loopback,
        (10, _, _, _) => AddressClass.Private,
        (172, >= 16 and <= 31, _, _) => AddressClass.Private,
        (192, 168, _, _) => AddressClass.Private,
        (100, 100, 100, 200) => AddressClass.Metadata,                // Alibaba Cloud
        (100, >= 64 and <= 127, _, _) => AddressClass.SharedAddressSpace, // 100.64/10, carrier-grade NAT
        (169, 254, 169, 254) => AddressClass.Metadata,                // AWS, GCP, Azure, OCI, ...
        (169, 254, 170, 2) => AddressClass.Metadata,                  // AWS ECS task metadata
        (169, 254, _, _) => AddressClass.LinkLocal,
        (192, 0, 0, _) => AddressClass.Reserved,                      // IETF protocol assignments
        (192, 0, 2, _) or (198, 51, 100, _) or (203, 0, 113, _) => AddressClass.Reserved, // documentation
        (198, 18 or 19, _, _) => AddressClass.Reserved,               // benchmarking
        (>= 224 and <= 239, _, _, _) => AddressClass.Multicast,
        (>= 240, _, _, _) => AddressClass.Reserved,                   // 240/4 and the broadcast address
        _ => AddressClass.Public,
    };

    private static AddressClass ClassifyV6(ReadOnlySpan<byte> b)
    {
        if (b.Length != 16)
        {
            return AddressClass.Reserved;
        }

        if (b[..15].IndexOfAnyExcept((byte)0) < 0)
        {
            return b[15] switch
            {
                0 => AddressClass.Unspecified,
                1 => AddressClass.Loopback,
                _ => AddressClass.Reserved,
            };
        }

        if (IsZero(b[..10]) && b[10] == 0xFF && b[11] == 0xFF)
        {
            return ClassifyV4(b[12..]);                                // ::ffff:a.b.c.d (mapped)
        }

        if (IsZero(b[..12]))
        {
            return ClassifyV4(b[12..]);                                // ::a.b.c.d (compatible, deprecated)
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && IsZero(b[4..12]))
        {
            return ClassifyV4(b[12..]);                      // 64:ff9b::/96 NAT64
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return ClassifyV4(b[2..6]);                      // 2002::/16 6to4
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
        {
            Span<byte> client = [(byte)~b[12], (byte)~b[13], (byte)~b[14], (byte)~b[15]];
            return ClassifyV4(client);                       // 2001::/32 Teredo (client address inverted)
        }

        if (b[0] == 0xFD && b[1] == 0x00 && b[2] == 0x0E && b[3] == 0xC2 && IsZero(b[4..14]) && b[14] == 0x02 && b[15] == 0x54)
        {
            return AddressClass.Metadata;                              // fd00:ec2::254, AWS over IPv6
        }

        return b[0] switch
        {
            0xFC or 0xFD => AddressClass.Private,                      // fc00::/7 unique local
            0xFE when (b[1] & 0xC0) == 0x80 => AddressClass.LinkLocal, // fe80::/10
            0xFE when (b[1] & 0xC0) == 0xC0 => AddressClass.Private,   // fec0::/10 site-local (deprecated)
            0xFF => AddressClass.Multicast,
            0x01 when b[1] == 0 && IsZero(b[2..8]) => AddressClass.Reserved, // 100::/64 discard
            0x20 when b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8 => AddressClass.Reserved, // 2001:db8::/32 documentation
            _ => AddressClass.Public,
        };
    }

    private static bool IsZero(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept((byte)0) < 0;
}
