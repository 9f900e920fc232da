namespace Masthead.Crawling.Fetching;

/// <summary>What to fetch, and the validators of the last copy for a conditional GET (RFC 9110 §13.1).</summary>
public sealed record FetchRequest(string Url, string Kind = FetchKinds.Page)
{
    public string? ETag { get; init; }

    public string? LastModified { get; init; }
}

/// <summary>The kinds of fetch, as recorded in the fetch history.</summary>
public static class FetchKinds
{
    public const string Feed = "feed";
    public const string Page = "page";
    public const string Robots = "robots";
}
