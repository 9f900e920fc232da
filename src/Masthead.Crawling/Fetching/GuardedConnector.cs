using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Masthead.Crawling.Fetching;

/// <summary>
/// The SSRF guard at the only place that cannot be fooled: after DNS resolution, just before the socket
/// connects (SocketsHttpHandler.ConnectCallback). A name that resolves to a private address, or that is
/// rebound to one between two requests, is refused on every new connection, redirects included.
/// </summary>
public sealed class GuardedConnector(bool allowPrivateAddresses)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, ct).ConfigureAwait(false);
        var allowed = allowPrivateAddresses ? addresses : [.. addresses.Where(AddressPolicy.IsPublic)];
        if (allowed.Length == 0)
        {
            throw new BlockedAddressException(
                $"refused to connect to {endpoint.Host} ({string.Join(", ", addresses.Select(a => a.ToString()))}): " +
                "not a public address (set Crawler.AllowPrivateAddresses to allow it)");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endpoint.Port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
