namespace Masthead.Crawling.Model;

/// <summary>One line of fetch history: what was asked, what came back, how long it took.</summary>
public sealed record FetchRecord
{
    public long? SourceId { get; init; }

    public required string Url { get; init; }

    /// <summary>"feed", "page" or "robots".</summary>
    public required string Kind { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>HTTP status, or null when no response came (refused, timed out, blocked).</summary>
    public int? Status { get; init; }

    public long Bytes { get; init; }

    /// <summary>Null on success; else what went wrong, in words an operator can act on.</summary>
    public string? Error { get; init; }
}
