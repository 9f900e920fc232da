using System.Globalization;
using System.IO.Compression;
using Masthead.Core;

namespace Masthead.Crawling.Warc;

/// <summary>
/// Reads WARC/1.0 and WARC/1.1 records in order, from plain .warc or gzip (one member per record as the
/// spec recommends, or one big member: .NET's GZipStream reads concatenated members). A truncated or
/// non-WARC input ends the read with <see cref="Error"/> set; every record read before it stays usable.
/// </summary>
public sealed class WarcReader : IDisposable
{
    private readonly Stream _source;
    private readonly ByteLineReader _lines;
    private readonly string _name;

    public WarcReader(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _name = name;
        var buffered = new BufferedStream(stream, 64 * 1024);
        _source = IsGzip(buffered) ? new GZipStream(buffered, CompressionMode.Decompress) : buffered;
        _lines = new ByteLineReader(_source);
    }

    /// <summary>Null while all is well; after a failed read, why the archive could not be read further.</summary>
    public string? Error { get; private set; }

    public int RecordsRead { get; private set; }

    public static WarcReader Open(string path) => new(File.OpenRead(path), Path.GetFileName(path));

    /// <summary>Every record until the end or the first error (then <see cref="Error"/> says what and where).</summary>
    public IEnumerable<WarcRecord> ReadAll()
    {
        while (TryRead() is { } record)
        {
            yield return record;
        }
    }

    /// <summary>The next record; null at the end of the archive or on an error.</summary>
    public WarcRecord? TryRead()
    {
        if (Error is not null)
        {
            return null;
        }
        try
        {
            var record = ReadRecord();
            if (record is not null)
            {
                RecordsRead++;
            }
            return record;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            Error = $"{_name}: {(RecordsRead == 0 ? "not a readable WARC file" : $"damaged after record {RecordsRead}")} " +
                $"(at byte {_lines.Position:N0} of the uncompressed stream): {ex.Message}";
            return null;
        }
    }

    private WarcRecord? ReadRecord()
    {
        var offset = _lines.Position;
        var version = _lines.ReadLine(Limits.MaxWarcHeaderBytes);
        while (version is "")
        {
            offset = _lines.Position;
            version = _lines.ReadLine(Limits.MaxWarcHeaderBytes);
        }
        if (version is null)
        {
            return null;
        }
        if (version is not ("WARC/1.0" or "WARC/1.1"))
        {
            throw new InvalidDataException($"expected 'WARC/1.0' or 'WARC/1.1', found '{Shorten(version)}'");
        }
        var headers = ReadHeaders();
        if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            throw new InvalidDataException("record without a valid Content-Length");
        }
        var block = ReadBlock(length);
        return new WarcRecord { Version = version, Headers = headers, Block = block, Offset = offset };
    }

    private Dictionary<string, string> ReadHeaders()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var total = 0;
        while (_lines.ReadLine(Limits.MaxWarcHeaderBytes) is { Length: > 0 } line)
        {
            total += line.Length;
            if (total > Limits.MaxWarcHeaderBytes)
            {
                throw new InvalidDataException($"record header larger than {Limits.MaxWarcHeaderBytes:N0} bytes");
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }
        return headers;
    }

    private byte[] ReadBlock(long length)
    {
        using var block = length <= Limits.MaxWarcRecordBytes ? new MemoryStream((int)length) : null;
        var read = _lines.ReadExactly(length, block);
        if (read < length)
        {
            throw new InvalidDataException($"truncated: the record announces {length:N0} bytes, only {read:N0} are there");
        }
        return block?.ToArray() ?? [];
    }

    private static bool IsGzip(BufferedStream stream)
    {
        var first = stream.ReadByte();
        var second = stream.ReadByte();
        stream.Seek(0, SeekOrigin.Begin);
        return first == 0x1f && second == 0x8b;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "..." : text;

    public void Dispose() => _source.Dispose();
}
