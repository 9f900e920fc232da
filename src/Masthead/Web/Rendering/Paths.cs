using System.Globalization;
using System.Text;

namespace Masthead.Web.Rendering;

/// <summary>The site's URL scheme in one place: pages, feeds and the API all build links here.</summary>
public static class Paths
{
    public static string Article(long id, string title) => $"/article/{id.ToString(CultureInfo.InvariantCulture)}/{Slug(title)}";

    /// <summary>"#politics" is at /tag/politics.</summary>
    public static string Tag(string hashtag) => "/tag/" + Uri.EscapeDataString(hashtag.TrimStart('#'));

    public static string Outlet(string outlet) => "/outlet/" + Uri.EscapeDataString(outlet);

    public static string Story(string storyId) => "/story/" + Uri.EscapeDataString(storyId);

    public static string Search(string query, int page = 1) =>
        "/search?q=" + Uri.EscapeDataString(query) + (page > 1 ? "&page=" + page.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>Absolute URL on the public base.</summary>
    public static string Absolute(string baseUrl, string path) => new Uri(new Uri(baseUrl), path).AbsoluteUri;

    /// <summary>A lowercase ASCII slug of at most 80 characters (only for readability; the id finds the article).</summary>
    public static string Slug(string title)
    {
        var sb = new StringBuilder(Math.Min(title.Length, 80));
        foreach (var ch in title.Normalize(NormalizationForm.FormD))
        {
            if (sb.Length >= 80)
            {
                break;
            }
            if (char.IsAsciiLetterOrDigit(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
            else if ((char.IsWhiteSpace(ch) || ch is '-' or '_' or '/') && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "article" : slug;
    }
}
