using System.Globalization;
using System.Text;
using Masthead.Stories;
using Masthead.Web.Rendering;

namespace Masthead.Web.Digest;

/// <summary>
/// An edition as a fragment of the site's page (and of the feed item): hashtag sections of "Outlet: headline"
/// items with their short summary and link. Every text is HTML-encoded; links are kept only when http(s).
/// </summary>
public static class DigestHtml
{
    public static string Edition(DigestEdition edition, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var sb = new StringBuilder(4000 + edition.ItemCount * 400);
        sb.Append("<article class=\"digest\" data-part=\"digest\" data-edition=\"").Append(Html.E(edition.Id)).Append("\">\n<h1>")
          .Append(Html.E(edition.Title)).Append("</h1>\n<p class=\"meta\">News from <time datetime=\"").Append(TimeText.Iso(edition.From)).Append("\">")
          .Append(Html.E(TimeText.DateTime(edition.From, zone))).Append("</time> to <time datetime=\"").Append(TimeText.Iso(edition.To)).Append("\">")
          .Append(Html.E(TimeText.DateTime(edition.To, zone))).Append("</time> · ")
          .Append(edition.ItemCount.ToString(CultureInfo.InvariantCulture)).Append(edition.ItemCount == 1 ? " story" : " stories").Append("</p>\n");
        foreach (var section in edition.Sections)
        {
            sb.Append("<section data-part=\"digest-section\" data-hashtag=\"").Append(Html.E(section.Hashtag)).Append("\">\n<h2><a href=\"")
              .Append(Html.E(Paths.Tag(section.Hashtag))).Append("\">").Append(Html.E(section.Hashtag)).Append("</a></h2>\n<ul>\n");
            foreach (var item in section.Items)
            {
                Item(sb, item);
            }
            sb.Append("</ul>\n</section>\n");
        }
        sb.Append("</article>\n");
        return sb.ToString();
    }

    private static void Item(StringBuilder sb, DigestItem item)
    {
        var line = $"<span data-part=\"digest-outlet\">{Html.E(item.Outlet)}</span>: <span data-part=\"digest-headline\">{Html.E(item.Headline)}</span>";
        sb.Append("<li data-part=\"digest-item\">");
        sb.Append(Core.Html.Urls.IsHttp(item.Link) ? $"<a href=\"{Html.E(item.Link)}\">{line}</a>" : line);
        if (item.Short.Length > 0)
        {
            sb.Append("<p data-part=\"digest-summary\">").Append(Html.E(item.Short)).Append("</p>");
        }
        if (item.OtherOutlets.Count > 0)
        {
            sb.Append("<p class=\"meta\">Also: ").Append(Html.E(string.Join(", ", item.OtherOutlets))).Append("</p>");
        }
        sb.Append("</li>\n");
    }
}
