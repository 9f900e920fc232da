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
    public static void Configure(IServiceCollection services, ChannelOptions channel, SqliteStore store, ReplayArchive? archive)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(store);
        if (!channel.Crawler.Enabled)
        {
            return;
        }
        var crawler = CrawlSetup.CreateCrawler(channel, store, archive, null);
        services.AddHostedService(_ => new ServeBackgroundCrawl(crawler));
    }
}
