using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Bot.Ingestion;

/// <summary>
/// SSRF protection, applied twice. <see cref="CheckUrl"/> runs before every request (the first URL and each redirect
/// hop) and refuses non-http(s) schemes, local names and IP literals with a clear reason. <see cref="ConnectAsync"/> is
/// the HTTP handler's connect callback: it resolves the host itself, vets EVERY address of the answer and connects to
/// one of those vetted addresses, so a DNS answer that changes between a check and the connection (rebinding) cannot
/// slip through. An answer that mixes public and private addresses is refused as a whole.
/// </summary>
public sealed class AddressGuard
{
    // Names that never lead to the public web: RFC 6761 localhost, mDNS, the private-use .internal TLD (which also
    // covers metadata.google.internal), RFC 8375 home networks, and the bare metadata aliases clouds publish.
    private static readonly string[] LocalSuffixes = [".localhost", ".local", ".internal", ".home.arpa"];
    private static readonly string[] LocalNames = ["localhost", "metadata", "metadata.goog", "instance-data"];

    private readonly IOptions<IngestionOptions> options;
    private readonly Func<string, IPAddress, AddressClass> classify;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> resolve;

    public AddressGuard(IOptions<IngestionOptions> options)
        : this(options, static (_, address) => AddressClassifier.Classify(address), Dns.GetHostAddressesAsync)
    {
    }

    /// <summary>Test seam: a resolver that answers made-up names, and a classifier told the host name as well, so a
    /// test can call one made-up name on the loopback server "public" while 127.0.0.1 itself stays refused.</summary>
    internal AddressGuard(
        IOptions<IngestionOptions> options,
        Func<string, IPAddress, AddressClass> classify,
        Func<string, CancellationToken, Task<IPAddress[]>> resolve)
    {
        this.options = options;
        this.classify = classify;
        this.resolve = resolve;
    }

    private bool AllowPrivate => options.Value.AllowPrivateAddresses;

    /// <summary>Null when the URL may be fetched, else why not ("127.0.0.1 is a loopback address").</summary>
    public string? CheckUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return "only http and https URLs can be fetched";
        }

        if (AllowPrivate)
        {
            return null;
        }

        var host = url.IdnHost.Trim('[', ']').TrimEnd('.');
        if (IPAddress.TryParse(host, out var literal))
        {
            var kind = classify(host, literal);
            return kind == AddressClass.Public ? null : $"{literal} is {kind.Describe()}";
        }

        return IsLocalName(host) ? $"{host} is a local name" : null;
    }

    /// <summary>The <see cref="SocketsHttpHandler.ConnectCallback"/>: resolve, vet every address, connect to a vetted one.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.DnsEndPoint;
        var host = endpoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await resolve(host, cancellationToken).ConfigureAwait(false);
        if (!AllowPrivate)
        {
            foreach (var address in addresses)
            {
                var kind = classify(host, address);
                if (kind != AddressClass.Public)
                {
                    throw new AddressRefusedException(host, address, kind);
                }
            }
        }

        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }

    private static bool IsLocalName(string host) =>
        LocalNames.Any(n => host.Equals(n, StringComparison.OrdinalIgnoreCase))
        || LocalSuffixes.Any(s => host.EndsWith(s, StringComparison.OrdinalIgnoreCase));
}
