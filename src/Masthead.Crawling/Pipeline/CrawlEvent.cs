namespace Masthead.Crawling.Pipeline;

/// <summary>A progress note from the crawler, for a progress bar or a log (no logging framework needed here).</summary>
public sealed record CrawlEvent(CrawlEventKind Kind, string? Source, string? Url, string Message);

public enum CrawlEventKind
{
    SourceStarted,
    SourceDone,
    SourceFailed,
    ArticleStored,
    PageMissed,
    Skipped,
}
