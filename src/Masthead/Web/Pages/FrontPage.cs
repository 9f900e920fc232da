using System.Globalization;
using System.Text;
using Masthead.Storage.Reading;
using Masthead.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace Masthead.Web.Pages;

/// <summary>The front page: the newest stories, then a section per hashtag with its newest articles.</summary>
public static class FrontPage
{
    private const int TopStories = 12;
    private const int PerSection = 4;

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
        // A story is told once, by its newest report; articles outside any story stand alone.
        var newest = await runtime.Store.ListArticlesAsync(new ArticleFilter { Limit = ArticleFilter.MaxLimit, WithTotal = false }).ConfigureAwait(false);
        var stories = (await runtime.Store.GetNewestStoriesAsync(ArticleFilter.MaxLimit).ConfigureAwait(false)).ToDictionary(s => s.Id);
        var seen = new HashSet<string>();
        var top = newest.Items.Where(a => a.StoryId is null || seen.Add(a.StoryId)).Take(TopStories).ToList();
        if (top.Count == 0)
        {
            sb.Append("<p>No articles yet: the crawler is fetching the sources. See the <a href=\"/sources\">sources page</a>.</p>");
        }
        StoryCards(sb, site, top, stories);
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

    private static void StoryCards(StringBuilder sb, SiteContext site, List<ArticleSummary> top, Dictionary<string, StorySummary> stories)
    {
        sb.Append("<ul class=\"cards\">\n");
        foreach (var a in top)
        {
            var count = a.StoryId is not null && stories.TryGetValue(a.StoryId, out var story) ? story.ArticleCount : 1;
            var extra = count > 1
                ? (string.IsNullOrWhiteSpace(a.Excerpt) ? "" : "<p>" + Html.E(Html.Clip(a.Excerpt, 220)) + "</p>")
                  + $"<p class=\"more\"><a href=\"{Html.E(Paths.Story(a.StoryId!))}\">{count.ToString(CultureInfo.InvariantCulture)} reports of this story</a></p>"
                : null;
            ArticleList.Card(sb, site, a, images: true, extra);
        }
        sb.Append("</ul>\n");
    }
}
