using Masthead.Crawling.Model;

namespace Masthead.Storage.Tests;

public sealed class ArticleStoreTests
{
    [Fact]
    public async Task Save_AssignsIdAndRoundTripsEveryField()
    {
        using var temp = new TempStore();
        var article = TempStore.Article("https://example.com/full") with
        {
            Author = "Jo Writer",
            Modified = new DateTimeOffset(2026, 11, 1, 13, 0, 0, TimeSpan.Zero),
            Image = "https://example.com/i.jpg",
            ImageAlt = "alt",
            ImageCaption = "caption",
            SiteName = "Example",
            Language = "en",
            Excerpt = "Excerpt.",
            FromFeedOnly = true,
            PageError = "HTTP 404",
            FullTextAllowed = false,
            ContentHash = "h1",
            DuplicateOf = 7,
            Entities = [new ArticleEntity("Paris", "place", 48.85, 2.35)],
            SummaryShort = "Short.",
            SummaryLong = "Long.",
            StoryId = "s1",
            EntryIdentity = "guid-1",
        };
        var saved = await temp.Store.SaveArticleAsync(article);
        Assert.True(saved.Id > 0);
        var read = await temp.Store.GetArticleAsync(saved.Id);
        Assert.NotNull(read);
        Assert.Equivalent(article with { Id = saved.Id }, read, strict: true);
    }

    [Fact]
    public async Task Save_SameCanonicalUrl_UpdatesTheSameRow()
    {
        using var temp = new TempStore();
        var first = await temp.Store.SaveArticleAsync(TempStore.Article("https://example.com/x", title: "Old"));
        var second = await temp.Store.SaveArticleAsync(TempStore.Article("https://example.com/x", title: "New"));
        Assert.Equal(first.Id, second.Id);
        Assert.Equal("New", (await temp.Store.FindByCanonicalUrlAsync("https://example.com/x"))!.Title);
    }

