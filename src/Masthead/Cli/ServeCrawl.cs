using Masthead.Crawling.Channel;
using Masthead.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Masthead.Cli;

/// <summary>
/// Wires the background crawl into `serve`. The crawler (Masthead.Crawling) registers as a hosted service
/// here, reading sources from the same store the site reads.
/// </summary>
internal static class ServeCrawl
{
    public static void Configure(IServiceCollection services, ChannelOptions channel, SqliteStore store, IReadOnlyList<string> replay)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(replay);
        // Filled in once the crawler lands on this branch (git merge crawl).
    }
}
