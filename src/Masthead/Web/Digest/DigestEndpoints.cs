using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Masthead.Web.Digest;

/// <summary>
/// The Digest on the site: the edition pages, the archive, the RSS feed of editions and the e-mail renderings
/// (MapDigest), and the scheduled making of editions (AddDigestEditions, registered by `serve`).
/// </summary>
public static class DigestEndpoints
{
    public static IServiceCollection AddDigestEditions(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DigestMaker>();
        services.AddHostedService<DigestService>();
        return services;
    }

    public static IEndpointRouteBuilder MapDigest(this IEndpointRouteBuilder app)
    {
        app.MapGet("/digest", DigestPages.Latest).ExcludeFromDescription();
        app.MapGet("/digest/archive", DigestPages.Archive).ExcludeFromDescription();
        app.MapGet("/digest/feed.xml", DigestFeed.Handle).ExcludeFromDescription();
        app.MapGet("/digest/{id}", DigestPages.Edition).ExcludeFromDescription();
        app.MapGet("/digest/{id}/email.html", DigestPages.EmailHtml).ExcludeFromDescription();
        app.MapGet("/digest/{id}/email.txt", DigestPages.EmailText).ExcludeFromDescription();
        return app;
    }
}
