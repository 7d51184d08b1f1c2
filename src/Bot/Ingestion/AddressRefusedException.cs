using System.Net;

namespace Bot.Ingestion;

/// <summary>Thrown by <see cref="AddressGuard.ConnectAsync"/> when a host resolves to an address fetches may not reach;
/// the HTTP handler wraps it in an <see cref="HttpRequestException"/> and the fetcher shows its message
/// ("rebind.example resolves to 10.0.0.7, a private address").</summary>
public sealed class AddressRefusedException : Exception
{
    public AddressRefusedException()
    {
    }

    public AddressRefusedException(string message)
        : base(message)
    {
    }

    public AddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AddressRefusedException(string host, IPAddress address, AddressClass kind)
        : base(Reason(host, address, kind))
    {
    }

    private static string Reason(string host, IPAddress address, AddressClass kind) =>
        host == address.ToString() ? $"{address} is {kind.Describe()}" : $"{host} resolves to {address}, {kind.Describe()}";
}
