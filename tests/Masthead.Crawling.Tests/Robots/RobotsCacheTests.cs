using System.Net;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Fetching;
using Masthead.Crawling.Robots;
using Masthead.Crawling.Tests.Support;

namespace Masthead.Crawling.Tests.Robots;

public class RobotsCacheTests
{
    public static TheoryData<string, Func<MapHandler, MapHandler>, string, string?> Cases => new()
    {
        { "rules apply", h => h.Add("https://a.example/robots.txt", "text/plain", "User-agent: *\nDisallow: /x/"), "/x/1", "disallowed by the site's robots.txt" },
        { "other paths allowed", h => h.Add("https://a.example/robots.txt", "text/plain", "User-agent: *\nDisallow: /x/"), "/y/1", null },
        { "404: no rules (RFC 9309 §2.3.1.3)", h => h, "/x/1", null },
        { "503: unreachable, disallow all (§2.3.1.4)", h => h.AddStatus("https://a.example/robots.txt", HttpStatusCode.ServiceUnavailable), "/y/1", "unreachable" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Check_FollowsTheRobotsAnswer(string name, Func<MapHandler, MapHandler> setup, string path, string? refusal)
    {
        var handler = setup(new MapHandler());
        using var fetcher = new Fetcher(handler, new CrawlerOptions { MinDelayPerHostMs = 0 });
        var cache = new RobotsCache(fetcher, TimeProvider.System);

        var first = await cache.CheckAsync(new Uri("https://a.example" + path), CancellationToken.None);
        var second = await cache.CheckAsync(new Uri("https://a.example" + path), CancellationToken.None);

        Assert.True(refusal is null ? first is null : first?.Contains(refusal, StringComparison.Ordinal) == true, $"{name}: {first}");
        Assert.Equal(first, second);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task CrawlDelay_ReachesTheFetchersHostGate()
    {
        // Two page fetches after robots.txt asked for 4 s: the second must be told to wait; with the option off, not.
        foreach (var honor in new[] { true, false })
        {
            var handler = new MapHandler().Add("https://a.example/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 4")
                .Add("https://a.example/1", "text/html", "<p>1</p>").Add("https://a.example/2", "text/html", "<p>2</p>");
            var clock = new RecordingClock();
            using var fetcher = new Fetcher(handler, new CrawlerOptions { MinDelayPerHostMs = 0, HonorCrawlDelay = honor }, clock);
            var cache = new RobotsCache(fetcher, clock);

            Assert.Null(await cache.CheckAsync(new Uri("https://a.example/1"), CancellationToken.None));
            await fetcher.FetchAsync(new FetchRequest("https://a.example/1", "page"), CancellationToken.None);
            await fetcher.FetchAsync(new FetchRequest("https://a.example/2", "page"), CancellationToken.None);

            // Real time moves a little between the two starts, so the wait is just under 4 s.
            Assert.True(clock.Waits.Any(w => w > TimeSpan.FromSeconds(3.5)) == honor, $"honor={honor}: waits {string.Join(", ", clock.Waits)}");
        }
    }
}
