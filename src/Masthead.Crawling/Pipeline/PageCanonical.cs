namespace Masthead.Crawling.Pipeline;

/// <summary>
/// The canonical URL of a fetched page: its rel=canonical / og:url when that is a believable article URL on
/// the same site, else the URL it was finally served from (after redirects, e.g. feedproxy links), both
/// canonicalized. A declared canonical on another host, at the home page, or at an ancestor of the page's
/// path (a section page, "/news" for "/news/story") is a common misconfiguration that would fold many
/// articles into one, so it is ignored.
/// </summary>
public static class PageCanonical
{
    public static string Choose(IArticleEnricher enricher, string finalUrl, string? declared)
    {
        ArgumentNullException.ThrowIfNull(enricher);
        var served = enricher.Canonicalize(finalUrl);
        if (declared is null || !Uri.TryCreate(declared, UriKind.Absolute, out var declaredUri)
            || (declaredUri.Scheme != Uri.UriSchemeHttp && declaredUri.Scheme != Uri.UriSchemeHttps))
        {
            return served;
        }
        var candidate = enricher.Canonicalize(declared);
        return Uri.TryCreate(candidate, UriKind.Absolute, out var c) && Uri.TryCreate(served, UriKind.Absolute, out var s)
            && string.Equals(c.Host, s.Host, StringComparison.OrdinalIgnoreCase) && !IsAncestor(c.AbsolutePath, s.AbsolutePath)
            ? candidate
            : served;
    }

    private static bool IsAncestor(string declaredPath, string servedPath)
    {
        var ancestor = declaredPath.TrimEnd('/');
        return ancestor.Length == 0 || (servedPath.Length > ancestor.Length && servedPath.StartsWith(ancestor + "/", StringComparison.Ordinal));
    }
}
