using System.Globalization;
using System.Text;
using Masthead.Core;
using Masthead.Crawling.Fetching;

namespace Masthead.Crawling.Warc;

/// <summary>
/// Parses the block of a WARC response record: status line, header fields, body (RFC 9112). Chunked
/// transfer coding is undone (§7.1) and a gzip/deflate/br content coding decoded under the zip-bomb cap, so
/// the body is what a browser would see.
/// </summary>
public static class HttpResponseParser
{
    /// <summary>The response, or an error saying why the block is not one.</summary>
    public static (ArchivedResponse? Response, string? Error) Parse(string url, byte[] block, DateTimeOffset? date = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        var headerEnd = FindHeaderEnd(block, out var separator);
        if (headerEnd < 0)
        {
            return (null, "HTTP response without the blank line that ends its headers");
        }
        var lines = Encoding.Latin1.GetString(block, 0, headerEnd).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var statusParts = lines[0].Split(' ', 3);
        if (statusParts.Length < 2 || !statusParts[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return (null, $"not an HTTP status line: '{lines[0]}'");
        }
        var headers = lines.Skip(1).Select(SplitHeader).Where(h => h.Key.Length > 0).ToList();
        var body = block.AsSpan(headerEnd + separator).ToArray();
        var response = new ArchivedResponse { Url = url, Status = status, Reason = statusParts.Length > 2 ? statusParts[2] : "", Headers = headers, Date = date };
        if (response.Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = Dechunk(body);
        }
        var (decoded, error) = Decode(body, response.Header("Content-Encoding"));
        if (error is not null)
        {
            return (null, error);
        }
        var kept = headers.Where(h => !IsCodingHeader(h.Key)).ToList();
        return (response with { Headers = kept, Body = decoded }, null);
    }

    private static KeyValuePair<string, string> SplitHeader(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? new("", "") : new(line[..colon].Trim(), line[(colon + 1)..].Trim());
    }

    private static bool IsCodingHeader(string name) =>
        name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase);

    private static int FindHeaderEnd(byte[] block, out int separator)
    {
        var crlf = block.AsSpan().IndexOf("\r\n\r\n"u8);
        var lf = block.AsSpan().IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf))
        {
            separator = 4;
            return crlf;
        }
        separator = 2;
        return lf;
    }

    /// <summary>Undoes chunked transfer coding; a damaged chunk list keeps what was read (archives are often cut).</summary>
    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', position);
            if (lineEnd < 0)
            {
                break;
            }
            var sizeText = Encoding.Latin1.GetString(body, position, lineEnd - position).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size == 0)
            {
                break;
            }
            var start = lineEnd + 1;
            var take = Math.Min(size, body.Length - start);
            output.Write(body, start, take);
            position = start + take + 2;
        }
        return output.ToArray();
    }

    /// <summary>
    /// The body with its content coding undone, as the fetcher does it (zlib or raw deflate, the zip-bomb cap). An
    /// unknown coding keeps the body as archived: a mislabelled header ("Content-Encoding: UTF-8") is common in old
    /// crawls, and the bytes are still the page.
    /// </summary>
    private static (byte[] Body, string? Error) Decode(byte[] body, string? coding) =>
        BodyReader.IsKnownCoding(coding) ? BodyReader.Decode(body, coding, Limits.MaxDecompressedBytes) : (body, null);
}
