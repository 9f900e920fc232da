using System.CommandLine;
using Masthead.Crawling.Pipeline;
using Masthead.Storage;
using Spectre.Console;

namespace Masthead.Cli;

/// <summary>
/// `masthead crawl [--once] [--all] [--replay WARC]... [--sources OPML]... [--data DIR] [--config FILE]`:
/// refreshes the due sources (or all with --all) once and prints the report as one JSON line, or keeps
/// crawling until Ctrl+C without --once. The same pipeline `serve` runs in the background.
/// </summary>
public static class CrawlCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "One pass over the due sources, then exit (else crawl until Ctrl+C)" };
        var all = new Option<bool>("--all") { Description = "Refresh every source, due or not" };
        var replay = new Option<string[]>("--replay") { Description = "Answer fetches from these WARC files instead of the network (repeatable)" };
        var sources = new Option<string[]>("--sources") { Description = "OPML file(s) whose feeds are added to the sources" };
        var data = new Option<string>("--data") { Description = "Data folder (the store is DATA/masthead.db)", DefaultValueFactory = _ => CrawlSetup.DefaultDataFolder };
        var config = new Option<string?>("--config") { Description = "Channel configuration file (JSON); MASTHEAD_Channel__* variables override it" };
        var command = new Command("crawl", "Fetch the sources' feeds and new articles into the store.") { once, all, replay, sources, data, config };
        command.SetAction((parse, ct) => RunAsync(
            parse.GetValue(once), parse.GetValue(all) || (parse.GetValue(replay) ?? []).Length > 0,
            parse.GetValue(replay) ?? [], parse.GetValue(sources) ?? [], parse.GetValue(data)!, parse.GetValue(config), ct));
        return command;
    }

    private static async Task<int> RunAsync(bool once, bool all, string[] replayFiles, string[] opml, string data, string? config, CancellationToken ct)
    {
        var channel = ServeCommand.LoadChannel(config, opml);
        if (channel is null)
        {
            return 2;
        }
        var replay = replayFiles.Length > 0 ? CrawlSetup.LoadReplay(replayFiles) : null;
        if (replayFiles.Length > 0 && replay is null)
        {
            return 2;
        }
        using var store = CrawlSetup.OpenStore(data);
        if (!once)
        {
            using var looping = CrawlSetup.CreateCrawler(channel, store, replay, e => PrintEvent(e));
            CrawlSetup.Progress.MarkupLine($"Crawling {channel.Sources.Count} configured sources into {Markup.Escape(store.DatabasePath)} until Ctrl+C");
            await looping.RunAsync(ct).ConfigureAwait(false);
            return 0;
        }
        var report = await RunOnceWithProgressAsync(channel, store, replay, all, ct).ConfigureAwait(false);
        JsonLines.Write(Console.Out, report);
        foreach (var error in report.Errors)
        {
            Console.Error.WriteLine($"failed: {error}");
        }
        return 0;
    }

    private static async Task<CrawlReport> RunOnceWithProgressAsync(Crawling.Channel.ChannelOptions channel, SqliteStore store, Crawling.Warc.ReplayArchive? replay, bool all, CancellationToken ct)
    {
        foreach (var configured in channel.Sources)
        {
            await store.UpsertSourceAsync(SourceMapper.FromOptions(configured), ct).ConfigureAwait(false);
        }
        var now = DateTimeOffset.UtcNow;
        var total = (await store.GetSourcesAsync(ct).ConfigureAwait(false)).Count(s => all || s.State.NextAttempt is null || s.State.NextAttempt <= now);
        CrawlReport? report = null;
        await CrawlSetup.Progress.Progress().AutoClear(false).StartAsync(async progress =>
        {
            var task = progress.AddTask("sources", maxValue: Math.Max(1, total));
            var stored = 0;
            using var crawler = CrawlSetup.CreateCrawler(channel, store, replay, e =>
            {
                if (e.Kind is CrawlEventKind.SourceDone or CrawlEventKind.SourceFailed)
                {
                    task.Increment(1);
                }
                else if (e.Kind == CrawlEventKind.ArticleStored)
                {
                    task.Description = $"sources ({Interlocked.Increment(ref stored)} articles)";
                }
            });
            report = await crawler.RefreshAllAsync(all, ct).ConfigureAwait(false);
            task.MaxValue = Math.Max(1, report.Sources);
            task.Value = task.MaxValue;
        }).ConfigureAwait(false);
        return report!;
    }

    private static void PrintEvent(CrawlEvent e)
    {
        if (e.Kind is CrawlEventKind.SourceFailed or CrawlEventKind.SourceDone)
        {
            Console.Error.WriteLine($"{DateTimeOffset.Now:HH:mm:ss} {e.Source}: {e.Message}");
        }
    }
}
