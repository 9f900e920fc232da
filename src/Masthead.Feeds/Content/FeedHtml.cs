using System.Net;
using System.Text.RegularExpressions;
using Masthead.Core.Html;

namespace Masthead.Feeds.Content;

/// <summary>
/// HTML from feeds: sanitized by the shared allow-list (the last HTML step), relative URLs made absolute,
/// and a plain-text view for titles. Fragments without any markup skip the sanitizer: there is nothing in
/// them that can run, and most feed fields are like that.
/// </summary>
public static partial class FeedHtml
{
    public static string Sanitize(string html, string? baseUrl)
    {
        if (html.AsSpan().IndexOf('<') < 0)
        {
            return html.Trim();
        }
        return SafeHtml.Sanitize(html, baseUrl);
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
