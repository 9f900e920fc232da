using System.Text;
using Masthead.Core.Text;

namespace Masthead.Feeds.Decoding;

/// <summary>Encoding labels to strict .NET decoders and to the canonical lower-case name reported.</summary>
internal static class EncodingNames
{
    /// <summary>Labels that are aliases (or supersets readers use) of another encoding.</summary>
    private static readonly Dictionary<string, string> Canonical = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf8"] = "utf-8",
        ["utf-16"] = "utf-16be",
        ["utf16"] = "utf-16be",
        ["utf_16"] = "utf-16be",
        ["utf-32"] = "utf-32be",
        ["utf32"] = "utf-32be",
        ["utf_32"] = "utf-32be",
        ["gb2312"] = "gb18030",
        ["gbk"] = "gb18030",
        ["latin1"] = "iso-8859-1",
        ["latin-1"] = "iso-8859-1",
        ["ascii"] = "us-ascii",
        ["iso8859-1"] = "iso-8859-1",
        ["iso_8859-1"] = "iso-8859-1",
        ["cp1252"] = "windows-1252",
        ["x-sjis"] = "shift_jis",
        ["sjis"] = "shift_jis",
    };

    public static string Normalize(string label)
    {
        var trimmed = label.Trim().ToLowerInvariant();
        return Canonical.TryGetValue(trimmed, out var name) ? name : trimmed;
    }

    /// <summary>A decoder that throws on invalid bytes (so a wrong guess is detected), or null when unknown.</summary>
    public static Encoding? Get(string name)
    {
        _ = Charsets.Windows1252; // registers the code-page provider
        var normalized = Normalize(name);
        var strict = DecoderFallback.ExceptionFallback;
        try
        {
            return normalized switch
            {
                "utf-8" => new UTF8Encoding(false, true),
                "utf-16be" => new UnicodeEncoding(true, false, true),
                "utf-16le" => new UnicodeEncoding(false, false, true),
                "utf-32be" => new UTF32Encoding(true, false, true),
                "utf-32le" => new UTF32Encoding(false, false, true),
                "us-ascii" => Encoding.GetEncoding("us-ascii", EncoderFallback.ReplacementFallback, strict),
                "iso-8859-1" => Encoding.GetEncoding("iso-8859-1", EncoderFallback.ReplacementFallback, strict),
                _ => Encoding.GetEncoding(normalized, EncoderFallback.ReplacementFallback, strict),
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
