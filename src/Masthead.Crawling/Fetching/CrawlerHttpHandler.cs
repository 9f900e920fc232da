using System.Net;
using System.Net.Http;
using Masthead.Core;
using Masthead.Crawling.Channel;

namespace Masthead.Crawling.Fetching;

/// <summary>
/// The one network handler of the crawler. Redirects and decompression are off here on purpose: the
/// <see cref="Fetcher"/> follows redirects by hand (each hop re-checked) and decompresses under a size cap.
/// </summary>
public static class CrawlerHttpHandler
{
    public static SocketsHttpHandler Create(CrawlerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connector = new GuardedConnector(options.AllowPrivateAddresses);
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = Limits.ConnectTimeout,
            MaxConnectionsPerServer = Math.Clamp(options.MaxConnectionsPerHost, 1, 2),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseCookies = false,
            UseProxy = false,
            ConnectCallback = connector.ConnectAsync,
        };
    }
}
