namespace Masthead.Crawling.Warc;

/// <summary>
/// How replay matches a requested URL to an archived one. Exact first; then a loose key that ignores the
/// scheme, a leading "www.", the fragment, default ports and a trailing slash, because archives record
/// http:// and https:// captures of the same page interchangeably (the way pywb's fuzzy matching does).
/// </summary>
public static class ReplayKey
{
    public static string Exact(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
    }

    public static string Loose(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }
        var path = url.AbsolutePath.TrimEnd('/');
        return host + (url.IsDefaultPort ? "" : ":" + url.Port) + path + url.Query;
    }
}
