using Masthead.Crawling.Pipeline;
using Microsoft.Extensions.Hosting;

namespace Masthead.Cli;

/// <summary>Runs the channel's crawler for as long as the site is served (the same pipeline as `crawl --once`).</summary>
internal sealed class ServeBackgroundCrawl(Crawler crawler) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => crawler.RunAsync(stoppingToken);

    public override void Dispose()
    {
        crawler.Dispose();
        base.Dispose();
    }
}
