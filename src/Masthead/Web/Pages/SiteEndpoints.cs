using Masthead.Web.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Masthead.Web.Pages;

/// <summary>Maps the HTML pages, the theme switch, the static assets and the 404 fallback.</summary>
public static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSitePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", FrontPage.Handle).ExcludeFromDescription();
        app.MapGet("/article/{id:long}/{slug?}", (HttpContext http, SiteRuntime runtime, long id) => ArticlePage.Handle(http, runtime, id)).ExcludeFromDescription();
        app.MapGet("/tag/{tag}", ListPages.Tag).ExcludeFromDescription();
        app.MapGet("/outlet/{name}", ListPages.Outlet).ExcludeFromDescription();
        app.MapGet("/story/{id}", ListPages.Story).ExcludeFromDescription();
        app.MapGet("/search", SearchPage.Handle).ExcludeFromDescription();
        app.MapGet("/sources", SourcesPage.Handle).ExcludeFromDescription();
        app.MapGet("/theme", Theme).ExcludeFromDescription();
        app.MapGet("/site.css", () => Asset("site.css", "text/css; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/favicon.svg", () => Asset("favicon.svg", "image/svg+xml")).ExcludeFromDescription();
        app.MapFallback((HttpContext http, SiteRuntime runtime) => PageResults.NotFound(runtime.Context(http))).ExcludeFromDescription();
        return app;
    }

    /// <summary>Stores the reader's theme choice in a cookie and returns to the page (only local paths).</summary>
    private static IResult Theme(HttpContext http, string? set, string? back)
    {
        if (set is "light" or "dark")
        {
            http.Response.Cookies.Append(SiteContext.ThemeCookie, set, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
        }
        else
        {
            http.Response.Cookies.Delete(SiteContext.ThemeCookie);
        }
        var local = back is { Length: > 0 } b && b[0] == '/' && !b.StartsWith("//", StringComparison.Ordinal) && !b.StartsWith("/\\", StringComparison.Ordinal);
        return Results.Redirect(local ? back! : "/");
    }

    private static IResult Asset(string name, string contentType)
    {
        var bytes = AssetCache.Get(name);
        return Results.Bytes(bytes, contentType);
    }
}
