using AngleSharp.Html.Dom;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Model;
using Masthead.Storage;

namespace Masthead.Site.Tests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (any free port) over a temporary store seeded through SqliteStore,
/// and a real HttpClient. Shared by the site tests of one collection.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Published = new(2026, 11, 20, 15, 30, 0, TimeSpan.Zero);

    private readonly TestSite _site = new("site");

    public SqliteStore Store => _site.Store;

    public HttpClient Client => _site.Client;

    public string BaseAddress => _site.BaseAddress;

    public ChannelOptions Channel { get; } = new()
    {
        Name = "The Test Gazette",
        Hometown = "Remer,MN",
        TimeZone = "America/Chicago",
        Sponsors = [new SponsorSlot { Link = "https://sponsor.example/", Short = "Short ad", Medium = "Medium ad text", Long = "The long sponsor text" }],
    };

    public Article Full { get; private set; } = null!;

    public Article ExcerptOnly { get; private set; } = null!;

    public Article Hostile { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Seed();
        await _site.StartAsync(Channel);
    }

    private async Task Seed()
    {
        var wire = await Store.UpsertSourceAsync(new Source { FeedUrl = "https://wire.example/feed", Name = "Alpha Wire", IconUrl = "https://wire.example/icon.png" });
        var paywalled = await Store.UpsertSourceAsync(new Source { FeedUrl = "https://beta.example/feed", Name = "Beta Times", FullText = false });
        Full = await Store.SaveArticleAsync(new Article
        {
            SourceId = wire.Id,
            Outlet = "Alpha Wire",
            Url = "https://wire.example/2026/senate-budget?utm=x",
            CanonicalUrl = "https://wire.example/2026/senate-budget",
            Title = "Senate passes the budget bill",
            Author = "Jo Reporter",
            Published = Published,
            FetchedAt = Published.AddMinutes(5),
            Image = "https://wire.example/img/senate.jpg",
            ImageAlt = "The Senate chamber",
            Excerpt = "The senate voted late at night.",
            Text = "The senate voted late at night.\nThe bill now goes to the house.",
            Html = "<p>The senate voted late at night.</p><p>The bill now goes to the house.</p>",
            Hashtag = "#politics",
            StoryId = "budget-1",
        });
        ExcerptOnly = await Store.SaveArticleAsync(new Article
        {
            SourceId = paywalled.Id,
            Outlet = "Beta Times",
            Url = "https://beta.example/markets",
            CanonicalUrl = "https://beta.example/markets",
            Title = "Markets rally on budget news",
            Published = Published.AddHours(1),
            FetchedAt = Published.AddHours(1),
            Image = "https://beta.example/m.jpg",
            Excerpt = "Stocks rose after the vote.",
            Text = "Stocks rose after the vote. SECRET-PAYWALLED-PARAGRAPH",
            Html = "<p>Stocks rose after the vote.</p><p>SECRET-PAYWALLED-PARAGRAPH</p>",
            FullTextAllowed = false,
            Hashtag = "#economy",
            StoryId = "budget-1",
        });
        Hostile = await Store.SaveArticleAsync(new Article
        {
            Outlet = "Evil <b>Outlet</b>",
            Url = "https://evil.example/x",
            CanonicalUrl = "https://evil.example/x",
            Title = "<script>alert('title')</script> Hostile headline",
            Author = "<img src=x onerror=alert(1)>",
            Published = Published.AddHours(2),
            FetchedAt = Published.AddHours(2),
            Excerpt = "<script>alert('excerpt')</script>",
            Text = "Hostile text",
            Html = "<p onclick=\"alert(1)\">Hostile body</p><script>alert('body')</script><img src=\"javascript:alert(1)\" onerror=\"alert(2)\">",
            Hashtag = "#crime",
        });
    }

    public Task<IHtmlDocument> Page(string path) => _site.Page(path);

    public static string ArticlePath(Article a) => Web.Rendering.Paths.Article(a.Id, a.Title);

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
