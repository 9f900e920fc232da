using System.Net;
using System.Text.RegularExpressions;

namespace Masthead.Feeds.Content;

/// <summary>
/// HTML from feeds: sanitized by the feed allow-list (<see cref="FeedSanitizer"/>, a streaming policy that
/// keeps character references as written and costs no DOM: the shared AngleSharp-based SafeHtml ran at
/// about 3 MB/s on real feeds), relative URLs made absolute, and a plain-text view for titles.
/// </summary>
public static partial class FeedHtml
{
    public static string Sanitize(string html, string? baseUrl)
    {
        // Plain text (no tag, no ampersand to normalise) is the common case and needs no pass at all.
        if (html.AsSpan().IndexOf('<') < 0 && !ReferenceText.NeedsRewrite(html))
        {
            return html.Trim();
        }
        return FeedSanitizer.Sanitize(html, baseUrl);
    }

    /// <summary>
    /// <see cref="Sanitize"/>, then double-encoded UTF-8 read back (<see cref="DoubleEncoding.Repair"/>), without the
    /// sanitized copy in between.
    /// </summary>
    internal static string SanitizeAndRepair(string html, string? baseUrl)
    {
        if (html.AsSpan().IndexOf('<') < 0 && !ReferenceText.NeedsRewrite(html))
        {
            return DoubleEncoding.RepairTrimmed(html);
        }
        return FeedSanitizer.Sanitize(html, baseUrl, repairDoubleEncoding: true);
    }

    /// <summary>Text without tags and with entities decoded.</summary>
    public static string ToPlainText(string html)
    {
        if (html.AsSpan().IndexOfAny('<', '&') < 0)
        {
            return html.Trim();
        }
        var stripped = Tag().Replace(html, "");
        return WebUtility.HtmlDecode(stripped).Trim();
    }

    /// <summary>True when text contains an end tag or an entity reference (how readers tell HTML from plain text).</summary>
    public static bool LooksLikeHtml(string text) =>
        text.AsSpan().IndexOfAny('<', '&') >= 0 && (EndTagOrEntity().IsMatch(text));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("</[A-Za-z][A-Za-z0-9]*\\s*>|<[A-Za-z][A-Za-z0-9]*(\\s[^>]*)?/?>|&#?[A-Za-z0-9]+;")]
    private static partial Regex EndTagOrEntity();
}
