using System.IO.Compression;

namespace Masthead.Crawling.Fetching;

/// <summary>
/// Reads a response body under two caps: bytes on the wire, and bytes after decompression (a small gzip
/// or brotli body can expand a thousandfold: the zip-bomb guard). Content-Encoding per RFC 9110 §8.4.
/// </summary>
public static class BodyReader
{
    /// <summary>The body, or an error naming the limit that was hit.</summary>
    public static async Task<(byte[] Body, long WireBytes, string? Error)> ReadAsync(
        Stream wire, string? contentEncoding, int maxWireBytes, int maxDecodedBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(wire);
        var (raw, overflow) = await ReadCappedAsync(wire, maxWireBytes, ct).ConfigureAwait(false);
        if (overflow)
        {
            return ([], raw.Length, $"body larger than the limit of {maxWireBytes:N0} bytes");
        }
        var (body, error) = Decode(raw, contentEncoding, maxDecodedBytes, ct);
        return (body, raw.Length, error);
    }

    /// <summary>True for a content coding <see cref="Decode"/> undoes (and for none).</summary>
    public static bool IsKnownCoding(string? contentEncoding) =>
        Normalize(contentEncoding) is "" or "identity" or "gzip" or "x-gzip" or "deflate" or "br";

    /// <summary>
    /// A whole body with its content coding undone under the decompressed-size cap: the fetcher's bodies and the ones
    /// replayed from WARC archives both come here. Decompression runs in memory, so it needs no asynchrony.
    /// </summary>
    /// <param name="raw">The body as received.</param>
    /// <param name="contentEncoding">The Content-Encoding header, if any.</param>
    /// <param name="maxDecodedBytes">The zip-bomb cap.</param>
    /// <param name="ct">Checked between chunks, so a large body being inflated can still be cancelled.</param>
    public static (byte[] Body, string? Error) Decode(byte[] raw, string? contentEncoding, int maxDecodedBytes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var coding = Normalize(contentEncoding);
        if (coding is "" or "identity")
        {
            return (raw, null);
        }
        try
        {
            using var decoder = Decoder(coding, new MemoryStream(raw));
            if (decoder is null)
            {
                return ([], $"unsupported Content-Encoding '{coding}'");
            }
            var (decoded, bomb) = ReadCapped(decoder, maxDecodedBytes, ct);
            return bomb
                ? ([], $"decompressed body larger than the limit of {maxDecodedBytes:N0} bytes")
                : (decoded, null);
        }
        catch (InvalidDataException ex)
        {
            return ([], $"corrupt {coding} body: {ex.Message}");
        }
    }

    private static string Normalize(string? contentEncoding) => (contentEncoding ?? "").Trim().ToLowerInvariant();

    private static Stream? Decoder(string coding, Stream raw) => coding switch
    {
        "gzip" or "x-gzip" => new GZipStream(raw, CompressionMode.Decompress),
        // "deflate" is zlib-wrapped (RFC 9110 §8.4.1.2); a few servers send raw deflate, see below.
        "deflate" => LooksLikeZlib(raw) ? new ZLibStream(raw, CompressionMode.Decompress) : new DeflateStream(raw, CompressionMode.Decompress),
        "br" => new BrotliStream(raw, CompressionMode.Decompress),
        _ => null,
    };

    private static bool LooksLikeZlib(Stream raw)
    {
        var first = raw.ReadByte();
        var second = raw.ReadByte();
        raw.Position = 0;
        return first >= 0 && second >= 0 && (first & 0x0F) == 8 && ((first << 8) | second) % 31 == 0;
    }

    private static async Task<(byte[] Bytes, bool Overflow)> ReadCappedAsync(Stream stream, int cap, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false);
            if (read == 0)
            {
                return (buffer.ToArray(), false);
            }
            if (buffer.Length + read > cap)
            {
                return ([], true);
            }
            buffer.Write(chunk, 0, read);
        }
    }

    private static (byte[] Bytes, bool Overflow) ReadCapped(Stream stream, int cap, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            ct.ThrowIfCancellationRequested();
            if (buffer.Length + read > cap)
            {
                return ([], true);
            }
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), false);
    }
}
