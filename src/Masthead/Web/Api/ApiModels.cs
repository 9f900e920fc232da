namespace Masthead.Web.Api;

/// <summary>A list item of GET /api/articles: <c>path</c> is the article page on this site.</summary>
public sealed record ApiArticle(long Id, string Url, string Title, string Outlet, string? Author, DateTimeOffset? Published,
    IReadOnlyList<string> Hashtags, string Path);

/// <summary>GET /api/articles/{id}: the list fields plus text, sanitised HTML, lead image and summary.</summary>
public sealed record ApiArticleDetail(long Id, string Url, string Title, string Outlet, string? Author, DateTimeOffset? Published,
    IReadOnlyList<string> Hashtags, string Path, string Text, string Html, string? Image, string? Summary, string? StoryId);

public sealed record ApiPage<T>(long Total, IReadOnlyList<T> Items);

/// <summary>A search result: the article, its BM25 rank (lower is better) and the snippet with matches in &lt;mark&gt;.</summary>
public sealed record ApiSearchHit(ApiArticle Article, double Rank, string Snippet);

public sealed record ApiSource(long Id, string Name, string FeedUrl, string? SiteUrl, string? IconUrl, bool FullText, string Status,
    long Articles, DateTimeOffset? LastFetched, DateTimeOffset? NextAttempt, string? LastError, int ErrorCount);

public sealed record ApiHashtag(string Hashtag, long Articles, string Path);
