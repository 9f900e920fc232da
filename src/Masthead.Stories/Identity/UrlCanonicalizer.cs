namespace Masthead.Stories;

/// <summary>
/// One URL per page, so the same article reached by a tracked link, an AMP page or a mobile host is one
/// identity. Removes tracking parameters (Data/tracking-parameters.txt), fragments, default ports,
/// "www." / "m." / "amp." host prefixes and AMP path forms (/amp/, /amp, .amp, ?amp, outputType=amp),
/// lower-cases scheme and host, sorts the remaining query. The rel=canonical link of a page, when the
/// extractor found one, wins over all of this: pass it instead of the fetched URL.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly string[] Exact = [.. EmbeddedData.ReadLines("tracking-parameters.txt").Where(p => !p.EndsWith('*'))];
    private static readonly string[] Prefixes = [.. EmbeddedData.ReadLines("tracking-parameters.txt").Where(p => p.EndsWith('*')).Select(p => p[..^1])];
    private static readonly string[] AmpQueryKeys = ["amp", "outputtype", "amp_js_v", "usqp", "amp_gsa"];
    private static readonly string[] HostPrefixes = ["www.", "m.", "amp.", "mobile."];

    /// <summary>The canonical form of <paramref name="url"/>; a string that is not an absolute http(s) URL comes back trimmed, unchanged.</summary>
    public static string Canonicalize(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return trimmed;
        }
        var host = StripHostPrefixes(uri.Host.ToLowerInvariant());
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var path = StripAmpPath(uri.AbsolutePath);
        var query = CleanQuery(uri.Query);
        return $"https://{host}{port}{path}{query}";
    }

    private static string StripHostPrefixes(string host)
    {
        foreach (var prefix in HostPrefixes)
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Count(c => c == '.') >= 2)
            {
                return host[prefix.Length..];
            }
        }
        return host;
    }

    private static string StripAmpPath(string path)
    {
        if (path.EndsWith("/amp", StringComparison.OrdinalIgnoreCase) || path.EndsWith("/amp/", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..path.LastIndexOf("/amp", StringComparison.OrdinalIgnoreCase)];
        }
        else if (path.StartsWith("/amp/", StringComparison.OrdinalIgnoreCase))
        {
            path = path[4..];
        }
        else if (path.EndsWith(".amp", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".amp.html", StringComparison.OrdinalIgnoreCase))
        {
            path = path.EndsWith(".amp", StringComparison.OrdinalIgnoreCase) ? path[..^4] : path[..^9] + ".html";
        }
        path = path.Length > 1 ? path.TrimEnd('/') : path;
        return path.Length == 0 ? "/" : path;
    }

    private static string CleanQuery(string query)
    {
        if (query.Length <= 1)
        {
            return "";
        }
        var kept = query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsDropped(Uri.UnescapeDataString(pair.Split('=')[0]).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .ToList();
        return kept.Count == 0 ? "" : "?" + string.Join('&', kept);
    }

    private static bool IsDropped(string key) =>
        Array.IndexOf(Exact, key) >= 0 || Array.IndexOf(AmpQueryKeys, key) >= 0 ||
        Prefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));
}
