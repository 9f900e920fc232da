using Masthead.Crawling.Model;
using Masthead.Storage.Reading;

namespace Masthead.Storage.Tests;

public sealed class ReadingTests : IAsyncLifetime
{
    private readonly TempStore _temp = new();
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        var src = await Store.UpsertSourceAsync(TempStore.Source() with { IconUrl = "https://example.com/icon.png" });
        await Save("https://a.example/1", "Senate passes the budget bill", "The senate voted on the budget late at night.", "Alpha Wire", 1, "#politics", "s1", src.Id);
        await Save("https://b.example/2", "Budget vote: what it means", "Economists said the budget bill changes taxes.", "Beta Times", 2, "#economy", "s1", null);
        await Save("https://b.example/3", "Local team wins the cup", "Fans cheered as the team won the final match.", "Beta Times", 3, "#sports", "s2", null);
        await Save("https://a.example/4", "Storm hits the coast", "A storm with strong winds hit the coast on Sunday.", "Alpha Wire", 4, "#other", null, src.Id);
        await Store.SaveArticleAsync(TempStore.Article("https://a.example/dup", "Storm hits the coast again", outlet: "Alpha Wire") with { DuplicateOf = 4 });
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    private SqliteStore Store => _temp.Store;

    private Task<Article> Save(string url, string title, string text, string outlet, int hour, string tag, string? story, long? source) =>
        Store.SaveArticleAsync(TempStore.Article(url, title, text, outlet, T0.AddHours(hour), tag) with { StoryId = story, SourceId = source });

