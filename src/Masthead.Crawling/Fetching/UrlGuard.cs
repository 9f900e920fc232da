using System.Net;

namespace Masthead.Crawling.Fetching;

/// <summary>
/// The cheap checks on a URL before any request (and on every redirect target): http(s) only, no
/// credentials, no literal private address or localhost name. Names that resolve to private addresses are
/// caught later by <see cref="GuardedConnector"/>, after DNS.
/// </summary>
public static class UrlGuard
{
    /// <summary>Null when the URL may be fetched; else why not.</summary>
    public static string? Check(Uri? url, bool allowPrivateAddresses)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return "not an absolute URL";
        }
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return $"unsupported scheme '{url.Scheme}' (only http and https are fetched)";
        }
        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return "URLs with credentials are not fetched";
        }
        if (allowPrivateAddresses)
        {
            return null;
        }
        var host = url.IdnHost.TrimEnd('.');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return $"refused {host}: loopback name (set Crawler.AllowPrivateAddresses to allow it)";
        }
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal) && !AddressPolicy.IsPublic(literal))
        {
            return $"refused {literal}: not a public address (set Crawler.AllowPrivateAddresses to allow it)";
        }
        return null;
    }

    /// <summary>Parses and checks in one step.</summary>
    public static string? Check(string url, bool allowPrivateAddresses) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Check(uri, allowPrivateAddresses) : $"not a valid URL: {url}";
}
