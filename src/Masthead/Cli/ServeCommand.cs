using System.CommandLine;
using Masthead.Configuration;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Pipeline;
using Masthead.Crawling.Warc;
using Masthead.Storage;
using Masthead.Web;
using Masthead.Web.Digest;

namespace Masthead.Cli;

/// <summary>
/// `masthead serve`: loads and validates the channel (exit 2 with a message per problem), opens the store,
/// brings the channel's sources into it, starts the background crawl and serves the site until Ctrl+C.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Channel configuration file (JSON: {\"Channel\": {...}}); MASTHEAD_Channel__* variables override it" };
        var data = new Option<string>("--data") { Description = "Data folder (the store is DATA/masthead.db)", DefaultValueFactory = _ => CrawlSetup.DefaultDataFolder };
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://localhost:5000" };
        var sources = new Option<string[]>("--sources") { Description = "OPML file(s) whose feeds replace the starter sources", AllowMultipleArgumentsPerToken = false };
        var replay = new Option<string[]>("--replay") { Description = "Answer fetches from these WARC files instead of the network (repeatable)" };
        var command = new Command("serve", "Serve the news site and crawl its sources in the background.") { config, data, urls, sources, replay };
        command.SetAction((parse, ct) => Run(parse.GetValue(config), parse.GetValue(data)!, parse.GetValue(urls)!,
            parse.GetValue(sources) ?? [], parse.GetValue(replay) ?? [], ct));
        return command;
    }

    private static async Task<int> Run(string? configFile, string dataFolder, string urls, string[] opml, string[] replay, CancellationToken ct)
    {
        var channel = LoadChannel(configFile, opml);
        if (channel is null)
        {
            return 2;
        }
        var missing = replay.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Replay archive not found: {string.Join(", ", missing)}").ConfigureAwait(false);
            return 2;
        }
        using var store = CrawlSetup.OpenStore(dataFolder);
        foreach (var source in channel.Sources)
        {
            await store.UpsertSourceAsync(SourceMapper.FromOptions(source), ct).ConfigureAwait(false);
        }
        // One archive for the crawl and the media endpoint: under --replay nothing goes to the network.
        var archive = replay.Length > 0 ? ReplayArchive.Load(replay) : null;
        foreach (var problem in archive?.Problems ?? [])
        {
            await Console.Error.WriteLineAsync($"replay: {problem}").ConfigureAwait(false);
        }
        await using var app = SiteHost.Build(new SiteHostOptions
        {
            Channel = channel,
            Store = store,
            Urls = urls,
            MediaHandler = archive is null ? null : new ReplayHandler(archive),
            ConfigureServices = services => ServeCrawl.Configure(services.AddDigestEditions(), channel, store, archive), // crawl and The Digest's schedule
        });
        Console.WriteLine($"{channel.Name}: {channel.Sources.Count} sources, store {store.DatabasePath}, serving {urls}"
            + (replay.Length > 0 ? $", replaying {string.Join(", ", replay)}" : ""));
        await app.RunAsync(ct).ConfigureAwait(false);
        return 0;
    }

    /// <summary>The validated channel, with OPML sources in place of the starter list; null (after printing why) when invalid.</summary>
    internal static ChannelOptions? LoadChannel(string? configFile, string[] opml)
    {
        var result = ChannelLoader.Load(configFile);
        var errors = result.Errors.ToList();
        var imported = new List<SourceOptions>();
        foreach (var file in opml)
        {
            var (list, error) = OpmlSources.Read(file);
            if (error is not null)
            {
                errors.Add(error);
            }
            imported.AddRange(list);
        }
        if (errors.Count > 0 || result.Options is null)
        {
            foreach (var e in errors)
            {
                Console.Error.WriteLine(e);
            }
            Console.Error.WriteLine("Fix the configuration and start again (see README: Site).");
            return null;
        }
        var channel = result.Options;
        if (imported.Count > 0)
        {
            if (result.UsesStarterSources)
            {
                channel.Sources.Clear();
            }
            channel.Sources.AddRange(imported.Where(s => !channel.Sources.Any(c => c.FeedUrl == s.FeedUrl)));
        }
        return channel;
    }
}
