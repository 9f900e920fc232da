namespace Masthead.Feeds;

/// <summary>
/// One parsed feed in Masthead's model, whatever the wire format. A feed that could not be read at all
/// has <see cref="Error"/> set; a feed read with recovery has <see cref="Bozo"/> set and the reasons in
/// <see cref="Problems"/>.
/// </summary>
public sealed record Feed
{
    /// <summary>rss20, rss10, rss090, rss091u, rss091n, rss092, rss093, rss094, atom10, atom03, json10, json11, cdf, or "" when unknown.</summary>
    public string Format { get; init; } = "";

    public bool Bozo { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The character encoding the document was decoded with (lower-case IANA name).</summary>
    public string? Encoding { get; init; }

    public string? Title { get; init; }

    public FeedText? TitleDetail { get; init; }

    public string? Link { get; init; }

    public IReadOnlyList<FeedLink> Links { get; init; } = [];

    /// <summary>The feed's description / subtitle / tagline (sanitized HTML or plain text).</summary>
    public string? Description { get; init; }

    public FeedText? DescriptionDetail { get; init; }

    public FeedText? RightsDetail { get; init; }

    /// <summary>Atom 0.3 info element.</summary>
    public FeedText? InfoDetail { get; init; }

    public string? Language { get; init; }

    public string? ImageUrl { get; init; }

    public FeedImage? Image { get; init; }

    public string? Icon { get; init; }

    public string? Id { get; init; }

    public TimeSpan? Ttl { get; init; }

    public IReadOnlyList<int> SkipHours { get; init; } = [];

    public IReadOnlyList<string> SkipDays { get; init; } = [];

    public DateTimeOffset? Updated { get; init; }

    public string? UpdatedText { get; init; }

    public DateTimeOffset? Published { get; init; }

    public string? PublishedText { get; init; }

    public IReadOnlyList<FeedPerson> Authors { get; init; } = [];

    public IReadOnlyList<FeedPerson> Contributors { get; init; } = [];

    public FeedPerson? Publisher { get; init; }

    public FeedGenerator? Generator { get; init; }

    public string? Docs { get; init; }

    public IReadOnlyList<FeedCategory> Categories { get; init; } = [];

    public IReadOnlyList<FeedExtension> Extensions { get; init; } = [];

    public IReadOnlyList<FeedEntry> Entries { get; init; } = [];

    /// <summary>Set when nothing usable could be read (empty input, not a feed, over a limit).</summary>
    public string? Error { get; init; }
}
