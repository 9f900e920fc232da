using Masthead.Crawling.Channel;
using Masthead.Crawling.Fetching;
using Masthead.Crawling.Robots;

namespace Masthead.Crawling.Pipeline;

/// <summary>What every pipeline step may use, built once per crawler (an options object, not 8 parameters).</summary>
public sealed record CrawlServices(
    Fetcher Fetcher,
    RobotsCache Robots,
    ICrawlStore Store,
    CrawlComponents Components,
    CrawlerOptions Options,
    TimeProvider Time,
    Action<CrawlEvent>? OnEvent)
{
    public void Report(CrawlEvent crawlEvent) => OnEvent?.Invoke(crawlEvent);
}
