using System.Globalization;
using System.Text;
using Masthead.Storage.Reading;
using Masthead.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace Masthead.Web.Pages;

/// <summary>Hashtag and outlet pages: one filtered, paged list each, with their own feeds; the story route hands over to <see cref="StoryPage"/>.</summary>
public static class ListPages
{
    public const int PageSize = 30;

    public static Task<IResult> Tag(HttpContext http, SiteRuntime runtime, string tag)
    {
        var hashtag = ArticleFilter.NormalizeTag(tag) ?? "#other";
        var known = runtime.Channel.Hashtags.Contains(hashtag, StringComparer.OrdinalIgnoreCase);
        return List(http, runtime, new ArticleFilter { Tag = hashtag }, hashtag, Paths.Tag(hashtag), known, hashtag);
    }

    /// <summary>Routing leaves an escaped '/' (%2F) in the value; outlet names may contain one.</summary>
    public static Task<IResult> Outlet(HttpContext http, SiteRuntime runtime, string name) =>
        OutletList(http, runtime, Uri.UnescapeDataString(name));

    private static Task<IResult> OutletList(HttpContext http, SiteRuntime runtime, string name) =>
        List(http, runtime, new ArticleFilter { Outlet = name }, name, Paths.Outlet(name), known: false, currentTag: null);

    /// <summary>The story page is the full-coverage page (<see cref="StoryPage"/>); the route stays here.</summary>
    public static Task<IResult> Story(HttpContext http, SiteRuntime runtime, string id) => StoryPage.Handle(http, runtime, id);

    private static async Task<IResult> List(HttpContext http, SiteRuntime runtime, ArticleFilter filter, string heading, string path, bool known, string? currentTag)
    {
        var site = runtime.Context(http);
        var number = PageResults.PageNumber(http);
        var page = await runtime.Store.ListArticlesAsync(filter with { Limit = PageSize, Offset = (number - 1) * PageSize }).ConfigureAwait(false);
        if (page.Items.Count == 0 && (!known || number > 1))
        {
            return PageResults.NotFound(site, "That page");
        }
        var sb = new StringBuilder(16_000);
        sb.Append("<h1>").Append(Html.E(heading)).Append("</h1>\n<p class=\"meta\">")
          .Append(page.Total.ToString(CultureInfo.InvariantCulture)).Append(page.Total == 1 ? " article" : " articles");
        sb.Append(" · Follow: <a href=\"").Append(Html.E(path)).Append("/rss.xml\">RSS</a> <a href=\"").Append(Html.E(path))
          .Append("/atom.xml\">Atom</a> <a href=\"").Append(Html.E(path)).Append("/feed.json\">JSON Feed</a>");
        sb.Append("</p>\n");
        ArticleList.Render(sb, site, page.Items, images: true);
        Pager(sb, path + "?page=", number, page.Total, PageSize);
        var meta = new PageMeta { Title = heading + " · " + runtime.Channel.Name, Path = number > 1 ? $"{path}?page={number}" : path, CurrentTag = currentTag };
        return PageResults.Page(site, meta, sb.ToString());
    }

    /// <summary>Previous/next links; <paramref name="prefix"/> ends where the page number goes.</summary>
    public static void Pager(StringBuilder sb, string prefix, int number, long total, int size)
    {
        ArgumentNullException.ThrowIfNull(sb);
        sb.Append("<nav class=\"pager\" aria-label=\"Pages\">");
        sb.Append(number > 1 ? $"<a rel=\"prev\" href=\"{Html.E(prefix + (number - 1).ToString(CultureInfo.InvariantCulture))}\">← Newer</a>" : "<span></span>");
        sb.Append((long)number * size < total ? $"<a rel=\"next\" href=\"{Html.E(prefix + (number + 1).ToString(CultureInfo.InvariantCulture))}\">Older →</a>" : "<span></span>");
        sb.Append("</nav>\n");
    }
}
