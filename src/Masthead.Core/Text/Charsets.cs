using System.Text;

namespace Masthead.Core.Text;

/// <summary>
/// Turns the bytes of an HTML page into text. Pages arrive as bytes; their character set is taken, in
/// the order the WHATWG encoding-sniffing algorithm gives (https://html.spec.whatwg.org/#encoding-sniffing-algorithm):
/// a byte-order mark, the HTTP Content-Type charset, a &lt;meta charset&gt; in the first 1024 bytes, then sniffing.
/// A declared UTF-8 that is not valid UTF-8 is treated as a wrong declaration and sniffed instead; so is a declared
/// legacy charset over bytes that are valid UTF-8 with non-ASCII text.
/// </summary>
public static class Charsets
{
    private const int MetaPrescanBytes = 1024;

    /// <summary>Windows-1252, the web's default for undeclared legacy pages (WHATWG maps latin1 to it).</summary>
    public static Encoding Windows1252 { get; } = RegisterCodePages();

    /// <summary>
    /// Legacy code pages (windows-125x, ISO-8859-x, Shift_JIS, …) are not built into .NET; register them
    /// once, before any lookup. Called from the first static initializer so ordering cannot go wrong.
    /// </summary>
    private static Encoding RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>Looks up an encoding by a label as pages write it; null when unknown.</summary>
    public static Encoding? GetEncodingOrNull(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        // WHATWG: these labels all mean windows-1252 on the web.
        if (name is "latin1" or "iso-8859-1" or "iso8859-1" or "us-ascii" or "ascii" or "l1" or "cp1252")
        {
            name = "windows-1252";
        }
        if (name is "utf8")
        {
            name = "utf-8";
        }
        _ = Windows1252; // ensures the code-page provider is registered
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The charset parameter of a Content-Type header value, or null.</summary>
    public static string? CharsetFromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }
        foreach (var part in contentType.Split(';'))
        {
            var kv = part.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                return kv[1].Trim().Trim('"', '\'');
            }
        }
        return null;
    }

    /// <summary>Decodes an HTML page, reporting which encoding was used.</summary>
    public static string DecodeHtml(ReadOnlySpan<byte> bytes, string? contentType, out Encoding used)
    {
        var bom = FromBom(bytes, out var bomLength);
        if (bom is not null)
        {
            used = bom;
            return bom.GetString(bytes[bomLength..]);
        }
        var candidate = GetEncodingOrNull(CharsetFromContentType(contentType))
            ?? GetEncodingOrNull(MetaCharset(bytes[..Math.Min(bytes.Length, MetaPrescanBytes)]));
        // A page declared as UTF-16 but served without a BOM is, in practice, ASCII-compatible (WHATWG rule).
        if (candidate is UnicodeEncoding or UTF32Encoding)
        {
            candidate = Encoding.UTF8;
        }
        // A legacy declaration over bytes that are valid UTF-8 with non-ASCII text is a wrong declaration (pages get
        // re-saved as UTF-8 and keep their old meta tag): random legacy text is almost never valid multi-byte UTF-8.
        if (candidate is not null && candidate.CodePage != Encoding.UTF8.CodePage && HasNonAscii(bytes) && IsValidUtf8(bytes))
        {
            candidate = Encoding.UTF8;
        }
        if (candidate is not null && !(candidate.CodePage == Encoding.UTF8.CodePage && !IsValidUtf8(bytes)))
        {
            used = candidate;
            return candidate.GetString(bytes);
        }
        used = IsValidUtf8(bytes) ? Encoding.UTF8 : Windows1252;
        return used.GetString(bytes);
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes) => System.Text.Ascii.IsValid(bytes) is false;

    /// <summary>True when the bytes are well-formed UTF-8 (a cut multi-byte sequence at the very end is forgiven).</summary>
    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return true;
        }
        // A page cut at a limit may end inside a character: forgive up to 3 trailing bytes.
        for (var cut = 1; cut <= 3 && cut < bytes.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(bytes[..^cut]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The encoding named by a byte-order mark, and the mark's length.</summary>
    public static Encoding? FromBom(ReadOnlySpan<byte> bytes, out int length)
    {
        length = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            length = 3;
            return new UTF8Encoding(false);
        }
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            length = 4;
            return new UTF32Encoding(false, false);
        }
        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
        {
            length = 4;
            return new UTF32Encoding(true, false);
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            length = 2;
            return new UnicodeEncoding(false, false);
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            length = 2;
            return new UnicodeEncoding(true, false);
        }
        return null;
    }

    /// <summary>
    /// The charset named by &lt;meta charset="…"&gt; or &lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;
    /// in an ASCII-compatible prefix, found with a light scan rather than a full parse.
    /// </summary>
    public static string? MetaCharset(ReadOnlySpan<byte> prefix)
    {
        var text = Encoding.Latin1.GetString(prefix);
        var index = 0;
        while ((index = text.IndexOf("<meta", index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = text.IndexOf('>', index);
            if (end < 0)
            {
                break;
            }
            var tag = text[index..end];
            var at = tag.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                var rest = tag[(at + "charset".Length)..].TrimStart();
                if (rest.StartsWith('='))
                {
                    rest = rest[1..].TrimStart().TrimStart('"', '\'');
                    var stop = rest.IndexOfAny(['"', '\'', ';', ' ', '/', '>']);
                    var value = stop < 0 ? rest : rest[..stop];
                    if (value.Length > 0)
                    {
                        return value;
                    }
                }
            }
            index = end;
        }
        return null;
    }
}
