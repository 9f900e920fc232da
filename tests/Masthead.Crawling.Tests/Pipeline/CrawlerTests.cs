using Masthead.Crawling.Adapters;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Fetching;
using Masthead.Crawling.Pipeline;
using Masthead.Crawling.Tests.Support;

namespace Masthead.Crawling.Tests.Pipeline;

/// <summary>The refresh pipeline with canned responses: what is stored, what is refused, what is recorded.</summary>
public class CrawlerTests
{
    private const string Feed = "https://news.example/feed.xml";
    private const string Html = "text/html; charset=utf-8";

    private static (Crawler Crawler, InMemoryCrawlStore Store) Build(MapHandler handler, Action<SourceOptions>? configure = null)
    {
        var source = new SourceOptions { FeedUrl = Feed, Name = "Example News" };
        configure?.Invoke(source);
        var channel = new ChannelOptions { Sources = [source] };
        channel.Crawler.MinDelayPerHostMs = 0;
        var store = new InMemoryCrawlStore();
        return (new Crawler(channel, store, DefaultCrawlComponents.Create(channel), handler), store);
    }

    [Fact]
    public async Task NewEntry_IsFetchedExtractedEnrichedAndStored_ThenKnown()
    {
        var handler = new MapHandler()
            .Add(Feed, "application/rss+xml", TestPages.Rss(("Budget passes", "https://news.example/a.html", "Teaser")))
            .Add("https://news.example/a.html", Html, TestPages.Article("Budget passes", "the budget"));
        var (crawler, store) = Build(handler);
        using var _ = crawler;

        var first = await crawler.RefreshAllAsync(force: true, CancellationToken.None);
        var second = await crawler.RefreshAllAsync(force: true, CancellationToken.None);

        var article = Assert.Single(store.Articles);
        Assert.False(article.FromFeedOnly, article.PageError);
        Assert.Equal("Budget passes", article.Title);
        Assert.Equal("Example News", article.Outlet);
        Assert.Contains("officials said on Friday", article.Text);
        Assert.NotNull(article.Hashtag);
        Assert.NotNull(article.SummaryShort);
        Assert.NotNull(article.StoryId);
        Assert.Equal((1, 1, 0), (first.ArticlesStored, first.NewEntries, second.NewEntries));
        Assert.Single(handler.Requests, "https://news.example/a.html");
    }

    [Fact]
    public async Task EntryListedTwiceInOneFeed_IsProcessedOnce()
    {
        var handler = new MapHandler()
            .Add(Feed, "application/rss+xml", TestPages.Rss(("Budget passes", "https://news.example/a.html", "Teaser"), ("Budget passes", "https://news.example/a.html", "Teaser")))
            .Add("https://news.example/a.html", Html, TestPages.Article("Budget passes", "the budget"));
        var (crawler, store) = Build(handler);
        using var _ = crawler;

        var report = await crawler.RefreshAllAsync(force: true, CancellationToken.None);

        Assert.Single(store.Articles);
        Assert.Equal(1, report.NewEntries);
        Assert.Single(handler.Requests, "https://news.example/a.html");
    }

    public static TheoryData<string, string, string> HostileLinks => new()
    {
        { "loopback", "http://127.0.0.1/admin", "not a public address" },
        { "cloud metadata", "http://169.254.169.254/latest/meta-data/", "not a public address" },
        { "localhost name", "http://localhost:8080/", "loopback name" },
        { "file scheme", "file:///etc/passwd", "unsupported scheme" },
    };

    [Theory]
    [MemberData(nameof(HostileLinks))]
    public async Task HostileEntryLink_IsNeverRequested_AndTheFeedContentIsKept(string name, string link, string reason)
    {
        var handler = new MapHandler().Add(Feed, "application/rss+xml", TestPages.Rss(("Hostile " + name, link, "<p>The feed's own words</p>")));
        var (crawler, store) = Build(handler);
        using var _ = crawler;

        await crawler.RefreshAllAsync(force: true, CancellationToken.None);

        var article = Assert.Single(store.Articles);
        Assert.True(article.FromFeedOnly, name);
        Assert.Contains(reason, article.PageError);
        Assert.Equal("The feed's own words", article.Text);
        Assert.Equal([Feed], handler.Requests.ToArray());
    }

