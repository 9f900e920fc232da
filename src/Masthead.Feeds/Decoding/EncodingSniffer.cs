using System.Text;
using System.Text.RegularExpressions;
using Masthead.Core.Text;

namespace Masthead.Feeds.Decoding;

/// <summary>
/// What the bytes say about their own encoding (XML 1.0 appendix F): a byte-order mark, the null-byte
/// pattern of "&lt;?" in UTF-16/32, and the encoding pseudo-attribute of the XML declaration.
/// </summary>
internal static partial class EncodingSniffer
{
    public static string? FromBom(ReadOnlySpan<byte> bytes, out int length)
    {
        var encoding = Charsets.FromBom(bytes, out length);
        return encoding switch
        {
            null => null,
            UTF32Encoding => bytes[0] == 0 ? "utf-32be" : "utf-32le",
            UnicodeEncoding => bytes[0] == 0xFE ? "utf-16be" : "utf-16le",
            _ => "utf-8",
        };
    }

    /// <summary>The UTF-16/32 flavour implied by where the null bytes fall around '&lt;', or null.</summary>
    public static string? FromNullPattern(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4)
        {
            return null;
        }
        return (bytes[0], bytes[1], bytes[2], bytes[3]) switch
        {
            (0, 0, 0, 0x3C) => "utf-32be",
            (0x3C, 0, 0, 0) => "utf-32le",
            (0, 0x3C, 0, _) => "utf-16be",
            (0x3C, 0, _, 0) => "utf-16le",
            _ => null,
        };
    }

    /// <summary>The encoding named in the XML declaration, read from text decoded with a guess of the family.</summary>
    public static string? FromDeclaration(ReadOnlySpan<byte> bytes, string? family)
    {
        var prefix = bytes[..Math.Min(bytes.Length, 512)];
        var text = family is null || family == "utf-8"
            ? Encoding.Latin1.GetString(prefix)
            : EncodingNames.Get(family)?.GetString(prefix) ?? "";
        var match = Declaration().Match(text);
        return match.Success ? match.Groups[1].Value.Trim() : null;
    }

    [GeneratedRegex("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']")]
    private static partial Regex Declaration();
}
