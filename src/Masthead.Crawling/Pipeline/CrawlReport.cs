namespace Masthead.Crawling.Pipeline;

/// <summary>What one refresh pass did.</summary>
public sealed record CrawlReport
{
    /// <summary>Sources refreshed (due ones, or all when forced).</summary>
    public int Sources { get; init; }

    public int FeedsFailed { get; init; }

    public int FeedsNotModified { get; init; }

    /// <summary>Entries not seen before.</summary>
    public int NewEntries { get; init; }

    public int ArticlesStored { get; init; }

    /// <summary>Stored with the feed's own content because the page could not be fetched or extracted.</summary>
    public int FromFeedOnly { get; init; }

    public int Duplicates { get; init; }

    /// <summary>Dropped by a source's include/exclude keywords.</summary>
    public int Filtered { get; init; }

    /// <summary>Pages not fetched because robots.txt disallows them.</summary>
    public int RobotsBlocked { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>"source: error" lines, one per failed feed.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];
}
