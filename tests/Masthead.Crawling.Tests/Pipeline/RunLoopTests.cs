using Masthead.Crawling.Adapters;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Pipeline;
using Masthead.Crawling.Tests.Support;

namespace Masthead.Crawling.Tests.Pipeline;

public class RunLoopTests
{
    [Fact]
    public async Task RunAsync_CrawlsDueSources_ThenWaits_AndStopsQuietlyWhenCancelled()
    {
        var handler = new MapHandler()
            .Add("https://news.example/feed.xml", "application/rss+xml", TestPages.Rss(("Budget passes", "https://news.example/a.html", "a")))
            .Add("https://news.example/a.html", "text/html", TestPages.Article("Budget passes", "the budget"));
        var channel = new ChannelOptions { Sources = [new SourceOptions { FeedUrl = "https://news.example/feed.xml", Name = "Example" }] };
        channel.Crawler.MinDelayPerHostMs = 0;
        var store = new InMemoryCrawlStore();
        var stored = new TaskCompletionSource();
        using var crawler = new Crawler(channel, store, DefaultCrawlComponents.Create(channel), handler,
            e => { if (e.Kind == CrawlEventKind.SourceDone) { stored.TrySetResult(); } });
        using var cancel = new CancellationTokenSource();

        var loop = crawler.RunAsync(cancel.Token);
        await stored.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await cancel.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Single(store.Articles);
        Assert.True(loop.IsCompletedSuccessfully);
        Assert.Equal(1, handler.Requests.Count(r => r.EndsWith("feed.xml", StringComparison.Ordinal)));
    }
}
