namespace Masthead.Feeds;

/// <summary>One item of a feed in Masthead's model.</summary>
public sealed record FeedEntry
{
    /// <summary>A stable key for duplicate detection: the guid, else the link, else a hash of title and content.</summary>
    public string Identity { get; init; } = "";

    public string? Guid { get; init; }

    /// <summary>RSS 2.0 guid isPermaLink (true when absent, per the spec).</summary>
    public bool GuidIsLink { get; init; }

    public string? Link { get; init; }

    public IReadOnlyList<FeedLink> Links { get; init; } = [];

    /// <summary>Plain text.</summary>
    public string? Title { get; init; }

    public FeedText? TitleDetail { get; init; }

    /// <summary>Sanitized HTML (or plain text when the detail says text/plain).</summary>
    public string? Summary { get; init; }

    public FeedText? SummaryDetail { get; init; }

    /// <summary>Sanitized HTML of the first full content.</summary>
    public string? Content { get; init; }

    public IReadOnlyList<FeedText> Contents { get; init; } = [];

    public FeedText? RightsDetail { get; init; }

    public DateTimeOffset? Published { get; init; }

    public string? PublishedText { get; init; }

    public DateTimeOffset? Updated { get; init; }

    public string? UpdatedText { get; init; }

    public DateTimeOffset? Created { get; init; }

    public string? CreatedText { get; init; }

    public DateTimeOffset? Expired { get; init; }

    public string? ExpiredText { get; init; }

    public IReadOnlyList<FeedPerson> Authors { get; init; } = [];

    public IReadOnlyList<FeedPerson> Contributors { get; init; } = [];

    public FeedPerson? Publisher { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<FeedCategory> Tags { get; init; } = [];

    public IReadOnlyList<FeedEnclosure> Enclosures { get; init; } = [];

    public string? ImageUrl { get; init; }

    public string? Comments { get; init; }

    public FeedSource? Source { get; init; }

    /// <summary>GeoRSS location, when the entry carries one.</summary>
    public FeedGeometry? Where { get; init; }

    public IReadOnlyList<FeedExtension> Extensions { get; init; } = [];
}
