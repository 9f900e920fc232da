namespace Masthead.Crawling.Pipeline;

/// <summary>The parts of a parsed feed the crawler uses.</summary>
public sealed record FeedDocument
{
    public string? Title { get; init; }

    public string? Link { get; init; }

    public TimeSpan? Ttl { get; init; }

    public IReadOnlyList<int> SkipHours { get; init; } = [];

    public IReadOnlyList<FeedItem> Entries { get; init; } = [];

    /// <summary>Set when nothing usable could be read.</summary>
    public string? Error { get; init; }
}

/// <summary>One feed entry as the crawler needs it. Html is already sanitized by the feed library.</summary>
public sealed record FeedItem
{
    public required string Identity { get; init; }

    public string? Link { get; init; }

    public string? Title { get; init; }

    /// <summary>The entry's content, else its summary (sanitized HTML).</summary>
    public string? Html { get; init; }

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset? Updated { get; init; }

    public string? Author { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public string? ImageUrl { get; init; }
}
