namespace Masthead.Feeds;

/// <summary>A parsed sitemap: page URLs (urlset, text or feed sitemaps) and child sitemaps (sitemap index).</summary>
public sealed record SitemapDocument
{
    public IReadOnlyList<SitemapUrl> Urls { get; init; } = [];

    /// <summary>Children of a sitemap index, to fetch next.</summary>
    public IReadOnlyList<string> Sitemaps { get; init; } = [];

    /// <summary>urlset, sitemapindex, text, feed, or "" when unreadable.</summary>
    public string Kind { get; init; } = "";

    public bool Bozo { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Set when nothing usable could be read.</summary>
    public string? Error { get; init; }
}
