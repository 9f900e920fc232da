using Masthead.Storage.Reading;
using Masthead.Web.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Masthead.Web.Syndication;

/// <summary>Outgoing feeds in three formats for the channel (/rss.xml), each hashtag (/tag/x/rss.xml) and each outlet.</summary>
public static class FeedEndpoints
{
    private const int Items = 50;
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);

    private static readonly (string File, string ContentType, Func<FeedChannel, string> Write)[] Formats =
    [
        ("rss.xml", "application/rss+xml; charset=utf-8", RssWriter.Write),
        ("atom.xml", "application/atom+xml; charset=utf-8", AtomWriter.Write),
        ("feed.json", "application/feed+json; charset=utf-8", JsonFeedWriter.Write),
    ];

    public static IEndpointRouteBuilder MapOutgoingFeeds(this IEndpointRouteBuilder app)
    {
        foreach (var (file, type, write) in Formats)
        {
            app.MapGet("/" + file, (SiteRuntime r) => Serve(r, new ArticleFilter(), "", r.Channel.Name, type, write)).ExcludeFromDescription();
            app.MapGet("/tag/{tag}/" + file, (SiteRuntime r, string tag) =>
                Serve(r, new ArticleFilter { Tag = tag }, Paths.Tag(tag), $"{ArticleFilter.NormalizeTag(tag)} · {r.Channel.Name}", type, write)).ExcludeFromDescription();
            app.MapGet("/outlet/{name}/" + file, (SiteRuntime r, string name) =>
                Serve(r, new ArticleFilter { Outlet = Uri.UnescapeDataString(name) }, Paths.Outlet(Uri.UnescapeDataString(name)), $"{Uri.UnescapeDataString(name)} · {r.Channel.Name}", type, write)).ExcludeFromDescription();
        }
        return app;
    }

    private static async Task<IResult> Serve(SiteRuntime runtime, ArticleFilter filter, string scopePath, string title, string type, Func<FeedChannel, string> write)
    {
        var key = $"feed:{type}:{scopePath}";
        var body = await runtime.CachedAsync(key, Freshness, async () =>
        {
            var page = await runtime.Store.ListArticlesAsync(filter with { Limit = Items, WithTotal = false }).ConfigureAwait(false);
            if (page.Items.Count == 0 && scopePath.Length > 0)
            {
                return "";
            }
            var channel = runtime.Channel;
            var feed = new FeedChannel(title, channel.Tagline, channel.Language, Paths.Absolute(channel.BaseUrl, scopePath.Length > 0 ? scopePath : "/"),
                Paths.Absolute(channel.BaseUrl, scopePath + "/"), page.Items.Count > 0 ? page.Items.Max(a => a.SortTime) : DateTimeOffset.UtcNow,
                [.. page.Items.Select(a => FeedItem.From(a, channel.BaseUrl))]);
            return write(feed);
        }).ConfigureAwait(false);
        return body.Length == 0 ? Results.NotFound() : Results.Text(body, type);
    }
}
