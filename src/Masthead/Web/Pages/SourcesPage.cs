using System.Globalization;
using System.Text;
using Masthead.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace Masthead.Web.Pages;

/// <summary>The sources page: every outlet followed, with its health (last fetch, errors, next attempt).</summary>
public static class SourcesPage
{
    public static async Task<IResult> Handle(HttpContext http, SiteRuntime runtime)
    {
        var site = runtime.Context(http);
        var sources = await runtime.Store.GetSourceHealthAsync().ConfigureAwait(false);
        var sb = new StringBuilder(sources.Count * 600 + 1000);
        sb.Append("<h1>Sources</h1>\n<p>").Append(sources.Count.ToString(CultureInfo.InvariantCulture))
          .Append(" feeds followed. Failures are retried with backoff; the error shown is the latest.</p>\n")
          .Append("<table><caption class=\"skip\">Sources and their health</caption><thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Status</th>")
          .Append("<th scope=\"col\">Articles</th><th scope=\"col\">Last fetched</th><th scope=\"col\">Next attempt</th><th scope=\"col\">Last error</th></tr></thead><tbody>\n");
        foreach (var h in sources)
        {
            var s = h.Source;
            sb.Append("<tr data-source=\"").Append(s.Id).Append("\"><td><a class=\"outlet\" href=\"").Append(Html.E(Paths.Outlet(s.Name))).Append("\">")
              .Append(Html.OutletIcon(site, s.Name, s.IconUrl)).Append(Html.E(s.Name)).Append("</a><br><a href=\"").Append(Html.E(s.FeedUrl))
              .Append("\" rel=\"nofollow noopener\">feed</a>").Append(s.FullText ? "" : " · excerpts only").Append("</td>")
              .Append("<td class=\"").Append(h.Status).Append("\">").Append(h.Status)
              .Append(h.LastStatus is int st ? " (HTTP " + st.ToString(CultureInfo.InvariantCulture) + ")" : "").Append("</td>")
              .Append("<td>").Append(h.Articles.ToString(CultureInfo.InvariantCulture)).Append("</td>")
              .Append("<td>").Append(When(site, s.State.LastFetched)).Append("</td>")
              .Append("<td>").Append(When(site, s.State.NextAttempt)).Append("</td>")
              .Append("<td>").Append(Html.E(s.State.LastError)).Append(s.State.ErrorCount > 1 ? $" ({s.State.ErrorCount} in a row)" : "").Append("</td></tr>\n");
        }
        sb.Append("</tbody></table>\n");
        return PageResults.Page(site, new PageMeta { Title = "Sources · " + runtime.Channel.Name, Path = "/sources" }, sb.ToString());
    }

    private static string When(SiteContext site, DateTimeOffset? t) =>
        t is { } v ? $"<time datetime=\"{TimeText.Iso(v)}\">{Html.E(TimeText.DateTime(v, site.Zone))}</time>" : "never";
}
