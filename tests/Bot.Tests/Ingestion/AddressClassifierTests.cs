using System.Net;
using Bot.Ingestion;

namespace Bot.Tests.Ingestion;

public sealed class AddressClassifierTests
{
    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.15.255.255")]     // just below 172.16/12
    [InlineData("172.32.0.1")]         // just above 172.16/12
    [InlineData("100.63.255.255")]     // just below 100.64/10
    [InlineData("100.128.0.1")]        // just above 100.64/10
    [InlineData("169.253.255.255")]
    [InlineData("192.169.0.1")]
    [InlineData("11.0.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:93.184.216.34")]
    [InlineData("64:ff9b::808:808")]  // NAT64 to 8.8.8.8
    public void Classify_PublicAddress_IsPublic(string address)
    {
        Assert.Equal(AddressClass.Public, AddressClassifier.Classify(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("0.0.0.0", AddressClass.Unspecified)]
    [InlineData("0.1.2.3", AddressClass.Unspecified)]
    [InlineData("::", AddressClass.Unspecified)]
    [InlineData("127.0.0.1", AddressClass.Loopback)]
    [InlineData("127.255.255.254", AddressClass.Loopback)]
    [InlineData("::1", AddressClass.Loopback)]
    [InlineData("10.0.0.1", AddressClass.Private)]
    [InlineData("10.255.255.255", AddressClass.Private)]
    [InlineData("172.16.0.1", AddressClass.Private)]
    [InlineData("172.31.255.255", AddressClass.Private)]
    [InlineData("192.168.1.1", AddressClass.Private)]
    [InlineData("fc00::1", AddressClass.Private)]
    [InlineData("fd12:3456::1", AddressClass.Private)]
    [InlineData("100.64.0.1", AddressClass.SharedAddressSpace)]
    [InlineData("100.127.255.255", AddressClass.SharedAddressSpace)]
    [InlineData("169.254.0.1", AddressClass.LinkLocal)]
    [InlineData("fe80::1", AddressClass.LinkLocal)]
    [InlineData("febf::1", AddressClass.LinkLocal)]
    [InlineData("169.254.169.254", AddressClass.Metadata)]
    [InlineData("169.254.170.2", AddressClass.Metadata)]
    [InlineData("100.100.100.200", AddressClass.Metadata)]
    [InlineData("fd00:ec2::254", AddressClass.Metadata)]
    [InlineData("224.0.0.1", AddressClass.Multicast)]
    [InlineData("ff02::1", AddressClass.Multicast)]
    [InlineData("255.255.255.255", AddressClass.Reserved)]
    [InlineData("240.0.0.1", AddressClass.Reserved)]
    [InlineData("2001:db8::1", AddressClass.Reserved)]
    public void Classify_NonPublicAddress_NamesItsKind(string address, AddressClass expected)
    {
        Assert.Equal(expected, AddressClassifier.Classify(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("::ffff:127.0.0.1", AddressClass.Loopback)]       // IPv4-mapped
    [InlineData("::ffff:10.1.2.3", AddressClass.Private)]
    [InlineData("::ffff:169.254.169.254", AddressClass.Metadata)]
    [InlineData("::ffff:100.64.0.1", AddressClass.SharedAddressSpace)]
    [InlineData("::ffff:0.0.0.0", AddressClass.Unspecified)]
    [InlineData("::ffff:192.168.0.1", AddressClass.Private)]
    [InlineData("::127.0.0.1", AddressClass.Loopback)]            // IPv4-compatible (deprecated)
    [InlineData("64:ff9b::7f00:1", AddressClass.Loopback)]        // NAT64 to 127.0.0.1
    [InlineData("64:ff9b::a9fe:a9fe", AddressClass.Metadata)]     // NAT64 to 169.254.169.254
    [InlineData("2002:a00:1::1", AddressClass.Private)]           // 6to4 of 10.0.0.1
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe", AddressClass.Loopback)] // Teredo, client 127.0.0.1 inverted
    public void Classify_IPv6FormOfAnIPv4Address_JudgedByTheIPv4Address(string address, AddressClass expected)
    {
        Assert.Equal(expected, AddressClassifier.Classify(IPAddress.Parse(address)));
    }
}
