namespace Masthead.Crawling.Fetching;

/// <summary>
/// What a fetch gave: a status and a body, or an error in words. Network failures, refusals, timeouts and
/// limits are all data here; the fetcher never throws for them.
/// </summary>
public sealed record FetchResult
{
    public required string Url { get; init; }

    /// <summary>The URL of the last hop, after redirects.</summary>
    public required string FinalUrl { get; init; }

    /// <summary>HTTP status of the last hop, or null when no response came.</summary>
    public int? Status { get; init; }

    /// <summary>The decompressed body (empty on errors and 304).</summary>
    public byte[] Body { get; init; } = [];

    /// <summary>Bytes received on the wire (before decompression).</summary>
    public long WireBytes { get; init; }

    public string? ContentType { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>The server's Retry-After (RFC 9110 §10.2.3), when given.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Cache-Control max-age (RFC 9111 §5.2.2.1), when given.</summary>
    public TimeSpan? MaxAge { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public int Redirects { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>Null on success (2xx or 304); else what went wrong.</summary>
    public string? Error { get; init; }

    public bool NotModified => Error is null && Status == 304;

    public bool IsSuccess => Error is null && Status is >= 200 and < 300;

    public static FetchResult Failed(string url, string error, int? status = null) =>
        new() { Url = url, FinalUrl = url, Status = status, Error = error };
}
