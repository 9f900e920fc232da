using System.Globalization;
using System.Text;
using Masthead.Storage.Reading;

namespace Masthead.Web.Rendering;

/// <summary>
/// The parts of a story's "full coverage" page: who reported first, the outlets that carry it, and the
/// timeline of every outlet's version. Reports arrive in timeline order (dated ones by publication time, undated last).
/// </summary>
public static class CoverageHtml
{
    public static void FirstReport(StringBuilder sb, SiteContext site, ArticleSummary first)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(first);
        sb.Append("<p data-part=\"first-report\" data-article=\"").Append(first.Id).Append("\">");
        if (first.Published is { } when)
        {
            sb.Append("First reported by ").Append(OutletLink(first)).Append(", ").Append(Time(when, site))
              .Append(": <a href=\"").Append(Html.E(Paths.Article(first.Id, first.Title))).Append("\">").Append(Html.E(first.Title)).Append("</a>");
        }
        else
        {
            // Without a publication date on any report, naming a "first" reporter would be a guess.
            sb.Append("No report carries a publication date, so who reported first is unknown.");
        }
        sb.Append("</p>\n");
    }

    /// <summary>Each outlet once, in the order it reported, linking to its (first) version.</summary>
    public static void Outlets(StringBuilder sb, SiteContext site, IReadOnlyList<ArticleSummary> reports)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(reports);
        sb.Append("<ul data-part=\"outlets\">\n");
        foreach (var group in reports.GroupBy(r => r.Outlet, StringComparer.OrdinalIgnoreCase))
        {
            var version = group.First();
            var count = group.Count();
            sb.Append("<li data-part=\"outlet\" data-article=\"").Append(version.Id).Append("\">").Append(Html.OutletIcon(site, version.Outlet, version.IconUrl))
              .Append("<a href=\"").Append(Html.E(Paths.Article(version.Id, version.Title))).Append("\">").Append(Html.E(version.Outlet)).Append("</a>");
            if (count > 1)
            {
                sb.Append(" (").Append(count.ToString(CultureInfo.InvariantCulture)).Append(" reports)");
            }
            sb.Append("</li>\n");
        }
        sb.Append("</ul>\n");
    }

    public static void Timeline(StringBuilder sb, SiteContext site, IReadOnlyList<ArticleSummary> reports)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(reports);
        sb.Append("<ol class=\"cards\" data-part=\"timeline\">\n");
        for (var i = 0; i < reports.Count; i++)
        {
            Item(sb, site, reports[i], first: i == 0 && reports[i].Published is not null);
        }
        sb.Append("</ol>\n");
    }

    private static void Item(StringBuilder sb, SiteContext site, ArticleSummary a, bool first)
    {
        sb.Append("<li class=\"card\" data-part=\"timeline-item\" data-article=\"").Append(a.Id).Append('"')
          .Append(first ? " data-first=\"true\">" : ">");
        sb.Append("<p class=\"meta\"><a class=\"outlet\" href=\"").Append(Html.E(Paths.Outlet(a.Outlet))).Append("\">")
          .Append(Html.OutletIcon(site, a.Outlet, a.IconUrl)).Append(Html.E(a.Outlet)).Append("</a>");
        sb.Append(a.Published is { } when ? Time(when, site) : "<span class=\"undated\" data-part=\"undated\">date unknown</span>");
        if (first)
        {
            sb.Append("<strong data-part=\"first-badge\">First report</strong>");
        }
        sb.Append("</p><h3><a href=\"").Append(Html.E(Paths.Article(a.Id, a.Title))).Append("\">").Append(Html.E(a.Title)).Append("</a></h3>");
        if (!string.IsNullOrWhiteSpace(a.Excerpt))
        {
            sb.Append("<p>").Append(Html.E(Html.Clip(a.Excerpt, 220))).Append("</p>");
        }
        sb.Append("</li>\n");
    }

    private static string OutletLink(ArticleSummary a) =>
        "<a class=\"outlet\" href=\"" + Html.E(Paths.Outlet(a.Outlet)) + "\">" + Html.E(a.Outlet) + "</a>";

    /// <summary>The channel's local date and time, with the exact instant in the datetime attribute.</summary>
    private static string Time(DateTimeOffset when, SiteContext site) =>
        "<time data-part=\"report-time\" datetime=\"" + TimeText.Iso(when) + "\">" + Html.E(TimeText.DateTime(when, site.Zone)) + "</time>";
}
