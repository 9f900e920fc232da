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
        var main = await runtime.CachedAsync("front", Freshness, () => Build(runtime, site)).ConfigureAwait(false);
        var meta = new PageMeta { Title = runtime.Channel.Name + " · " + runtime.Channel.Tagline, Path = "/" };
        return PageResults.Page(site, meta, main);
    }

    private static async Task<string> Build(SiteRuntime runtime, SiteContext site)
    {
        var sb = new StringBuilder(32_000);
        sb.Append("<h1 class=\"skip\">").Append(Html.E(runtime.Channel.Name)).Append("</h1>\n");
        sb.Append("<section aria-labelledby=\"top\"><h2 id=\"top\">Top stories</h2>\n");
        var stories = await runtime.Store.GetNewestStoriesAsync(TopStories).ConfigureAwait(false);
        if (stories.Count > 0)
        {
            StoryCards(sb, site, stories);
        }
        else
        {
            var newest = await runtime.Store.ListArticlesAsync(new ArticleFilter { Limit = TopStories }).ConfigureAwait(false);
            if (newest.Items.Count == 0)
            {
                sb.Append("<p>No articles yet: the crawler is fetching the sources. See the <a href=\"/sources\">sources page</a>.</p>");
            }
            ArticleList.Render(sb, site, newest.Items, images: true);
        }
        sb.Append("</section>\n");
        foreach (var tag in runtime.Channel.Hashtags)
        {
            var page = await runtime.Store.ListArticlesAsync(new ArticleFilter { Tag = tag, Limit = PerSection }).ConfigureAwait(false);
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

    private static void StoryCards(StringBuilder sb, SiteContext site, IReadOnlyList<StorySummary> stories)
    {
        sb.Append("<ul class=\"cards\">\n");
        foreach (var s in stories)
        {
            var more = s.ArticleCount > 1
                ? $"<p><a href=\"{Html.E(Paths.Story(s.Id))}\">{s.ArticleCount.ToString(CultureInfo.InvariantCulture)} reports of this story</a></p>"
                : null;
            var excerpt = string.IsNullOrWhiteSpace(s.Lead.Excerpt) ? "" : "<p>" + Html.E(Html.Clip(s.Lead.Excerpt, 220)) + "</p>";
            ArticleList.Card(sb, site, s.Lead, images: true, more is null ? null : excerpt + more);
        }
        sb.Append("</ul>\n");
    }
}
