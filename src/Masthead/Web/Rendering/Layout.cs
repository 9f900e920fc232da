using System.Globalization;
using System.Text;

namespace Masthead.Web.Rendering;

/// <summary>
/// The page frame every HTML page shares: landmarks (banner, navigation, main, contentinfo), the masthead,
/// the date line with readers online and the hometown, the sponsor slot, the hashtag sections and search.
/// </summary>
public static class Layout
{
    /// <summary>Bumped when site.css changes, so browsers fetch the new file despite the long cache lifetime.</summary>
    public const string CssVersion = "1";

    public static string Render(SiteContext site, PageMeta meta, string main)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(meta);
        var c = site.Channel;
        var sb = new StringBuilder(main.Length + 6000);
        sb.Append("<!doctype html>\n<html lang=\"").Append(Html.E(c.Language)).Append('"');
        if (site.Theme is not null)
        {
            sb.Append(" data-theme=\"").Append(site.Theme).Append('"');
        }
        sb.Append(">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(Html.E(meta.Title)).Append("</title>\n")
          .Append("<meta name=\"description\" content=\"").Append(Html.E(meta.Description ?? c.Tagline)).Append("\">\n")
          .Append("<link rel=\"canonical\" href=\"").Append(Html.E(site.Absolute(meta.Path))).Append("\">\n")
          .Append("<link rel=\"stylesheet\" href=\"/site.css?v=").Append(CssVersion).Append("\">\n")
          .Append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n")
          .Append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").Append(Html.E(c.Name)).Append(" (RSS)\" href=\"/rss.xml\">\n")
          .Append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").Append(Html.E(c.Name)).Append(" (Atom)\" href=\"/atom.xml\">\n")
          .Append("<link rel=\"alternate\" type=\"application/feed+json\" title=\"").Append(Html.E(c.Name)).Append(" (JSON Feed)\" href=\"/feed.json\">\n");
        if (meta.NoIndex)
        {
            sb.Append("<meta name=\"robots\" content=\"noindex\">\n");
        }
        sb.Append(meta.HeadExtra).Append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n");
        Header(sb, site, meta);
        sb.Append("<main id=\"main\" tabindex=\"-1\">\n").Append(main).Append("</main>\n");
        Footer(sb, site);
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Header(StringBuilder sb, SiteContext site, PageMeta meta)
    {
        var c = site.Channel;
        var today = TimeZoneInfo.ConvertTime(site.Now, site.Zone);
        sb.Append("<header class=\"site-header\">\n<div class=\"topline\"><p class=\"dateline-row\">")
          .Append("<span><time data-part=\"dateline\" datetime=\"").Append(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
          .Append(Html.E(TimeText.LongDate(site.Now, site.Zone))).Append("</time></span>")
          .Append("<span data-part=\"online\">").Append(site.Online.ToString(CultureInfo.InvariantCulture)).Append(" online</span>")
          .Append("<span data-part=\"hometown\">").Append(Html.E(c.Hometown)).Append("</span></p>\n");
        ThemeLinks(sb, site);
        sb.Append("</div>\n<p class=\"masthead\" data-part=\"masthead\"><a href=\"/\">").Append(Html.E(c.Name.ToUpperInvariant())).Append("</a></p>\n")
          .Append("<p class=\"tagline\">").Append(Html.E(c.Tagline)).Append("</p>\n");
        Sponsor.Render(sb, site);
        sb.Append("<nav class=\"sections\" aria-label=\"Sections\"><ul>");
        foreach (var tag in c.Hashtags)
        {
            sb.Append("<li><a href=\"").Append(Html.E(Paths.Tag(tag))).Append('"');
            if (string.Equals(tag, meta.CurrentTag, StringComparison.OrdinalIgnoreCase))
            {
                sb.Append(" aria-current=\"page\"");
            }
            sb.Append('>').Append(Html.E(tag)).Append("</a></li>");
        }
        sb.Append("<li><a href=\"/digest\">The Digest</a></li>");
        sb.Append("</ul>\n<form role=\"search\" action=\"/search\" method=\"get\"><label class=\"skip\" for=\"q\">Search articles</label>")
          .Append("<input type=\"search\" id=\"q\" name=\"q\" placeholder=\"Search\"><button type=\"submit\">Search</button></form></nav>\n</header>\n");
    }

    /// <summary>Theme choice without script: each link sets a cookie at /theme and comes back here.</summary>
    private static void ThemeLinks(StringBuilder sb, SiteContext site)
    {
        var back = Uri.EscapeDataString(site.Path);
        sb.Append("<nav class=\"theme\" aria-label=\"Theme\">Theme:");
        foreach (var (value, label) in new[] { ("system", "Auto"), ("light", "Light"), ("dark", "Dark") })
        {
            var current = (site.Theme ?? "system") == value;
            sb.Append("<a href=\"/theme?set=").Append(value).Append("&amp;back=").Append(back).Append('"')
              .Append(current ? " aria-current=\"true\"" : "").Append('>').Append(label).Append("</a>");
        }
        sb.Append("</nav>");
    }

    private static void Footer(StringBuilder sb, SiteContext site)
    {
        sb.Append("<footer>\n<p>").Append(Html.E(site.Channel.Name))
          .Append(" gathers news from the outlets on the <a href=\"/sources\">sources page</a>; every article links to its original.</p>\n")
          .Append("<p>Feeds: <a href=\"/rss.xml\">RSS</a> · <a href=\"/atom.xml\">Atom</a> · <a href=\"/feed.json\">JSON Feed</a> · ")
          .Append("<a href=\"/api/articles\">API</a> (<a href=\"/openapi/v1.json\">OpenAPI</a>)</p>\n</footer>\n");
    }
}
