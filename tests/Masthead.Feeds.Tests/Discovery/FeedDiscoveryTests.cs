namespace Masthead.Feeds.Tests.Discovery;

/// <summary>Feed autodiscovery from page HTML.</summary>
public sealed class FeedDiscoveryTests
{
    [Fact]
    public void Alternate_links_are_found_and_resolved()
    {
        const string html = """
            <html><head><base href="/news/">
            <link rel="alternate" type="application/rss+xml" title="All news" href="rss.xml">
            <link rel="Alternate" type="application/atom+xml" href="https://cdn.example.com/atom">
            <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
            <link rel="stylesheet" href="/s.css">
            </head><body><a rel="alternate" type="application/feed+json" href="/feed.json">json</a></body></html>
            """;
        var feeds = FeedDiscovery.FromHtml(html, "https://example.com/page");
        Assert.Equal(
            ["https://example.com/news/rss.xml", "https://cdn.example.com/atom", "https://example.com/feed.json"],
            feeds.Select(f => f.Url));
        Assert.Equal("All news", feeds[0].Title);
        Assert.Equal("application/rss+xml", feeds[0].Type);
    }

    [Fact]
    public void Page_without_links_finds_nothing_and_common_paths_remain()
    {
        Assert.Empty(FeedDiscovery.FromHtml("<p>no feeds</p>", "https://example.com/"));
        Assert.Contains("/feed", FeedDiscovery.CommonPaths);
    }
}
