using System.CommandLine;
using System.Diagnostics;
using Masthead.Configuration;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Warc;
using Masthead.Storage;

namespace Masthead.Cli;

/// <summary>
/// `masthead bench crawl [--archive WARC] [--sources OPML] [--runs N]`: the demo archive crawled end to end
/// (archive loaded, every source refreshed, pages extracted and enriched, all stored in a fresh SQLite
/// store) N times; prints each run and the median as one JSON line. Target: under 30 s.
/// </summary>
public static class BenchCrawlCommand
{
    public static Command Create()
    {
        var corpora = Environment.GetEnvironmentVariable("MASTHEAD_CORPORA") is { Length: > 0 } env ? env : Path.Combine("..", "shared", "corpora");
        var archive = new Option<string>("--archive") { Description = "The WARC to replay", DefaultValueFactory = _ => Path.Combine(corpora, "demo", "demo.warc.gz") };
        var sources = new Option<string>("--sources") { Description = "The OPML of sources", DefaultValueFactory = _ => Path.Combine(corpora, "demo", "sources.opml") };
        var runs = new Option<int>("--runs") { Description = "How many timed runs", DefaultValueFactory = _ => 3 };
        var command = new Command("crawl", "Time a replay crawl of a web archive into a fresh store, end to end.") { archive, sources, runs };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(archive)!, parse.GetValue(sources)!, Math.Max(1, parse.GetValue(runs)), ct));
        return command;
    }

    private static async Task<int> RunAsync(string archivePath, string opmlPath, int runs, CancellationToken ct)
    {
        var (opml, error) = OpmlSources.Read(opmlPath);
        if (error is not null || !File.Exists(archivePath))
        {
            Console.Error.WriteLine(error ?? $"Archive not found: {archivePath} (set MASTHEAD_CORPORA or pass --archive)");
            return 2;
        }
        var seconds = new List<double>();
        var articles = 0;
        for (var run = 0; run < runs; run++)
        {
            var folder = Path.Combine(Path.GetTempPath(), "masthead-bench-crawl-" + Guid.NewGuid().ToString("N"));
            try
            {
                var clock = Stopwatch.StartNew();
                var replay = ReplayArchive.Load([archivePath]);
                var channel = new ChannelOptions { Sources = [.. opml] };
                using (var store = CrawlSetup.OpenStore(folder))
                using (var crawler = CrawlSetup.CreateCrawler(channel, store, replay, null))
                {
                    var report = await crawler.RefreshAllAsync(force: true, ct).ConfigureAwait(false);
                    articles = report.ArticlesStored;
                }
                seconds.Add(clock.Elapsed.TotalSeconds);
                Console.Error.WriteLine($"run {run + 1}: {seconds[^1]:0.00} s, {articles} articles");
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        }
        var median = seconds.Order().ElementAt(seconds.Count / 2);
        JsonLines.Write(Console.Out, new { bench = "crawl", archive = Path.GetFileName(archivePath), sources = opml.Count, articles, runs = seconds, medianSeconds = Math.Round(median, 2) });
        return 0;
    }
}
