namespace Masthead.Crawling.Model;

/// <summary>
/// One stored article: what the extractor found on the page (or, when the page could not be fetched or
/// extracted, the feed's own content), plus the enrichment (hashtag, entities, summaries, story).
/// All HTML here is already sanitized.
/// </summary>
public sealed record Article
{
    /// <summary>Store id; 0 before the article is first saved.</summary>
    public long Id { get; init; }

    /// <summary>The source it came from; null for articles imported from a web archive.</summary>
    public long? SourceId { get; init; }

    /// <summary>Outlet name as shown (source name, else the page's site name, else the host).</summary>
    public required string Outlet { get; init; }

    /// <summary>The URL the article was fetched from.</summary>
    public required string Url { get; init; }

    /// <summary>The canonical URL (tracking parameters removed, rel=canonical / AMP mapped); unique in the store.</summary>
    public required string CanonicalUrl { get; init; }

    /// <summary>The feed entry's stable identity (guid, else link, else a content hash), for "skip known".</summary>
    public string? EntryIdentity { get; init; }

    public required string Title { get; init; }

    public string? Author { get; init; }

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset? Modified { get; init; }

    /// <summary>When Masthead stored it.</summary>
    public DateTimeOffset FetchedAt { get; init; }

    public string? Image { get; init; }

    public string? ImageAlt { get; init; }

    public string? ImageCaption { get; init; }

    public string? SiteName { get; init; }

    public string? Language { get; init; }

    /// <summary>A short excerpt (the page's description, else the first paragraph).</summary>
    public string? Excerpt { get; init; }

    public string Text { get; init; } = "";

    public string Html { get; init; } = "";

    /// <summary>True when the page could not be fetched or extracted and the feed's own content is kept instead.</summary>
    public bool FromFeedOnly { get; init; }

    /// <summary>Why the page could not be used, when <see cref="FromFeedOnly"/>.</summary>
    public string? PageError { get; init; }

    /// <summary>Whether the source allows full text to be shown (copied from the source when stored).</summary>
    public bool FullTextAllowed { get; init; } = true;

    /// <summary>SHA-256 of the normalised text, for exact-duplicate detection.</summary>
    public string? ContentHash { get; init; }

    /// <summary>Id of an earlier article this one is a (near-)duplicate of, if any.</summary>
    public long? DuplicateOf { get; init; }

    public string? Hashtag { get; init; }

    public IReadOnlyList<ArticleEntity> Entities { get; init; } = [];

    public string? SummaryShort { get; init; }

    public string? SummaryLong { get; init; }

    /// <summary>The story (cluster of the same event across outlets) it belongs to.</summary>
    public string? StoryId { get; init; }
}

/// <summary>A person, organisation or place named by an article.</summary>
public sealed record ArticleEntity(string Text, string Type, double? Lat = null, double? Lon = null);
