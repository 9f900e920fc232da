using System.Text;
using Masthead.Storage.Reading;

namespace Masthead.Web.Rendering;

/// <summary>Headline cards: outlet name and icon, headline, time ago, excerpt; optionally a lazy thumbnail.</summary>
public static class ArticleList
{
    public static void Render(StringBuilder sb, SiteContext site, IEnumerable<ArticleSummary> items, bool images = false)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(site);
        sb.Append("<ul class=\"cards\">\n");
        foreach (var a in items)
        {
            Card(sb, site, a, images);
        }
        sb.Append("</ul>\n");
    }

    /// <param name="part">A data-part name for the card (pages and tests find cards by it), or null.</param>
    public static void Card(StringBuilder sb, SiteContext site, ArticleSummary a, bool images, string? extra = null, string? part = null)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(a);
        var path = Paths.Article(a.Id, a.Title);
        sb.Append("<li class=\"card\" data-article=\"").Append(a.Id).Append('"');
        if (part is not null)
        {
            sb.Append(" data-part=\"").Append(Html.E(part)).Append('"');
        }
        sb.Append('>');
        if (images && Core.Html.Urls.IsHttp(a.Image))
        {
            sb.Append("<img class=\"thumb\" src=\"").Append(Html.E(site.Image(a.Image!))).Append("\" alt=\"").Append(Html.E(a.ImageAlt ?? a.Title))
              .Append("\" loading=\"lazy\" decoding=\"async\" referrerpolicy=\"no-referrer\">");
        }
        sb.Append("<p class=\"meta\"><a class=\"outlet\" href=\"").Append(Html.E(Paths.Outlet(a.Outlet))).Append("\">")
          .Append(Html.OutletIcon(site, a.Outlet, a.IconUrl)).Append(Html.E(a.Outlet)).Append("</a>")
          .Append(TimeText.Reported(a.Published, site.Now));
        if (a.Hashtag is not null)
        {
            sb.Append("<a href=\"").Append(Html.E(Paths.Tag(a.Hashtag))).Append("\">").Append(Html.E(a.Hashtag)).Append("</a>");
        }
        sb.Append("</p><h3><a href=\"").Append(Html.E(path)).Append("\">").Append(Html.E(a.Title)).Append("</a></h3>");
        if (extra is not null)
        {
            sb.Append(extra);
        }
        else if (!string.IsNullOrWhiteSpace(a.Excerpt))
        {
            sb.Append("<p>").Append(Html.E(Html.Clip(a.Excerpt, 220))).Append("</p>");
        }
        sb.Append("</li>\n");
    }
}
