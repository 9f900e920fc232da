namespace Masthead.Crawling.Warc;

/// <summary>One WARC record (ISO 28500, WARC/1.0 and 1.1): its named fields and its content block.</summary>
public sealed record WarcRecord
{
    /// <summary>"WARC/1.0" or "WARC/1.1".</summary>
    public required string Version { get; init; }

    /// <summary>Named fields, case-insensitive; a repeated field keeps its first value.</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public byte[] Block { get; init; } = [];

    /// <summary>Offset of the record in the uncompressed stream.</summary>
    public long Offset { get; init; }

    public string Type => Field("WARC-Type") ?? "";

    public string? TargetUri => Field("WARC-Target-URI")?.Trim('<', '>');

    public string? RecordId => Field("WARC-Record-ID");

    public string? ContentType => Field("Content-Type");

    public DateTimeOffset? Date => DateTimeOffset.TryParse(Field("WARC-Date"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    /// <summary>True for a response record carrying an HTTP response (msgtype=response).</summary>
    public bool IsHttpResponse =>
        Type.Equals("response", StringComparison.OrdinalIgnoreCase)
        && (ContentType ?? "").StartsWith("application/http", StringComparison.OrdinalIgnoreCase);

    public string? Field(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
