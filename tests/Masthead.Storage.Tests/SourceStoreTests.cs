using Masthead.Crawling.Model;

namespace Masthead.Storage.Tests;

public sealed class SourceStoreTests
{
    [Fact]
    public async Task Upsert_AssignsIdAndRoundTripsEveryField()
    {
        using var temp = new TempStore();
        var saved = await temp.Store.UpsertSourceAsync(TempStore.Source() with
        {
            IconUrl = "https://example.com/icon.png",
            FullText = false,
            RefreshInterval = TimeSpan.FromMinutes(15),
            Category = "wire",
        });
        Assert.True(saved.Id > 0);
        var all = await temp.Store.GetSourcesAsync();
        var read = Assert.Single(all);
        Assert.Equal(saved.Id, read.Id);
        Assert.Equal("https://example.com/icon.png", read.IconUrl);
        Assert.False(read.FullText);
        Assert.Equal(TimeSpan.FromMinutes(15), read.RefreshInterval);
        Assert.Equal(["a"], read.Include);
        Assert.Equal(["b", "c"], read.Exclude);
        Assert.Equal("wire", read.Category);
    }

    [Fact]
    public async Task Upsert_SameFeedUrl_UpdatesAndKeepsCrawlState()
    {
        using var temp = new TempStore();
        var first = await temp.Store.UpsertSourceAsync(TempStore.Source());
        await temp.Store.SaveSourceStateAsync(first.Id, new SourceState { ETag = "\"e1\"", ErrorCount = 3 });
        var second = await temp.Store.UpsertSourceAsync(TempStore.Source(name: "Renamed"));
        Assert.Equal(first.Id, second.Id);
        Assert.Equal("Renamed", second.Name);
        Assert.Equal("\"e1\"", second.State.ETag);
        Assert.Equal(3, second.State.ErrorCount);
    }

    [Fact]
    public async Task SaveSourceState_RoundTripsEveryField()
    {
        using var temp = new TempStore();
        var source = await temp.Store.UpsertSourceAsync(TempStore.Source());
        var when = new DateTimeOffset(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);
        var state = new SourceState
        {
            ETag = "\"abc\"",
            LastModified = "Wed, 21 Oct 2015 07:28:00 GMT",
            LastFetched = when,
            LastSuccess = when.AddHours(-1),
            NextAttempt = when.AddMinutes(30),
            LastError = "HTTP 503",
            ErrorCount = 2,
            EffectiveInterval = TimeSpan.FromMinutes(45),
            FeedTitle = "Example feed",
        };
        await temp.Store.SaveSourceStateAsync(source.Id, state);
        var read = await temp.Store.GetSourceAsync(source.Id);
        Assert.Equal(state, read!.State);
    }

    [Theory]
    [InlineData("by id", true)]
    [InlineData("by feed url", false)]
    public async Task Remove_ByIdOrFeedUrl_KeepsArticles(string name, bool byId)
    {
        Assert.NotEmpty(name);
        using var temp = new TempStore();
        var source = await temp.Store.UpsertSourceAsync(TempStore.Source());
        await temp.Store.SaveArticleAsync(TempStore.Article("https://example.com/a") with { SourceId = source.Id, EntryIdentity = "a" });
        Assert.True(await temp.Store.RemoveSourceAsync(byId ? source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : source.FeedUrl));
        Assert.Empty(await temp.Store.GetSourcesAsync());
        Assert.NotNull(await temp.Store.FindByCanonicalUrlAsync("https://example.com/a"));
        Assert.False((await temp.Store.KnownEntriesAsync(source.Id, ["a"])).Contains("a"));
    }

    [Fact]
    public async Task Remove_Unknown_ReturnsFalse()
    {
        using var temp = new TempStore();
        Assert.False(await temp.Store.RemoveSourceAsync("https://nowhere.example/feed"));
        Assert.False(await temp.Store.RemoveSourceAsync("42"));
    }
}
