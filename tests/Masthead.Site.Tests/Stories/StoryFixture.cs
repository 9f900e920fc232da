using AngleSharp.Html.Dom;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Model;
using Masthead.Storage;

namespace Masthead.Site.Tests.Stories;

/// <summary>
/// A real Kestrel site over a store seeded relative to the wall clock (the site's pages read the time of
/// the request), with stories chosen to separate outlets from recency:
/// <list type="bullet">
/// <item>"wide": three outlets, published 3 h, 2.5 h and 2 h ago (score 3 x 2^(-2/6) ~ 2.4);</item>
/// <item>"fresh-single": one outlet, 1 h ago (~0.89);</item>
/// <item>"old-wide": three outlets, two days ago (~0.01);</item>
/// <item>an undated page found just now, outside any story (ranked by its fetch time, ~1.0);</item>
/// <item>"mixed": a dated report 5 h ago and an undated one; "nodate": one undated report.</item>
/// </list>
/// </summary>
public sealed class StoryFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private readonly TestSite _site = new("stories");

    public SqliteStore Store => _site.Store;

    public HttpClient Client => _site.Client;

    public Dictionary<string, Article> Articles { get; } = [];

    public async Task InitializeAsync()
    {
        await Seed();
        var channel = new ChannelOptions { Name = "The Story Gazette", Hometown = "Remer,MN", TimeZone = "UTC" };
        await _site.StartAsync(channel);
    }

    private async Task Seed()
    {
        // Saved out of publication order on purpose: the timeline must sort by publication time, not by id.
        await Save("wide-gamma", "Gamma Post", "Bridge reopens after repairs, city says", "wide", Now.AddHours(-2));
        await Save("wide-alpha", "Alpha Wire", "Bridge to reopen on Monday", "wide", Now.AddHours(-3));
        await Save("wide-beta", "Beta Times", "Commuters cheer as the bridge reopens", "wide", Now.AddHours(-2.5));
        await Save("fresh-single", "Alpha Wire", "Council names a new clerk", "fresh-single", Now.AddHours(-1));
        await Save("old-alpha", "Alpha Wire", "Storm closes schools", "old-wide", Now.AddDays(-2.2));
        await Save("old-beta", "Beta Times", "Schools shut as the storm hits", "old-wide", Now.AddDays(-2.1));
        await Save("old-gamma", "Gamma Post", "Storm: what parents need to know", "old-wide", Now.AddDays(-2));
        await Save("undated", "Delta News", "An old evergreen page with no date", null, null);
        await Save("mixed-dated", "Alpha Wire", "Library extends its hours", "mixed", Now.AddHours(-5));
        await Save("mixed-undated", "Delta News", "Library hours: the full list", "mixed", null);
        await Save("nodate", "Delta News", "Museum page without any date", "nodate", null);
    }

    private async Task Save(string key, string outlet, string title, string? story, DateTimeOffset? published)
    {
        var url = "https://" + outlet.Replace(' ', '-').ToLowerInvariant() + ".example/" + key;
        Articles[key] = await Store.SaveArticleAsync(new Article
        {
            Outlet = outlet,
            Url = url,
            CanonicalUrl = url,
            Title = title,
            Published = published,
            FetchedAt = Now,
            Excerpt = title + ".",
            Text = title + ".",
            Html = "<p>" + title + ".</p>",
            Hashtag = "#local",
            StoryId = story,
        });
    }

    public Task<IHtmlDocument> Page(string path) => _site.Page(path);

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
    }
}
