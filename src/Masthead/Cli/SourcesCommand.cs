using System.CommandLine;
using Masthead.Crawling.Fetching;
using Masthead.Crawling.Model;

namespace Masthead.Cli;

/// <summary>
/// `masthead sources add URL [--name] [--excerpt-only] [--include K]... [--exclude K]... [--refresh MIN]`,
/// `masthead sources list`, `masthead sources remove ID|URL`. List prints one JSON line per source with its
/// health (last error, error count, next attempt).
/// </summary>
public static class SourcesCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Data folder (the store is DATA/masthead.db)", DefaultValueFactory = _ => CrawlSetup.DefaultDataFolder, Recursive = true };
        var command = new Command("sources", "Add, list or remove the feeds the channel follows.") { data };
        command.Subcommands.Add(Add(data));
        command.Subcommands.Add(List(data));
        command.Subcommands.Add(Remove(data));
        return command;
    }

    private static Command Add(Option<string> data)
    {
        var url = new Argument<string>("url") { Description = "The feed URL (RSS, Atom or JSON Feed)" };
        var name = new Option<string?>("--name") { Description = "The outlet's name as shown (default: the feed's host)" };
        var excerpt = new Option<bool>("--excerpt-only") { Description = "Show only an excerpt and a link (the outlet does not allow full text)" };
        var include = new Option<string[]>("--include") { Description = "Keep only entries with one of these keywords (repeatable)" };
        var exclude = new Option<string[]>("--exclude") { Description = "Drop entries with any of these keywords (repeatable)" };
        var refresh = new Option<int>("--refresh") { Description = "Refresh interval in minutes", DefaultValueFactory = _ => 30 };
        var command = new Command("add", "Add a source (or update the one with this feed URL).") { url, name, excerpt, include, exclude, refresh };
        command.SetAction(async (parse, ct) =>
        {
            var feedUrl = parse.GetValue(url)!.Trim();
            if (UrlGuard.Check(feedUrl, allowPrivateAddresses: true) is { } problem)
            {
                Console.Error.WriteLine($"Cannot add '{feedUrl}': {problem}. Give the feed's full http(s) URL.");
                return 2;
            }
            using var store = CrawlSetup.OpenStore(parse.GetValue(data)!);
            var saved = await store.UpsertSourceAsync(new Source
            {
                FeedUrl = feedUrl,
                Name = parse.GetValue(name) ?? new Uri(feedUrl).Host,
                FullText = !parse.GetValue(excerpt),
                Include = parse.GetValue(include) ?? [],
                Exclude = parse.GetValue(exclude) ?? [],
                RefreshInterval = TimeSpan.FromMinutes(Math.Max(1, parse.GetValue(refresh))),
            }, ct).ConfigureAwait(false);
            JsonLines.Write(Console.Out, Line(saved));
            return 0;
        });
        return command;
    }

    private static Command List(Option<string> data)
    {
        var command = new Command("list", "List the sources with their health, one JSON line each.");
        command.SetAction(async (parse, ct) =>
        {
            using var store = CrawlSetup.OpenStore(parse.GetValue(data)!);
            foreach (var source in await store.GetSourcesAsync(ct).ConfigureAwait(false))
            {
                JsonLines.Write(Console.Out, Line(source));
            }
            return 0;
        });
        return command;
    }

    private static Command Remove(Option<string> data)
    {
        var key = new Argument<string>("source") { Description = "The source's id or feed URL" };
        var command = new Command("remove", "Remove a source (its stored articles stay).") { key };
        command.SetAction(async (parse, ct) =>
        {
            using var store = CrawlSetup.OpenStore(parse.GetValue(data)!);
            if (!await store.RemoveSourceAsync(parse.GetValue(key)!, ct).ConfigureAwait(false))
            {
                Console.Error.WriteLine($"No source with id or feed URL '{parse.GetValue(key)}' (see `masthead sources list`).");
                return 1;
            }
            Console.Error.WriteLine($"Removed {parse.GetValue(key)}.");
            return 0;
        });
        return command;
    }

    private static object Line(Source s) => new
    {
        s.Id,
        s.Name,
        s.FeedUrl,
        s.SiteUrl,
        s.FullText,
        s.Include,
        s.Exclude,
        RefreshMinutes = s.RefreshInterval.TotalMinutes,
        s.State.LastSuccess,
        s.State.LastError,
        s.State.ErrorCount,
        s.State.NextAttempt,
    };
}
