using Masthead.Crawling.Adapters;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Fetching;
using Masthead.Crawling.Pipeline;
using Masthead.Crawling.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Masthead.Crawling.Tests.Pipeline;

/// <summary>
/// One loopback server playing a good feed and every kind of bad one at once: the good source is crawled,
/// each bad one ends with a clear error on the source, and nothing stored earlier is lost.
/// </summary>
public class BadSourcesTests
{
    [Fact]
    public async Task BadFeeds_AreErrorsOnTheirSources_AndTheRestKeepsWorking()
    {
        var broken = false;
        await using var server = await LoopbackServer.StartAsync(ctx => Serve(ctx, () => broken));
        var channel = new ChannelOptions
        {
            Sources = [.. new[] { "good", "error500", "slow", "loop", "huge", "html" }.Select(n => new SourceOptions { FeedUrl = $"{server.BaseUrl}/{n}.xml", Name = n })],
        };
        channel.Crawler.AllowPrivateAddresses = true;
        channel.Crawler.MinDelayPerHostMs = 0;
        channel.Crawler.FetchTimeoutSeconds = 3;
        var store = new InMemoryCrawlStore();
        using var crawler = new Crawler(channel, store, DefaultCrawlComponents.Create(channel), CrawlerHttpHandler.Create(channel.Crawler));

        var first = await crawler.RefreshAllAsync(force: true, CancellationToken.None);
        broken = true;
        var second = await crawler.RefreshAllAsync(force: true, CancellationToken.None);

        var errors = (await store.GetSourcesAsync()).ToDictionary(s => s.Name, s => s.State);
        Assert.DoesNotContain(first.Errors, e => e.StartsWith("good:", StringComparison.Ordinal));
        Assert.StartsWith("HTTP 500", errors["good"].LastError);
        Assert.StartsWith("HTTP 500", errors["error500"].LastError);
        Assert.StartsWith("timed out", errors["slow"].LastError);
        Assert.Contains("too many redirects", errors["loop"].LastError);
        Assert.Contains("larger than the limit", errors["huge"].LastError);
        Assert.StartsWith("not a readable feed", errors["html"].LastError);
        Assert.Equal(2, errors["error500"].ErrorCount);
        Assert.Equal(5, first.FeedsFailed);
        Assert.Equal(6, second.FeedsFailed);
        // The good source's article, stored before its feed broke, is still there.
        Assert.Equal("Good news", Assert.Single(store.Articles).Title);
    }

    private static async Task Serve(HttpContext ctx, Func<bool> broken)
    {
        var path = ctx.Request.Path.Value ?? "";
        switch (path)
        {
            case "/good.xml" when !broken():
                ctx.Response.ContentType = "application/rss+xml";
                await ctx.Response.WriteAsync(TestPages.Rss(("Good news", $"http://{ctx.Request.Host}/good.html", "g")));
                break;
            case "/good.html":
                ctx.Response.ContentType = "text/html";
                await ctx.Response.WriteAsync(TestPages.Article("Good news", "the good news"));
                break;
            case "/slow.xml":
                await Task.Delay(TimeSpan.FromSeconds(60), ctx.RequestAborted);
                break;
            case "/loop.xml":
                ctx.Response.Redirect("/loop.xml?again=" + Guid.NewGuid().ToString("N"));
                break;
            case "/huge.xml":
                ctx.Response.ContentLength = 100L * 1024 * 1024;
                var chunk = new byte[64 * 1024];
                for (var sent = 0L; sent < ctx.Response.ContentLength && !ctx.RequestAborted.IsCancellationRequested; sent += chunk.Length)
                {
                    await ctx.Response.Body.WriteAsync(chunk, ctx.RequestAborted);
                }
                break;
            case "/html.xml":
                ctx.Response.ContentType = "text/html";
                await ctx.Response.WriteAsync("<html><body>not a feed</body></html>");
                break;
            case "/robots.txt":
                ctx.Response.StatusCode = 404;
                break;
            default:
                ctx.Response.StatusCode = 500;
                break;
        }
    }
}
