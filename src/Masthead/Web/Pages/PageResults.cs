using Masthead.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace Masthead.Web.Pages;

/// <summary>How page handlers answer: a laid-out HTML page, or the site's 404 page.</summary>
public static class PageResults
{
    public static IResult Page(SiteContext site, PageMeta meta, string main, int status = StatusCodes.Status200OK) =>
        Results.Content(Layout.Render(site, meta, main), "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    public static IResult NotFound(SiteContext site, string what = "That page")
    {
        var main = $"""
            <h1>Not found</h1>
            <p>{Html.E(what)} is not here. It may have been removed, or the link may be mistyped.</p>
            <p><a href="/">Back to the front page</a> or <a href="/search">search the archive</a>.</p>
            """;
        return Page(site, new PageMeta { Title = "Not found · " + site.Channel.Name, Path = site.Path, NoIndex = true }, main, StatusCodes.Status404NotFound);
    }

    /// <summary>The highest ?page= honoured: past it a list's OFFSET would step over a million rows for one request.</summary>
    private const int MaxPageNumber = 10_000;

    /// <summary>The page number from ?page=, at least 1.</summary>
    public static int PageNumber(HttpContext http) =>
        int.TryParse(http?.Request.Query["page"], System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 1 ? Math.Min(n, MaxPageNumber) : 1;
}
