using Masthead.Crawling.Channel;
using Masthead.Crawling.Fetching;
using Masthead.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Web.Media;

/// <summary>GET /media?u=URL&amp;s=SIGNATURE: every image on our pages comes from our own origin.</summary>
public static class MediaEndpoints
{
    /// <summary>The signer (key in the data folder) and the cache (under &lt;data&gt;/media), fetching through <paramref name="handler"/> or the guarded network handler.</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services, ChannelOptions channel, SqliteStore store, HttpMessageHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(store);
        var folder = Path.GetDirectoryName(Path.GetFullPath(store.DatabasePath)) ?? ".";
        services.AddSingleton(MediaSigner.ForFolder(folder));
        services.AddSingleton(_ => new MediaCache(
            new Fetcher(handler ?? CrawlerHttpHandler.Create(channel.Crawler), channel.Crawler, disposeHandler: handler is null),
            Path.Combine(folder, "media")));
        return services;
    }

    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet(MediaSigner.Path, Handle);
        return app;
    }

    private static async Task<IResult> Handle(HttpContext http, MediaSigner signer, MediaCache cache)
    {
        var url = http.Request.Query["u"].ToString();
        if (!signer.Verify(url, http.Request.Query["s"].ToString()) || !Core.Html.Urls.IsHttp(url))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        var item = await cache.GetAsync(url, http.RequestAborted).ConfigureAwait(false);
        if (item.Error is not null)
        {
            return Results.NotFound();
        }
        // The URL names the image for good (a new image is a new URL), so clients may keep it a year.
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(item.Body, item.ContentType);
    }
}
