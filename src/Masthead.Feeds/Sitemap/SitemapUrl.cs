namespace Masthead.Feeds;

/// <summary>
/// One url of a sitemap (https://www.sitemaps.org/protocol.html) with its Google News extension
/// (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap) and image URLs.
/// </summary>
public sealed record SitemapUrl
{
    public required string Loc { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public string? ChangeFrequency { get; init; }

    public double? Priority { get; init; }

    public string? NewsTitle { get; init; }

    public DateTimeOffset? NewsPublished { get; init; }

    public string? NewsPublication { get; init; }

    public string? NewsLanguage { get; init; }

    public IReadOnlyList<string> NewsKeywords { get; init; } = [];

    public IReadOnlyList<string> Images { get; init; } = [];
}
