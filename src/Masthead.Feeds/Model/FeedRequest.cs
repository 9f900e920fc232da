namespace Masthead.Feeds;

/// <summary>
/// Where a feed's bytes came from: the document URL (the last base for relative URLs) and the HTTP
/// response headers of the fetch (Content-Type charset, Content-Location, ETag, Last-Modified).
/// </summary>
public sealed record FeedRequest
{
    public string? Url { get; init; }

    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>A response header by case-insensitive name, or null.</summary>
    public string? Header(string name)
    {
        if (Headers is null)
        {
            return null;
        }
        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        return null;
    }
}
