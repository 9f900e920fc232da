using System.IO.Compression;
using System.Text;

namespace Masthead.Crawling.Tests.Support;

/// <summary>Writes small WARC files for tests: plain, one gzip member per record, or one member for all.</summary>
public sealed class WarcBuilder
{
    private readonly List<byte[]> _records = [];

    public WarcBuilder Response(string url, string body, string contentType = "text/html; charset=utf-8", string version = "WARC/1.1", string extraHeaders = "")
    {
        var http = Encoding.UTF8.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\n{extraHeaders}Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");
        return Record(version, "response", url, "application/http; msgtype=response", http);
    }

    public WarcBuilder Record(string version, string type, string? url, string contentType, byte[] block)
    {
        var header = new StringBuilder()
            .Append(version).Append("\r\n")
            .Append("WARC-Type: ").Append(type).Append("\r\n")
            .Append("WARC-Record-ID: <urn:uuid:").Append(Guid.NewGuid()).Append(">\r\n")
            .Append("WARC-Date: 2026-11-27T12:00:00Z\r\n");
        if (url is not null)
        {
            header.Append("WARC-Target-URI: ").Append(url).Append("\r\n");
        }
        header.Append("Content-Type: ").Append(contentType).Append("\r\n")
            .Append("Content-Length: ").Append(block.Length).Append("\r\n\r\n");
        _records.Add([.. Encoding.UTF8.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8.ToArray()]);
        return this;
    }

    public byte[] Plain() => [.. _records.SelectMany(r => r)];

    public byte[] GzipPerRecord() => [.. _records.SelectMany(Gzip)];

    public byte[] GzipWhole() => Gzip(Plain());

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }
        return output.ToArray();
    }
}
