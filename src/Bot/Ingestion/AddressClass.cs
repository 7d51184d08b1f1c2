namespace Bot.Ingestion;

/// <summary>What kind of address a fetch would connect to. Only <see cref="Public"/> is reachable by default.</summary>
public enum AddressClass
{
    Public,
    Unspecified,
    Loopback,
    Private,
    SharedAddressSpace,
    LinkLocal,
    Metadata,
    Multicast,
    Reserved,
}

internal static class AddressClassText
{
    /// <summary>"a loopback address": reads after "127.0.0.1 is".</summary>
    public static string Describe(this AddressClass kind) => kind switch
    {
        AddressClass.Public => "a public address",
        AddressClass.Unspecified => "an unspecified address",
        AddressClass.Loopback => "a loopback address",
        AddressClass.Private => "a private address",
        AddressClass.SharedAddressSpace => "a carrier-grade NAT address",
        AddressClass.LinkLocal => "a link-local address",
        AddressClass.Metadata => "a cloud metadata address",
        AddressClass.Multicast => "a multicast address",
        AddressClass.Reserved => "a reserved address",
        _ => "a refused address",
    };
}
