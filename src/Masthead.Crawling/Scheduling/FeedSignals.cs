namespace Masthead.Crawling.Scheduling;

/// <summary>What one feed fetch told us about how often to come back.</summary>
public sealed record FeedSignals
{
    /// <summary>The feed's TTL (RSS 2.0 ttl), a floor.</summary>
    public TimeSpan? Ttl { get; init; }

    /// <summary>Cache-Control max-age of the response, a floor (RFC 9111 §5.2.2.1).</summary>
    public TimeSpan? MaxAge { get; init; }

    /// <summary>Hours (UTC, 0-23) in which the feed asks not to be read (RSS 2.0 skipHours).</summary>
    public IReadOnlyList<int> SkipHours { get; init; } = [];

    /// <summary>Publication dates of the feed's entries, to measure how often it changes.</summary>
    public IReadOnlyList<DateTimeOffset> EntryDates { get; init; } = [];

    /// <summary>True when the fetch brought nothing new (304, or no new entry).</summary>
    public bool Unchanged { get; init; }
}
