using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Masthead.Feeds.Tests.Gofeed;

/// <summary>
/// The normalisations applied to both sides before a field is compared. Each one removes a difference of
/// representation, never of meaning:
/// - text: gofeed keeps element text as written (entities of HTML content still escaped, CDATA whitespace kept);
///   Masthead keeps plain text for titles and sanitized HTML for summaries and content. So both sides are
///   HTML-entity-decoded and their whitespace runs collapsed to one space and trimmed.
/// - markup: Masthead's sanitizer writes void elements the XHTML way (&lt;img /&gt;), gofeed keeps the source's
///   &lt;img&gt;; the self-closing slash is dropped on both sides (HTML5 ignores it, section 13.1.2.1).
/// - instants: compared as UTC instants at whole-second precision. Masthead's dates are second-granular on
///   purpose (feedparser's time tuples and the shared dates corpus, feeds/dates/dates.json, expect seconds);
///   a sub-second fraction is not a difference that matters to a news engine.
/// - empty: a missing key in gofeed's JSON is Go's zero value, so null, "" and [] are all written "".
/// </summary>
public static partial class GofeedText
{
    public static string Text(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }
        var unslashed = SelfClosing().Replace(value, ">");
        return Whitespace().Replace(WebUtility.HtmlDecode(unslashed), " ").Trim();
    }

    public static string Instant(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "";

    /// <summary>gofeed writes parsed times as RFC 3339 strings (Go's time.Time JSON form).</summary>
    public static string Instant(string? rfc3339) =>
        string.IsNullOrWhiteSpace(rfc3339) ? "" : Instant(DateTimeOffset.Parse(rfc3339, CultureInfo.InvariantCulture));

    public static string Url(string? value) => value?.Trim() ?? "";

    public static string List(IEnumerable<string> values) => string.Join(" | ", values);

    public static string Person(string? name, string? email) =>
        string.IsNullOrWhiteSpace(email) ? Text(name) : $"{Text(name)} <{email.Trim()}>";

    [GeneratedRegex(@"\s*/>")]
    private static partial Regex SelfClosing();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
