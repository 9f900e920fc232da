using System.Globalization;
using System.Text;
using Masthead.Storage.Reading;
using Masthead.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace Masthead.Web.Pages;

/// <summary>
/// A story's "full coverage" (issue 5): who reported first, the outlets that carry it, and every outlet's
/// version in publication order.
/// </summary>
public static class StoryPage
{
    /// <summary>More reports than this of one story are not shown (the oldest beyond it are left out).</summary>
    private const int MaxReports = 500;

    public static async Task<IResult> Handle(HttpContext http, SiteRuntime runtime, string id)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var site = runtime.Context(http);
        var story = await runtime.Store.GetStoryAsync(id).ConfigureAwait(false);
        if (story is null)
        {
            return PageResults.NotFound(site, "That story");
        }
        // Duplicates stay in: a syndicated copy is still that outlet's version of the story.
        var articles = await ArticleWindow.ReadAsync(runtime.Store, new ArticleFilter { StoryId = id, IncludeDuplicates = true }, MaxReports).ConfigureAwait(false);
        var coverage = StoryGrouping.Rank(articles, site.Now, StoryGrouping.PublishedTime).FirstOrDefault();
        var sb = new StringBuilder(16_000);
        sb.Append("<h1>").Append(Html.E(story.Title)).Append("</h1>\n");
        if (coverage is null)
        {
            sb.Append("<p>No reports of this story are stored any more.</p>\n");
        }
        else
        {
            Body(sb, site, coverage);
        }
        var meta = new PageMeta { Title = story.Title + " · " + runtime.Channel.Name, Path = Paths.Story(id), CurrentTag = story.Hashtag };
        return PageResults.Page(site, meta, sb.ToString());
    }

    private static void Body(StringBuilder sb, SiteContext site, RankedStory coverage)
    {
        var reports = coverage.Reports.Count;
        sb.Append("<p class=\"meta\" data-part=\"coverage-summary\">")
          .Append(reports.ToString(CultureInfo.InvariantCulture)).Append(reports == 1 ? " report" : " reports").Append(" from ")
          .Append(coverage.OutletCount.ToString(CultureInfo.InvariantCulture)).Append(coverage.OutletCount == 1 ? " outlet" : " outlets").Append("</p>\n");
        CoverageHtml.FirstReport(sb, site, coverage.FirstReport);
        sb.Append("<section aria-labelledby=\"outlets\"><h2 id=\"outlets\">Outlets</h2>\n");
        CoverageHtml.Outlets(sb, site, coverage.Reports);
        sb.Append("</section>\n<section aria-labelledby=\"timeline\"><h2 id=\"timeline\">Timeline</h2>\n");
        CoverageHtml.Timeline(sb, site, coverage.Reports);
        sb.Append("</section>\n");
    }
}
