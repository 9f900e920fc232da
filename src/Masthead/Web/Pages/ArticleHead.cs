using System.Text;
using System.Text.Json;
using Masthead.Core.Html;
using Masthead.Crawling.Model;
using Masthead.Web.Rendering;

namespace Masthead.Web.Pages;

/// <summary>
/// The article page's head: OpenGraph (https://ogp.me), Twitter card, and JSON-LD NewsArticle
/// (https://schema.org/NewsArticle). JSON-LD is serialised with the default encoder, which escapes &lt; and &gt;,
/// so stored text can never close the script element.
/// </summary>
public static class ArticleHead
{
    public static string Render(SiteContext site, Article a, string path)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(a);
        var url = site.Absolute(path);
        var description = Html.Clip(a.Excerpt ?? a.Text, Html.DescriptionChars);
        var image = Urls.IsHttp(a.Image) ? a.Image : null;
        var sb = new StringBuilder(2000);
        Meta(sb, "property", "og:type", "article");
        Meta(sb, "property", "og:title", a.Title);
        Meta(sb, "property", "og:description", description);
        Meta(sb, "property", "og:url", url);
        Meta(sb, "property", "og:site_name", site.Channel.Name);
        Meta(sb, "property", "og:image", image);
        Meta(sb, "property", "article:published_time", a.Published is { } p ? TimeText.Iso(p) : null);
        Meta(sb, "property", "article:author", a.Author);
        Meta(sb, "property", "article:tag", a.Hashtag);
        Meta(sb, "name", "twitter:card", image is null ? "summary" : "summary_large_image");
        Meta(sb, "name", "twitter:title", a.Title);
        Meta(sb, "name", "twitter:description", description);
        Meta(sb, "name", "twitter:image", image);
        var ld = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = a.Title,
            ["description"] = description,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["isBasedOn"] = a.Url,
            ["datePublished"] = a.Published is { } d ? TimeText.Iso(d) : null,
            ["dateModified"] = a.Modified is { } m ? TimeText.Iso(m) : null,
            ["image"] = image,
            ["author"] = a.Author is null ? null : new Dictionary<string, string> { ["@type"] = "Person", ["name"] = a.Author },
            ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = a.Outlet },
            ["keywords"] = a.Hashtag,
        };
        var json = JsonSerializer.Serialize(ld.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value));
        sb.Append("<script type=\"application/ld+json\">").Append(json).Append("</script>\n");
        return sb.ToString();
    }

    private static void Meta(StringBuilder sb, string attribute, string name, string? content)
    {
        if (!string.IsNullOrWhiteSpace(content))
        {
            sb.Append("<meta ").Append(attribute).Append("=\"").Append(name).Append("\" content=\"").Append(Html.E(content)).Append("\">\n");
        }
    }
}
