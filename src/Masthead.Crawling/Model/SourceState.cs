namespace Masthead.Crawling.Model;

/// <summary>What the crawler remembers about a source between fetches.</summary>
public sealed record SourceState
{
    /// <summary>ETag of the last 200 response, for conditional GET (RFC 9110 §13.1.2).</summary>
    public string? ETag { get; init; }

    /// <summary>Last-Modified of the last 200 response, for conditional GET (RFC 9110 §13.1.4).</summary>
    public string? LastModified { get; init; }

    public DateTimeOffset? LastFetched { get; init; }

    public DateTimeOffset? LastSuccess { get; init; }

    public DateTimeOffset? NextAttempt { get; init; }

    public string? LastError { get; init; }

    /// <summary>Consecutive failures; reset by a success. Drives the backoff.</summary>
    public int ErrorCount { get; init; }

    /// <summary>The interval the crawler currently uses (adapted to how often the feed changes, TTL, Cache-Control).</summary>
    public TimeSpan? EffectiveInterval { get; init; }

    public string? FeedTitle { get; init; }
}
