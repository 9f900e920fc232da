namespace Masthead.Crawling.Warc;

/// <summary>An HTTP response as archived: status, headers and the decoded body (de-chunked, decompressed).</summary>
public sealed record ArchivedResponse
{
    public required string Url { get; init; }

    public int Status { get; init; }

    public string Reason { get; init; } = "";

    /// <summary>Header lines in order (name, value); transfer and content codings already removed from the body.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public byte[] Body { get; init; } = [];

    public DateTimeOffset? Date { get; init; }

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public string? ContentType => Header("Content-Type");

    /// <summary>True for text/html and application/xhtml+xml.</summary>
    public bool IsHtml => ContentType is { } type
        && (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/xhtml+xml", StringComparison.OrdinalIgnoreCase));
}
