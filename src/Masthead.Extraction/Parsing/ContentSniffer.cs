namespace Masthead.Extraction.Parsing;

/// <summary>
/// Cheap checks before parsing: a binary file or a declared non-HTML type is refused with a reason
/// rather than parsed into garbage. Follows the spirit of the WHATWG MIME sniffing "binary data byte" test
/// (https://mimesniff.spec.whatwg.org/#binary-data-byte).
/// </summary>
internal static class ContentSniffer
{
    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml", "text/xml", "application/xml", "text/plain"];

    /// <summary>The reason to refuse the page, or null to go on.</summary>
    public static string? Refuse(ReadOnlySpan<byte> head, string? contentType)
    {
        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(mediaType) && !HtmlTypes.Contains(mediaType) && !mediaType.Contains("html", StringComparison.Ordinal))
        {
            return $"not HTML: Content-Type is {mediaType}";
        }
        if (HasUtf16Bom(head))
        {
            return null;
        }
        var binary = 0;
        foreach (var b in head)
        {
            // Binary data bytes: controls other than TAB, LF, FF, CR and ESC (and NUL).
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B))
            {
                binary++;
            }
        }
        return binary > Math.Max(2, head.Length / 100) ? "not HTML: binary content" : null;
    }

    /// <summary>True when the decoded text has at least one tag.</summary>
    public static bool LooksLikeMarkup(string text)
    {
        var limit = Math.Min(text.Length, 1 << 16);
        for (var i = 0; i + 1 < limit; i++)
        {
            if (text[i] == '<' && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '!' or '/'))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasUtf16Bom(ReadOnlySpan<byte> head) =>
        head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF));
}
