namespace Masthead.Crawling.Channel;

/// <summary>How the crawler behaves; the hard ceilings are in Masthead.Core.Limits.</summary>
public sealed class CrawlerOptions
{
    /// <summary>Crawl in the background while serving.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Allow fetching loopback, private, link-local and multicast addresses (off: SSRF guard).</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Minimum delay between two requests to one host.</summary>
    public int MinDelayPerHostMs { get; set; } = 1000;

    /// <summary>Space requests to a host by its robots.txt Crawl-delay when that is longer than <see cref="MinDelayPerHostMs"/> (capped by Masthead.Core.Limits.MaxCrawlDelay).</summary>
    public bool HonorCrawlDelay { get; set; } = true;

    /// <summary>Most concurrent connections to one host (1-2 is polite).</summary>
    public int MaxConnectionsPerHost { get; set; } = 2;

    /// <summary>The contact URL in the User-Agent.</summary>
    public string ContactUrl { get; set; } = "https://github.com/masthead-news/masthead";

    /// <summary>Fetch and extract the article page for each new entry (off: keep the feed's content only).</summary>
    public bool FetchPages { get; set; } = true;

    /// <summary>Time for one whole fetch, body included; capped at Masthead.Core.Limits.FetchTimeout.</summary>
    public double FetchTimeoutSeconds { get; set; } = 30;

    /// <summary>A copy, so one crawler can adjust its options (replay needs no politeness delay) without touching the channel's.</summary>
    public CrawlerOptions Copy() => (CrawlerOptions)MemberwiseClone();
}