    public static TheoryData<string, ArticleFilter, string[], long> Filters => new()
    {
        { "newest first, duplicates hidden", new ArticleFilter(), ["https://a.example/4", "https://b.example/3", "https://b.example/2", "https://a.example/1"], 4 },
        { "by outlet, any case", new ArticleFilter { Outlet = "beta times" }, ["https://b.example/3", "https://b.example/2"], 2 },
        { "by tag without #", new ArticleFilter { Tag = "economy" }, ["https://b.example/2"], 1 },
        { "by story", new ArticleFilter { StoryId = "s1" }, ["https://b.example/2", "https://a.example/1"], 2 },
        { "by url finds duplicates too", new ArticleFilter { Url = "https://a.example/dup" }, ["https://a.example/dup"], 1 },
        { "paged", new ArticleFilter { Limit = 2, Offset = 1 }, ["https://b.example/3", "https://b.example/2"], 4 },
        { "time window (from exclusive, until inclusive)", new ArticleFilter { NewerThan = T0.AddHours(1), Until = T0.AddHours(3) }, ["https://b.example/3", "https://b.example/2"], 2 },
        { "after a cursor", new ArticleFilter { After = new ArticleSummary { Id = 3, Url = "https://b.example/3", Title = "t", Outlet = "Beta Times", SortTime = T0.AddHours(3) } }, ["https://b.example/2", "https://a.example/1"], 2 },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task ListArticles_Filters(string name, ArticleFilter filter, string[] urls, long total)
    {
        Assert.NotEmpty(name);
        var page = await Store.ListArticlesAsync(filter);
        Assert.Equal(urls, page.Items.Select(a => a.Url));
        Assert.Equal(total, page.Total);
    }

    [Fact]
    public async Task ListArticles_CarriesTheSourceIcon()
    {
        var page = await Store.ListArticlesAsync(new ArticleFilter { Url = "https://a.example/1" });
        Assert.Equal("https://example.com/icon.png", Assert.Single(page.Items).IconUrl);
    }

    public static TheoryData<string, string, string[]> Searches => new()
    {
        { "word", "budget", ["https://a.example/1", "https://b.example/2"] },
        { "duplicates are searchable", "storm", ["https://a.example/4", "https://a.example/dup"] },
        { "phrase", "\"bill changes\"", ["https://b.example/2"] },
        { "phrase in title", "\"passes the budget\"", ["https://a.example/1"] },
        { "outlet filter", "budget outlet:\"Beta Times\"", ["https://b.example/2"] },
        { "tag filter", "budget tag:politics", ["https://a.example/1"] },
        { "filter only", "tag:sports", ["https://b.example/3"] },
        { "stemming", "cheering fan", ["https://b.example/3"] },
        { "fts syntax is text", "budget OR NEAR( *", [] },
        { "nothing", "   ", [] },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task Search_FindsAndRanks(string name, string query, string[] urls)
    {
        Assert.NotEmpty(name);
        var page = await Store.SearchAsync(query);
        Assert.Equal(urls.Order(), page.Items.Select(h => h.Article.Url).Order());
        Assert.Equal(urls.Length, page.Total);
    }

    [Fact]
    public async Task Search_MarksMatchesInTitleAndSnippet()
    {
        var hit = Assert.Single((await Store.SearchAsync("cup")).Items);
        Assert.Equal("Local team wins the \u0002cup\u0003", hit.TitleMarked);
        var hit2 = Assert.Single((await Store.SearchAsync("cheered")).Items);
        Assert.Contains("\u0002cheered\u0003", hit2.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_RanksTitleMatchesFirst()
    {
        await Store.SaveArticleAsync(TempStore.Article("https://z.example/text", "Daily notes", "A zebra here, a zebra there, zebra everywhere."));
        await Store.SaveArticleAsync(TempStore.Article("https://z.example/title", "Zebra sighting", "Nothing else to say about it today."));
        var hits = (await Store.SearchAsync("zebra")).Items;
        Assert.Equal(["https://z.example/title", "https://z.example/text"], hits.Select(h => h.Article.Url));
        Assert.True(hits[0].Rank < hits[1].Rank);
    }

    [Fact]
    public async Task Search_Pages()
    {
        var first = await Store.SearchAsync("budget", limit: 1, offset: 0);
        var second = await Store.SearchAsync("budget", limit: 1, offset: 1);
        Assert.Equal(2, first.Total);
        Assert.NotEqual(first.Items[0].Article.Id, second.Items[0].Article.Id);
    }

    [Fact]
    public async Task Search_SeesUpdatedText()
    {
        await Save("https://b.example/3", "Local team wins the cup", "Now about zebras.", "Beta Times", 3, "#sports", "s2", null);
        Assert.Empty((await Store.SearchAsync("cheered")).Items);
        Assert.Single((await Store.SearchAsync("zebras")).Items);
    }

    [Fact]
    public async Task Stories_NewestFirstWithCountsAndLead()
    {
        var stories = await Store.GetNewestStoriesAsync(10);
        Assert.Equal(["s2", "s1"], stories.Select(s => s.Id));
        var s1 = await Store.GetStoryAsync("s1");
        Assert.Equal(2, s1!.ArticleCount);
        Assert.Equal("https://a.example/1", s1.Lead.Url);
        Assert.Equal(T0.AddHours(1), s1.FirstSeen);
        Assert.Equal(T0.AddHours(2), s1.LastSeen);
        Assert.Null(await Store.GetStoryAsync("nope"));
    }

    [Fact]
    public async Task HashtagsAndOutlets_Counted()
    {
        var tags = await Store.GetHashtagsAsync();
        Assert.Equal(new NameCount("#politics", 2), tags[0]);
        var outlets = await Store.GetOutletsAsync();
        Assert.Equal([new NameCount("Alpha Wire", 3, "https://example.com/icon.png"), new NameCount("Beta Times", 2)], outlets);
    }

    [Fact]
    public async Task SourceHealth_AndCounts()
    {
        var source = (await Store.GetSourcesAsync())[0];
        await Store.RecordFetchAsync(new FetchRecord { SourceId = source.Id, Url = source.FeedUrl, Kind = "feed", Status = 200, Duration = TimeSpan.FromMilliseconds(10), StartedAt = T0 });
        await Store.RecordFetchAsync(new FetchRecord { SourceId = source.Id, Url = source.FeedUrl, Kind = "feed", Status = 500, Error = "HTTP 500", Duration = TimeSpan.FromMilliseconds(30), StartedAt = T0.AddMinutes(1) });
        await Store.SaveSourceStateAsync(source.Id, new SourceState { LastFetched = T0, ErrorCount = 1, LastError = "HTTP 500" });
        var health = Assert.Single(await Store.GetSourceHealthAsync());
        Assert.Equal((2L, 2L, 1L, 500, 30.0, "failing"), (health.Articles, health.Fetches, health.Failures, health.LastStatus, health.LastDurationMs, health.Status));
        var counts = await Store.GetCountsAsync();
        Assert.Equal((5L, 1L, 2L), (counts.Articles, counts.Sources, counts.Stories));
        Assert.Equal(new FetchTotals("feed", 2, 1, 40), Assert.Single(counts.Fetches));
        var rowsOnly = await Store.GetCountsAsync(withFetches: false);
        Assert.Equal((5L, 1L, 2L), (rowsOnly.Articles, rowsOnly.Sources, rowsOnly.Stories));
        Assert.Empty(rowsOnly.Fetches);
    }

    [Fact]
    public async Task Digests_LatestEdition()
    {
        Assert.Null(await Store.GetLatestDigestAsync());
        await Store.SaveDigestAsync("2026-11-27T06", "Morning", "<p>a</p>", "{}", T0);
        await Store.SaveDigestAsync("2026-11-27T09", "Midday", "<p>b</p>", "{}", T0.AddHours(3));
        Assert.Equal("Midday", (await Store.GetLatestDigestAsync())!.Value.Title);
    }
}
