using System.IO.Compression;
using Masthead.Core;

namespace Masthead.Feeds.Decoding;

/// <summary>
/// Gzip bodies recognised by their magic bytes (RFC 1952: 1F 8B), as served by sites that compress files rather
/// than responses. Inflation stops at Limits.MaxDecompressedBytes (a zip-bomb guard).
/// </summary>
internal static class Gzip
{
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    public static byte[]? Inflate(ReadOnlyMemory<byte> content, out string? error)
    {
        error = null;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(content.ToArray()), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > Limits.MaxDecompressedBytes)
                {
                    error = $"gzip body inflates past Limits.MaxDecompressedBytes ({Limits.MaxDecompressedBytes})";
                    return null;
                }
                output.Write(buffer, 0, read);
            }
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            error = "corrupt gzip: " + e.Message;
            return null;
        }
    }
}
