using System.Globalization;
using System.Text;
using Masthead.Storage.Reading;
using Masthead.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace Masthead.Web.Pages;

/// <summary>The front page: the top stories (ranked by outlets and recency), then a section per hashtag with its newest articles.</summary>
public static class FrontPage
{
    private const int TopStories = 12;
    private const int PerSection = 4;

    /// <summary>How many of the newest articles supply the candidate stories for the ranking.</summary>
    private const int CandidateWindow = 500;

    /// <summary>The main content is rebuilt at most this often; the frame (date, online count) is per request.</summary>
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    public static async Task<IResult> Handle(HttpContext http, SiteRuntime runtime)
    {
        var site = runtime.Context(http);
        // The whole page is kept for a few seconds per variant of its frame (theme, readers online, date):
        // the busiest page then costs a cache lookup.
        var key = $"front-page:{site.Theme}:{site.Online}:{TimeText.LongDate(site.Now, site.Zone)}";
        var page = await runtime.CachedAsync(key, Freshness, async () =>
        {
            var main = await runtime.CachedAsync("front", Freshness, () => Build(runtime, site)).ConfigureAwait(false);
            var meta = new PageMeta { Title = runtime.Channel.Name + " · " + runtime.Channel.Tagline, Path = "/" };
            return System.Text.Encoding.UTF8.GetBytes(Layout.Render(site, meta, main));
        }).ConfigureAwait(false);
        return Results.Bytes(page, "text/html; charset=utf-8");
    }

    private static async Task<string> Build(SiteRuntime runtime, SiteContext site)
    {
        var sb = new StringBuilder(32_000);
        sb.Append("<h1 class=\"skip\">").Append(Html.E(runtime.Channel.Name)).Append("</h1>\n");
        sb.Append("<section aria-labelledby=\"top\"><h2 id=\"top\">Top stories</h2>\n");
        // Candidates are the stories of the newest articles; more outlets and fresher reports rank higher.
        var window = await ArticleWindow.ReadAsync(runtime.Store, new ArticleFilter(), CandidateWindow).ConfigureAwait(false);
        var top = StoryGrouping.Rank(window, site.Now, StoryGrouping.RankingTime).Take(TopStories).ToList();
        if (top.Count == 0)
        {
            sb.Append("<p>No articles yet: the crawler is fetching the sources. See the <a href=\"/sources\">sources page</a>.</p>");
        }
        StoryCards(sb, site, top);
        sb.Append("</section>\n");
        foreach (var tag in runtime.Channel.Hashtags)
        {
            var page = await runtime.Store.ListArticlesAsync(new ArticleFilter { Tag = tag, Limit = PerSection, WithTotal = false }).ConfigureAwait(false);
            if (page.Items.Count == 0)
            {
                continue;
            }
            var id = "s-" + tag.TrimStart('#');
            sb.Append("<section aria-labelledby=\"").Append(Html.E(id)).Append("\"><h2 id=\"").Append(Html.E(id)).Append("\"><a href=\"")
              .Append(Html.E(Paths.Tag(tag))).Append("\">").Append(Html.E(tag)).Append("</a></h2>\n");
            ArticleList.Render(sb, site, page.Items);
            sb.Append("</section>\n");
        }
        return sb.ToString();
    }

    private static void StoryCards(StringBuilder sb, SiteContext site, List<RankedStory> top)
    {
        sb.Append("<ul class=\"cards\">\n");
        foreach (var story in top)
        {
            var lead = story.Lead;
            var excerpt = string.IsNullOrWhiteSpace(lead.Excerpt) ? "" : "<p>" + Html.E(Html.Clip(lead.Excerpt, 220)) + "</p>";
            ArticleList.Card(sb, site, lead, images: true, excerpt + Coverage(story), part: "top-story");
        }
        sb.Append("</ul>\n");
    }

    /// <summary>"3 outlets · 4 reports · first: Alpha Wire · Full coverage", for articles that belong to a story.</summary>
    private static string Coverage(RankedStory story)
    {
        if (story.StoryId is null)
        {
            return "";
        }
        var outlets = story.OutletCount;
        var reports = story.Reports.Count;
        return "<p class=\"more\" data-part=\"coverage\"><span data-part=\"outlet-count\">" + Count(outlets, "outlet") + "</span> · "
            + "<span data-part=\"report-count\">" + Count(reports, "report") + "</span>"
            + (reports > 1 ? " · first: " + Html.E(story.FirstReport.Outlet) : "")
            + " · <a data-part=\"story-link\" href=\"" + Html.E(Paths.Story(story.StoryId)) + "\">Full coverage</a></p>";
    }

    private static string Count(int n, string unit) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? unit : unit + "s");
}
