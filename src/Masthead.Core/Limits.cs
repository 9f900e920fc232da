namespace Masthead.Core;

/// <summary>
/// Every hard limit of the pipeline in one place, named, so a reviewer can see at a glance what bounds
/// memory and time. Input beyond a limit is cut (with a note) or rejected with a message naming the limit.
/// </summary>
public static class Limits
{
    /// <summary>Largest HTML page the extractor reads; bytes past it are ignored (best effort on the head).</summary>
    public const int MaxPageBytes = 8 * 1024 * 1024;

    /// <summary>Deepest element nesting the extractor walks; deeper subtrees are treated as one opaque block.</summary>
    public const int MaxNestingDepth = 512;

    /// <summary>Most characters of body text one extracted article keeps; blocks past it are dropped (best effort).</summary>
    public const int MaxArticleTextChars = 300_000;

    /// <summary>Largest feed document parsed.</summary>
    public const int MaxFeedBytes = 32 * 1024 * 1024;

    /// <summary>Most entries kept from one feed document.</summary>
    public const int MaxFeedEntries = 10_000;

    /// <summary>Bytes of an undeclared, non-UTF-8 feed the charset detector reads before it guesses.</summary>
    public const int MaxCharsetSniffBytes = 64 * 1024;

    /// <summary>Largest HTTP response body the fetcher reads.</summary>
    public const int MaxResponseBytes = 16 * 1024 * 1024;

    /// <summary>Largest decompressed size accepted from a compressed body (zip-bomb guard).</summary>
    public const int MaxDecompressedBytes = 64 * 1024 * 1024;

    /// <summary>Most redirects one fetch follows.</summary>
    public const int MaxRedirects = 5;

    /// <summary>Time to establish a connection.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Time for a whole fetch, body included.</summary>
    public static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Largest text the story enricher (tagging, clustering, summary) reads from one article.</summary>
    public const int MaxStoryTextChars = 200_000;

    /// <summary>Most robots.txt bytes parsed (RFC 9309 §2.5 asks for at least 500 KiB).</summary>
    public const int MaxRobotsBytes = 512 * 1024;

    /// <summary>
    /// Longest robots.txt Crawl-delay honoured. The directive is not in RFC 9309 but widely used; a site asking
    /// for an hour between requests still gets its feed read, just at this pace.
    /// </summary>
    public static readonly TimeSpan MaxCrawlDelay = TimeSpan.FromSeconds(60);

    /// <summary>How long a fetched robots.txt is trusted (RFC 9309 §2.4: no more than 24 hours).</summary>
    public static readonly TimeSpan RobotsCacheTime = TimeSpan.FromHours(24);

    /// <summary>Longest a source waits between two refreshes, whatever it adapts to or backs off to.</summary>
    public static readonly TimeSpan MaxRefreshInterval = TimeSpan.FromHours(24);

    /// <summary>Shortest refresh interval, whatever the feed or operator asks for.</summary>
    public static readonly TimeSpan MinRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>Largest WARC record header block read before the record is declared corrupt.</summary>
    public const int MaxWarcHeaderBytes = 64 * 1024;

    /// <summary>Largest WARC record body kept in memory (bigger records are skipped with a note).</summary>
    public const int MaxWarcRecordBytes = 64 * 1024 * 1024;

    /// <summary>Most new entries of one feed processed in one refresh (the rest wait for the next one).</summary>
    public const int MaxNewEntriesPerRefresh = 500;

    /// <summary>Sources refreshed at the same time (politeness per host is kept by the fetcher regardless).</summary>
    public const int MaxParallelSources = 8;

    /// <summary>
    /// Most full-text matches ranked by BM25 for one search: the newest this many (a very common word matches
    /// nearly every article, and ranking reads each match's statistics). Counting still covers every match.
    /// </summary>
    public const int MaxRankedSearchMatches = 5_000;

    /// <summary>Most articles a story clusterer may keep in its window (its score array is sized by it).</summary>
    public const int MaxStoryWindowArticles = 2_000_000;

    /// <summary>Most articles one Digest edition is built from (the newest of its period).</summary>
    public const int MaxDigestArticles = 5_000;

    /// <summary>Largest image the media endpoint fetches and caches for our own origin; bigger ones answer 404.</summary>
    public const int MaxMediaBytes = 5 * 1024 * 1024;

    /// <summary>Disk the image cache may use before the images written longest ago are evicted (down to 90%).</summary>
    public const long MaxMediaCacheBytes = 2L * 1024 * 1024 * 1024;
}
