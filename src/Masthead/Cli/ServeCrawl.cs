using Masthead.Crawling.Adapters;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Pipeline;
using Masthead.Crawling.Warc;
using Masthead.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Cli;

/// <summary>
/// Wires the background crawl into `serve`: the crawler reads the sources from the same store the site
/// reads, fetching from the network (behind the SSRF guard) or, with --replay, from web archives only.
/// </summary>
internal static class ServeCrawl
{
    public static void Configure(IServiceCollection services, ChannelOptions channel, SqliteStore store, IReadOnlyList<string> replay)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(replay);
        if (!channel.Crawler.Enabled)
        {
            return;
        }
        var components = DefaultCrawlComponents.Create(channel);
        Crawler crawler;
        if (replay.Count > 0)
        {
            var archive = ReplayArchive.Load(replay);
            foreach (var problem in archive.Problems)
            {
                Console.Error.WriteLine($"replay: {problem}");
            }
            crawler = Crawler.ForReplay(channel, store, components, archive);
        }
        else
        {
            crawler = Crawler.ForNetwork(channel, store, components);
        }
        services.AddHostedService(_ => new ServeBackgroundCrawl(crawler));
    }
}
