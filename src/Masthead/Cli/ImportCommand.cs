using System.CommandLine;
using Masthead.Crawling.Adapters;
using Masthead.Crawling.Pipeline;
using Spectre.Console;

namespace Masthead.Cli;

/// <summary>
/// `masthead import FILE.warc[.gz]... [--data DIR] [--config FILE]`: every HTML page of the archives becomes
/// an article. One JSON line per archive. Resumable: a re-run skips what is already stored. A damaged
/// archive keeps what was read before the damage and says where it stopped (exit 1).
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "WARC files (.warc or .warc.gz)", Arity = ArgumentArity.OneOrMore };
        var data = new Option<string>("--data") { Description = "Data folder (the store is DATA/masthead.db)", DefaultValueFactory = _ => CrawlSetup.DefaultDataFolder };
        var config = new Option<string?>("--config") { Description = "Channel configuration file (hashtags, summarizer)" };
        var command = new Command("import", "Turn the HTML pages of web archives (WARC) into stored articles.") { files, data, config };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(files) ?? [], parse.GetValue(data)!, parse.GetValue(config), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] files, string data, string? config, CancellationToken ct)
    {
        var channel = ServeCommand.LoadChannel(config, []);
        if (channel is null)
        {
            return 2;
        }
        using var store = CrawlSetup.OpenStore(data);
        var importer = new WarcImporter(store, DefaultCrawlComponents.Create(channel));
        var reports = new List<ImportReport>();
        await CrawlSetup.Progress.Progress().AutoClear(false).StartAsync(async progress =>
        {
            foreach (var file in files)
            {
                var task = progress.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: 1);
                var report = await importer.ImportAsync(file, new Progress<ImportProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Length);
                    task.Value = p.BytesRead;
                    task.Description = Markup.Escape($"{Path.GetFileName(file)} ({p.Stored} stored)");
                }), ct).ConfigureAwait(false);
                task.Value = task.MaxValue;
                reports.Add(report);
            }
        }).ConfigureAwait(false);
        foreach (var report in reports)
        {
            JsonLines.Write(Console.Out, report);
            if (report.Error is not null)
            {
                Console.Error.WriteLine(report.Records == 0
                    ? $"{report.Error}. Nothing was imported from it: give a .warc or .warc.gz file."
                    : $"{report.Error}. The {report.Stored} articles read before it are stored; re-run to resume with a complete file.");
            }
        }
        return reports.Any(r => r.Error is not null) ? 1 : 0;
    }
}