    [Fact]
    public async Task KnownEntries_AnswersForAWholeFeedAtOnce()
    {
        using var temp = new TempStore();
        var a = await temp.Store.UpsertSourceAsync(TempStore.Source("https://a.example/feed"));
        string[] stored = ["tag:a.example,2026:1", "https://a.example/\"quoted\"?x=1&y=2", "ünïcode-guid"];
        foreach (var (identity, i) in stored.Select((id, i) => (id, i)))
        {
            await temp.Store.SaveArticleAsync(TempStore.Article($"https://a.example/{i}") with { SourceId = a.Id, EntryIdentity = identity });
        }
        await temp.Store.MarkEntrySkippedAsync(a.Id, "skipped");
        var asked = stored.Concat(["skipped", "new-1", "new-2"]).Concat(Enumerable.Range(0, 5000).Select(i => $"bulk-{i}")).ToList();

        var known = await temp.Store.KnownEntriesAsync(a.Id, asked);

        Assert.Equal(stored.Append("skipped").Order(StringComparer.Ordinal), known.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SavedInABatch_EntriesAreKnownAndStoriesKept()
    {
        using var temp = new TempStore();
        var a = await temp.Store.UpsertSourceAsync(TempStore.Source("https://a.example/feed"));
        var written = await temp.Store.SaveArticlesAsync([
            TempStore.Article("https://a.example/1") with { SourceId = a.Id, EntryIdentity = "guid-1", StoryId = "s1" },
            TempStore.Article("https://a.example/2") with { SourceId = a.Id, EntryIdentity = "guid-2", StoryId = "s1" },
        ]);

        Assert.Equal(2, written);
        Assert.Equal(2, (await temp.Store.KnownEntriesAsync(a.Id, ["guid-1", "guid-2"])).Count);
        Assert.Equal(2, Assert.Single(await temp.Store.GetNewestStoriesAsync(10)).ArticleCount);
    }

    [Fact]
    public async Task KnownEntries_ArePerSource()
    {
        using var temp = new TempStore();
        var a = await temp.Store.UpsertSourceAsync(TempStore.Source("https://a.example/feed"));
        var b = await temp.Store.UpsertSourceAsync(TempStore.Source("https://b.example/feed"));
        await temp.Store.SaveArticleAsync(TempStore.Article("https://a.example/1") with { SourceId = a.Id, EntryIdentity = "guid-1" });
        Assert.True((await temp.Store.KnownEntriesAsync(a.Id, ["guid-1"])).Contains("guid-1"));
        Assert.False((await temp.Store.KnownEntriesAsync(b.Id, ["guid-1"])).Contains("guid-1"));
        Assert.False((await temp.Store.KnownEntriesAsync(a.Id, ["guid-2"])).Contains("guid-2"));
    }

    [Fact]
    public async Task SkippedEntry_IsKnown_AndStaysKnownAfterReopening()
    {
        using var temp = new TempStore();
        var a = await temp.Store.UpsertSourceAsync(TempStore.Source("https://a.example/feed"));
        await temp.Store.MarkEntrySkippedAsync(a.Id, "filtered-guid");
        await temp.Store.MarkEntrySkippedAsync(a.Id, "filtered-guid");
        Assert.True((await temp.Store.KnownEntriesAsync(a.Id, ["filtered-guid"])).Contains("filtered-guid"));

        using var reopened = new SqliteStore(temp.Store.DatabasePath);
        Assert.True((await reopened.KnownEntriesAsync(a.Id, ["filtered-guid"])).Contains("filtered-guid"));
        Assert.False((await reopened.KnownEntriesAsync(a.Id, ["other-guid"])).Contains("other-guid"));
    }

    [Fact]
    public async Task FindByContentHash_ReturnsTheEarliest()
    {
        using var temp = new TempStore();
        var first = await temp.Store.SaveArticleAsync(TempStore.Article("https://example.com/1") with { ContentHash = "same" });
        await temp.Store.SaveArticleAsync(TempStore.Article("https://example.com/2") with { ContentHash = "same" });
        Assert.Equal(first.Id, (await temp.Store.FindByContentHashAsync("same"))!.Id);
        Assert.Null(await temp.Store.FindByContentHashAsync("other"));
        Assert.Null(await temp.Store.FindByCanonicalUrlAsync("https://example.com/none"));
        Assert.True(await temp.Store.HasCanonicalUrlAsync("https://example.com/1"));
        Assert.False(await temp.Store.HasCanonicalUrlAsync("https://example.com/none"));
    }

    [Fact]
    public async Task RecordFetch_IsKeptAsHistory()
    {
        using var temp = new TempStore();
        var fetch = new FetchRecord
        {
            SourceId = 3,
            Url = "https://example.com/feed",
            Kind = "feed",
            StartedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            Duration = TimeSpan.FromMilliseconds(125),
            Status = 503,
            Bytes = 10,
            Error = "HTTP 503",
        };
        await temp.Store.RecordFetchAsync(fetch);
        await temp.Store.RecordFetchAsync(fetch with { SourceId = 4, Status = 200, Error = null });
        var history = await temp.Store.GetFetchesAsync(3, 10);
        Assert.Equal(fetch, Assert.Single(history));
        Assert.Equal(2, (await temp.Store.GetFetchesAsync(null, 10)).Count);
    }

    [Fact]
    public async Task GetRecent_ReturnsSinceNewestFirstWithinLimit()
    {
        using var temp = new TempStore();
        var t0 = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5; i++)
        {
            await temp.Store.SaveArticleAsync(TempStore.Article($"https://example.com/{i}") with { FetchedAt = t0.AddHours(i) });
        }
        var recent = await temp.Store.GetRecentArticlesAsync(t0.AddHours(2), 2);
        Assert.Equal(["https://example.com/4", "https://example.com/3"], recent.Select(a => a.Url));
    }

    [Fact]
    public async Task SaveMany_WritesAllInOneGoAndKeepsStories()
    {
        using var temp = new TempStore();
        var written = await temp.Store.SaveArticlesAsync(Enumerable.Range(0, 25).Select(i =>
            TempStore.Article($"https://example.com/m{i}") with { StoryId = i % 2 == 0 ? "even" : null }));
        Assert.Equal(25, written);
        Assert.Equal(13, (await temp.Store.GetStoryAsync("even"))!.ArticleCount);
        Assert.Single((await temp.Store.SearchAsync("headline", limit: 1)).Items);
    }

    [Fact]
    public async Task ConcurrentSaves_AllLand()
    {
        using var temp = new TempStore();
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => temp.Store.SaveArticleAsync(TempStore.Article($"https://example.com/c{i}")))));
        Assert.Equal(40, (await temp.Store.GetRecentArticlesAsync(DateTimeOffset.MinValue, 100)).Count);
    }
}
