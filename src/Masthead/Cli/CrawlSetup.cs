using Masthead.Crawling.Adapters;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Pipeline;
using Masthead.Crawling.Warc;
using Masthead.Storage;
using Spectre.Console;

namespace Masthead.Cli;

/// <summary>What the crawl, import, sources and opml commands share: the store path, the crawler, stderr progress.</summary>
internal static class CrawlSetup
{
    public const string DefaultDataFolder = "data";

    /// <summary>Progress and messages go to stderr so stdout stays clean JSON lines.</summary>
    public static IAnsiConsole Progress { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Where the store of a data folder lives.</summary>
    public static string StorePath(string dataFolder) => Path.Combine(dataFolder, "masthead.db");

    public static SqliteStore OpenStore(string dataFolder) => new(StorePath(dataFolder));

    /// <summary>The store of a data folder that must already hold one (search, digest); null after saying so on stderr.</summary>
    public static async Task<SqliteStore?> OpenExistingStoreAsync(string dataFolder)
    {
        var path = StorePath(dataFolder);
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"No store at {path}: run `masthead serve` or `masthead crawl --once` first, or pass --data.").ConfigureAwait(false);
            return null;
        }
        return new SqliteStore(path);
    }

    /// <summary>The replay archive of the given WARC files, or null (after saying why) when one is missing or unreadable.</summary>
    public static ReplayArchive? LoadReplay(string[] files)
    {
        var missing = files.Where(f => !File.Exists(f)).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"Replay archive not found: {string.Join(", ", missing)}");
            return null;
        }
        var archive = ReplayArchive.Load(files);
        foreach (var problem in archive.Problems)
        {
            Console.Error.WriteLine($"warning: {problem} (the records read before it are used)");
        }
        if (archive.Count == 0)
        {
            Console.Error.WriteLine($"No HTTP responses could be read from {string.Join(", ", files)}: is it a WARC file?");
            return null;
        }
        return archive;
    }

    /// <summary>A crawler on the network, or on the archives when <paramref name="replay"/> is given.</summary>
    public static Crawler CreateCrawler(ChannelOptions channel, SqliteStore store, ReplayArchive? replay, Action<CrawlEvent>? onEvent)
    {
        var components = DefaultCrawlComponents.Create(channel);
        return replay is null
            ? Crawler.ForNetwork(channel, store, components, onEvent)
            : Crawler.ForReplay(channel, store, components, replay, onEvent);
    }
}
