using AngleSharp.Html.Parser;
using Masthead.Feeds.Content;

namespace Masthead.Feeds;

/// <summary>
/// Finding a site's feeds: first the &lt;link rel="alternate"&gt; elements of its page (the RSS autodiscovery
/// convention, https://www.rssboard.org/rss-autodiscovery), then, for a crawler to probe, the paths where
/// feeds usually live. HTML is parsed with AngleSharp (the HTML5 algorithm), not by pattern matching.
/// </summary>
public static class FeedDiscovery
{
    private static readonly HashSet<string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json",
        "application/rdf+xml", "application/xml", "text/xml", "application/x.atom+xml", "application/x-atom+xml",
    };

    /// <summary>Paths to try, in order, when a page advertises no feed.</summary>
    public static IReadOnlyList<string> CommonPaths { get; } =
    [
        "/feed", "/rss", "/feed.xml", "/rss.xml", "/atom.xml", "/index.xml", "/feed/", "/rss/", "/feeds/posts/default",
        "/index.rss", "/rss/index.xml", "/feed.json", "/?feed=rss2", "/blog/feed", "/news/rss", "/en/rss",
    ];

    public static IReadOnlyList<DiscoveredFeed> FromHtml(string html, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href");
        var baseUrl = baseHref is null ? pageUrl : UrlResolver.Resolve(pageUrl, baseHref) ?? pageUrl;
        var found = new List<DiscoveredFeed>();
        foreach (var link in document.QuerySelectorAll("link[href], a[href]"))
        {
            var rel = (link.GetAttribute("rel") ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var type = link.GetAttribute("type")?.Split(';')[0].Trim();
            if (!rel.Contains("alternate") || type is null || !FeedTypes.Contains(type))
            {
                continue;
            }
            var url = UrlResolver.Resolve(baseUrl, link.GetAttribute("href"));
            if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !found.Exists(f => f.Url == url))
            {
                found.Add(new DiscoveredFeed(url, link.GetAttribute("title")?.Trim(), type));
            }
        }
        return found;
    }
}
