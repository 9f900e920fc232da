using System.Text;
using System.Text.Encodings.Web;
using Masthead.Storage.Reading;

namespace Masthead.Web.Rendering;

/// <summary>
/// Encoding helpers: every piece of stored or request text reaches a page through one of these. The only
/// markup that is written raw is the article body, which the pipeline sanitised and the page sanitises again.
/// </summary>
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>Text content or attribute value, HTML-encoded.</summary>
    public static string E(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);

    /// <summary>Marked search text (matches between <see cref="SearchHit.MarkStart"/> and MarkEnd): encoded, then the marks become &lt;mark&gt;.</summary>
    public static string Marked(string? marked)
    {
        if (string.IsNullOrEmpty(marked))
        {
            return "";
        }
        var sb = new StringBuilder(marked.Length + 32);
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != SearchHit.MarkStart && marked[i] != SearchHit.MarkEnd)
            {
                continue;
            }
            sb.Append(E(marked[start..i]));
            if (i < marked.Length)
            {
                sb.Append(marked[i] == SearchHit.MarkStart ? "<mark>" : "</mark>");
            }
            start = i + 1;
        }
        return sb.ToString();
    }

    /// <summary>The outlet's icon (lazy, decorative: the name follows it) or, without one, a letter badge.</summary>
    public static string OutletIcon(SiteContext site, string outlet, string? iconUrl) =>
        Core.Html.Urls.IsHttp(iconUrl)
            ? $"<img class=\"icon\" src=\"{E(site.Image(iconUrl!))}\" alt=\"\" width=\"16\" height=\"16\" loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\">"
            : $"<span class=\"badge\" aria-hidden=\"true\">{E(outlet.Length > 0 ? outlet[..1].ToUpperInvariant() : "?")}</span>";

    /// <summary>
    /// The longest excerpt shown where the source does not allow its full text to be republished: a few sentences,
    /// enough to tell what the story is before the reader follows the credit link.
    /// </summary>
    public const int ExcerptChars = 600;

    /// <summary>The longest meta description: search engines show about 155 to 160 characters, and cut the rest.</summary>
    public const int DescriptionChars = 200;

    /// <summary>Shortens plain text to about <paramref name="max"/> characters at a word boundary.</summary>
    public static string Clip(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var t = text.Trim();
        if (t.Length <= max)
        {
            return t;
        }
        var cut = t.LastIndexOf(' ', max);
        return t[..(cut > max / 2 ? cut : max)].TrimEnd(',', ';', ':', '.', ' ') + "…";
    }
}
