using Masthead.Web.Api;
using Masthead.Web.Digest;
using Masthead.Web.Health;
using Masthead.Web.Media;
using Masthead.Web.Online;
using Masthead.Web.Pages;
using Masthead.Web.Security;
using Masthead.Web.Seo;
using Masthead.Web.Syndication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Masthead.Web;

/// <summary>
/// Composes the web host: each feature registers itself through one AddXxx/MapXxx extension, in the
/// order a request meets them (security headers, online counter, pages, feeds, SEO files, API, health).
/// </summary>
public static class SiteHost
{
    public static WebApplication Build(SiteHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        if (options.Logging)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
                .AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        }
        builder.Services.AddSingleton(options.Channel);
        builder.Services.AddSingleton(options.Store);
        builder.Services.AddOnlineCounter();
        builder.Services.AddMedia(options.Channel, options.Store, options.MediaHandler);
        builder.Services.AddSingleton<SiteRuntime>();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Masthead API";
            doc.Info.Description = "Articles, search, sources and hashtags of " + options.Channel.Name + ".";
            return Task.CompletedTask;
        }));
        options.ConfigureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseOnlineCounter();
        app.MapOpenApi();
        app.MapMastheadApi();
        app.MapHealth();
        app.MapOutgoingFeeds();
        app.MapSeo();
        app.MapDigest();
        app.MapMedia();
        app.MapSitePages();
        return app;
    }

    /// <summary>The addresses Kestrel actually listens on (with port 0 resolved), once started.</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
    }
}
