using AngleSharp.Html.Dom;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Model;
using Masthead.Storage;
using Masthead.Web.Digest;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Site.Tests.Digest;

/// <summary>
/// A real Kestrel site with The Digest's schedule on a manual clock, over a store seeded through SqliteStore.
/// The channel is in Chicago (UTC-6 in November), every 3 hours: slots at 15:00, 18:00, 21:00 UTC on 20 November.
/// The clock starts at 18:10 UTC, so the service makes the 15:00 and 18:00 editions at start-up.
/// </summary>
public sealed class DigestFixture : IAsyncLifetime
{
    public const string FirstEdition = "2026-11-20T15Z";
    public const string SecondEdition = "2026-11-20T18Z";
    public const string ThirdEdition = "2026-11-20T21Z";
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 18, 10, 0, TimeSpan.Zero);

    private readonly TestSite _site = new("digest");

    public ManualClock Clock { get; } = new(Start);

    public SqliteStore Store => _site.Store;

    public HttpClient Client => _site.Client;

    public DigestMaker Maker { get; private set; } = null!;

    public ChannelOptions Channel { get; } = new() { Name = "The Test Gazette", TimeZone = "America/Chicago", Digest = new DigestOptions { EveryHours = 3, ItemsPerSection = 5 } };

    public Article Senate { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Seed();
        await _site.StartAsync(Channel, s => s.AddSingleton<TimeProvider>(Clock).AddDigestEditions());
        Maker = _site.Services.GetRequiredService<DigestMaker>();
        // Waits for the service's start-up run (the maker runs one at a time), which made the first two editions.
        await Maker.MakeDueAsync();
    }

    private async Task Seed()
    {
        var day = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        Senate = await Save("Alpha Wire", "Senate passes the budget bill", "#politics", day.AddHours(13), "budget-1",
            "The senate passed the budget bill late on Thursday night. The bill now goes to the house for a vote.");
        await Save("Beta Times", "House takes up the senate budget", "#politics", day.AddHours(14), "budget-1",
            "The house began its debate on the budget bill that the senate passed. A vote is expected next week.");
        await Save("Gamma News", "Home team wins the regional final", "#sports", day.AddHours(13.5), null,
            "The home team won the regional final by two goals on Thursday. Fans filled the square after the game.");
        await Save("Evil <b>Outlet</b>", "<script>alert('title')</script> Hostile headline", "#crime", day.AddHours(16), null,
            "<script>alert('excerpt')</script> Hostile excerpt text that goes on for a few words.");
        await Save("Delta Daily", "Storm reaches the coast", "#society", day.AddHours(17), null,
            "A winter storm reached the coast on Friday afternoon. Schools closed early across the county.");
        // Published in the third slot's period, after the clock's start: only in the edition made at 21:00.
        await Save("Delta Daily", "Storm moves inland overnight", "#society", day.AddHours(19), null,
            "The winter storm moved inland during the evening. Roads were closed across the north of the county.");
    }

    public Task<Article> Save(string outlet, string title, string hashtag, DateTimeOffset published, string? story, string excerpt)
    {
        var url = "https://news.example/" + Web.Rendering.Paths.Slug(title);
        return Store.SaveArticleAsync(new Article
        {
            Outlet = outlet,
            Url = url,
            CanonicalUrl = url,
            Title = title,
            Published = published,
            FetchedAt = published,
            Excerpt = excerpt,
            Text = excerpt,
            Html = "<p>" + System.Net.WebUtility.HtmlEncode(excerpt) + "</p>",
            Hashtag = hashtag,
            StoryId = story,
        });
    }

    public Task<IHtmlDocument> Page(string path) => _site.Page(path);

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DigestCollection : ICollectionFixture<DigestFixture>
{
    public const string Name = "digest";
}