    [Fact]
    public async Task RobotsDisallowedPage_IsNotFetched_AndTheFeedContentIsKept()
    {
        var handler = new MapHandler()
            .Add(Feed, "application/rss+xml", TestPages.Rss(("Open", "https://news.example/a.html", "a"), ("Closed", "https://news.example/private/b.html", "<p>b teaser</p>")))
            .Add("https://news.example/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
            .Add("https://news.example/a.html", Html, TestPages.Article("Open", "the harbour"))
            .Add("https://news.example/private/b.html", Html, TestPages.Article("Closed", "the secret"));
        var (crawler, store) = Build(handler);
        using var _ = crawler;

        var report = await crawler.RefreshAllAsync(force: true, CancellationToken.None);

        Assert.DoesNotContain("https://news.example/private/b.html", handler.Requests);
        var closed = Assert.Single(store.Articles, a => a.Title == "Closed");
        Assert.Equal("disallowed by the site's robots.txt", closed.PageError);
        Assert.Equal(1, report.RobotsBlocked);
        Assert.Contains(store.Fetches, f => f.Kind == FetchKinds.Robots && f.Status == 200);
    }

    [Fact]
    public async Task MissingPage_IsRecordedAsAMiss_WithTheFeedContentKept()
    {
        var handler = new MapHandler().Add(Feed, "application/rss+xml", TestPages.Rss(("Gone", "https://news.example/gone.html", "<p>What the feed said</p>")));
        var (crawler, store) = Build(handler);
        using var _ = crawler;

        await crawler.RefreshAllAsync(force: true, CancellationToken.None);

        var article = Assert.Single(store.Articles);
        Assert.StartsWith("HTTP 404", article.PageError);
        Assert.Equal("What the feed said", article.Text);
        Assert.Contains(store.Fetches, f => f.Kind == FetchKinds.Page && f.Status == 404 && f.Url == "https://news.example/gone.html");
    }

    [Theory]
    [InlineData("exclude drops the match", new string[0], new[] { "football" }, new[] { "Budget passes" })]
    [InlineData("include keeps only matches", new[] { "football" }, new string[0], new[] { "Football final" })]
    public async Task KeywordFilters_AreApplied(string name, string[] include, string[] exclude, string[] kept)
    {
        var handler = new MapHandler()
            .Add(Feed, "application/rss+xml", TestPages.Rss(("Budget passes", "https://news.example/a.html", "a"), ("Football final", "https://news.example/b.html", "b")))
            .Add("https://news.example/a.html", Html, TestPages.Article("Budget passes", "the budget"))
            .Add("https://news.example/b.html", Html, TestPages.Article("Football final", "the football match"));
        var (crawler, store) = Build(handler, s => { s.Include = [.. include]; s.Exclude = [.. exclude]; });
        using var _ = crawler;

        var report = await crawler.RefreshAllAsync(force: true, CancellationToken.None);

        Assert.True(kept.SequenceEqual(store.Articles.Select(a => a.Title)), name);
        Assert.Equal(1, report.Filtered);
    }

    [Fact]
    public async Task FilteredEntry_IsNotFetchedAgain_EvenAfterARestart()
    {
        var handler = new MapHandler()
            .Add(Feed, "application/rss+xml", TestPages.Rss(("Football final", "https://news.example/b.html", "b")))
            .Add("https://news.example/b.html", Html, TestPages.Article("Football final", "the football match"));
        var source = new SourceOptions { FeedUrl = Feed, Name = "Example News", Exclude = ["football"] };
        var channel = new ChannelOptions { Sources = [source] };
        channel.Crawler.MinDelayPerHostMs = 0;
        var store = new InMemoryCrawlStore();

        // Two crawler instances over one store stand for two runs of the process.
        for (var run = 0; run < 2; run++)
        {
            using var crawler = new Crawler(channel, store, DefaultCrawlComponents.Create(channel), handler);
            var report = await crawler.RefreshAllAsync(force: true, CancellationToken.None);
            Assert.Equal((run == 0 ? 1 : 0, run == 0 ? 1 : 0), (report.NewEntries, report.Filtered));
        }

        Assert.Empty(store.Articles);
        Assert.Equal(1, handler.Requests.Count(r => r.Contains("/b.html", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task NotAFeed_IsAnErrorOnTheSource_WithBackoff()
    {
        var handler = new MapHandler().Add(Feed, Html, "<html><body>This is a web page, not a feed.</body></html>");
        var (crawler, store) = Build(handler);
        using var _ = crawler;

        var report = await crawler.RefreshAllAsync(force: true, CancellationToken.None);

        var source = Assert.Single(await store.GetSourcesAsync());
        Assert.StartsWith("not a readable feed", source.State.LastError);
        Assert.Equal(1, source.State.ErrorCount);
        Assert.True(source.State.NextAttempt > DateTimeOffset.UtcNow);
        Assert.Single(report.Errors);
    }
}
