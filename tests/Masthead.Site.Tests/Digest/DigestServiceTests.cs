using Masthead.Crawling.Channel;
using Masthead.Crawling.Model;
using Masthead.Storage;
using Masthead.Web;
using Masthead.Web.Digest;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Site.Tests.Digest;

/// <summary>The hosted service itself, on its own site: it waits on the injected clock and makes the edition when the slot comes.</summary>
public sealed class DigestServiceTests
{
    [Fact]
    public async Task Service_MakesTheEditionWhenTheClockReachesTheSlot()
    {
        var folder = Path.Combine(Path.GetTempPath(), "masthead-digest-service-" + Guid.NewGuid().ToString("N"));
        var clock = new ManualClock(DigestFixture.Start); // 18:10 UTC; the next slot is 21:00 UTC
        using var store = new SqliteStore(Path.Combine(folder, "masthead.db"));
        var published = new DateTimeOffset(2026, 11, 20, 19, 0, 0, TimeSpan.Zero);
        await store.SaveArticleAsync(new Article
        {
            Outlet = "Delta Daily",
            Url = "https://news.example/storm",
            CanonicalUrl = "https://news.example/storm",
            Title = "Storm moves inland",
            Published = published,
            FetchedAt = published,
            Excerpt = "The storm moved inland in the evening.",
            SummaryShort = "Storm crosses the coast and weakens.",
            Hashtag = "#society",
        });
        var channel = new ChannelOptions { TimeZone = "America/Chicago", Digest = new DigestOptions { EveryHours = 3 } };
        await using var app = SiteHost.Build(new SiteHostOptions
        {
            Channel = channel,
            Store = store,
            Urls = "http://127.0.0.1:0",
            Logging = false,
            ConfigureServices = s => s.AddSingleton<TimeProvider>(clock).AddDigestEditions(),
        });
        await app.StartAsync();
        await Until(() => Task.FromResult(clock.PendingTimers > 0)); // the start-up run is over and the service waits for 21:00
        Assert.Null(await DigestArchive.LoadAsync(store, null)); // nothing was due at 18:10

        clock.Advance(TimeSpan.FromHours(3)); // 21:10 UTC
        await Until(async () => await DigestArchive.ExistsAsync(store, DigestFixture.ThirdEdition));

        var edition = (await DigestArchive.LoadAsync(store, DigestFixture.ThirdEdition))!;
        var item = Assert.Single(edition.Sections.SelectMany(s => s.Items));
        Assert.Equal("Delta Daily: Storm moves inland", item.Outlet + ": " + item.Headline);
        // The summary made from the full text at ingest, not a new one from the excerpt.
        Assert.Equal("Storm crosses the coast and weakens.", item.Short);
        await app.StopAsync();
        Directory.Delete(folder, recursive: true);
    }

    // The service runs on its own task; this waits for a state it reaches, not for a duration.
    private static async Task Until(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(10);
        }
        throw new TimeoutException("the digest service did not get there");
    }
}
