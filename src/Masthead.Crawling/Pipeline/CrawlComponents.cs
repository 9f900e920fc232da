namespace Masthead.Crawling.Pipeline;

/// <summary>The libraries the pipeline calls, gathered so tests can swap any of them.</summary>
public sealed record CrawlComponents(IFeedReader Feeds, IPageExtractor Pages, IArticleEnricher Enricher);
