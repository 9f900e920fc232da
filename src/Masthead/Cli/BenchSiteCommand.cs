using System.CommandLine;
using System.Diagnostics;
using Masthead.Crawling.Channel;
using Masthead.Storage;
using Masthead.Web;

namespace Masthead.Cli;

/// <summary>
/// `masthead bench site`: seeds a fresh store with synthetic articles, serves it on loopback, and measures the
/// front page and an article page under load (wrk when installed) and search latency (p50/p95 over varied
/// queries through the search page). Prints one JSON line per measurement.
/// </summary>
public static class BenchSiteCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles") { Description = "Articles to seed", DefaultValueFactory = _ => 50_000 };
        var seconds = new Option<int>("--seconds") { Description = "Load duration per page", DefaultValueFactory = _ => 10 };
        var connections = new Option<int>("--connections") { Description = "Concurrent connections", DefaultValueFactory = _ => 32 };
        var queries = new Option<int>("--queries") { Description = "Search queries timed", DefaultValueFactory = _ => 300 };
        var data = new Option<string?>("--data") { Description = "Keep the seeded store in this folder (reused when it already holds the articles); default: a temporary folder" };
        var command = new Command("site", "Front page, article page and search under load over a seeded store.") { articles, seconds, connections, queries, data };
        command.SetAction((parse, ct) => Run(parse.GetValue(articles), parse.GetValue(seconds), parse.GetValue(connections), parse.GetValue(queries), parse.GetValue(data), ct));
        return command;
    }

    private static async Task<int> Run(int count, int seconds, int connections, int queries, string? keep, CancellationToken ct)
    {
        var folder = keep ?? Directory.CreateTempSubdirectory("masthead-bench-site-").FullName;
        try
        {
            var channel = new ChannelOptions();
            using var store = CrawlSetup.OpenStore(folder);
            if ((await store.GetCountsAsync(withFetches: false, ct).ConfigureAwait(false)).Articles != count)
            {
                var seed = Stopwatch.StartNew();
                foreach (var batch in BenchSiteCorpus.Generate(count, channel.Hashtags, DateTimeOffset.UtcNow).Chunk(5000))
                {
                    await store.SaveArticlesAsync(batch, ct).ConfigureAwait(false);
                }
                JsonLines.Write(Console.Out, new { step = "seed", articles = count, seconds = Math.Round(seed.Elapsed.TotalSeconds, 1) });
            }
            await using var app = SiteHost.Build(new SiteHostOptions { Channel = channel, Store = store, Urls = "http://127.0.0.1:0", Logging = false });
            await app.StartAsync(ct).ConfigureAwait(false);
            var baseUrl = SiteHost.Addresses(app).Single();
            var article = (await store.ListArticlesAsync(new Storage.Reading.ArticleFilter { Offset = count / 2, Limit = 1 }, ct).ConfigureAwait(false)).Items[0];
            var pages = new[]
            {
                ("front page", baseUrl + "/", 0),
                ("article page (one)", baseUrl + Web.Rendering.Paths.Article(article.Id, article.Title), 0),
                ($"article pages (random of {count})", baseUrl + "/", count),
            };
            foreach (var (name, url, random) in pages)
            {
                await BenchSiteLoad.RunAsync(name, url, connections, 2, random).ConfigureAwait(false); // warm-up
                var result = await BenchSiteLoad.RunAsync(name, url, connections, seconds, random).ConfigureAwait(false);
                JsonLines.Write(Console.Out, new
                {
                    target = result.Target,
                    tool = result.Tool,
                    connections,
                    rps = Math.Round(result.RequestsPerSecond),
                    p50Ms = Math.Round(result.P50Ms, 2),
                    p99Ms = Math.Round(result.P99Ms, 2),
                    requests = result.Requests,
                    errors = result.Errors,
                });
            }
            await Search(baseUrl, queries, ct).ConfigureAwait(false);
            await app.StopAsync(ct).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (keep is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Sequential search page requests over varied queries: single words, two words, phrases, filters.</summary>
    private static async Task Search(string baseUrl, int queries, CancellationToken ct)
    {
        var words = BenchSiteCorpus.Vocabulary;
        var random = new Random(3);
        string Word() => words[(int)(Math.Pow(random.NextDouble(), 2) * words.Length)];
        var shapes = new Func<string>[]
        {
            Word, () => Word() + " " + Word(), () => "\"" + Word() + " " + Word() + "\"",
            () => Word() + " tag:politics", () => Word() + " outlet:\"Outlet 07\"",
        };
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var latencies = new List<double>();
        for (var i = 0; i < queries + 20; i++)
        {
            var q = shapes[i % shapes.Length]();
            var t = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(Web.Rendering.Paths.Search(q), ct).ConfigureAwait(false);
            await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
            if (i >= 20)
            {
                latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        }
        latencies.Sort();
        JsonLines.Write(Console.Out, new
        {
            target = "search page",
            tool = "httpclient (sequential)",
            queries,
            p50Ms = Math.Round(BenchSiteLoad.At(latencies, 0.50), 2),
            p95Ms = Math.Round(BenchSiteLoad.At(latencies, 0.95), 2),
            maxMs = Math.Round(latencies[^1], 2),
        });
    }
}
