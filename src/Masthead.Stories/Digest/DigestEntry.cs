namespace Masthead.Stories;

/// <summary>One enriched article offered to the digest: the article, its hashtag, its summary and its story id.</summary>
public sealed record DigestEntry(StoryArticle Article, string Hashtag, Summary Summary, string? StoryId = null);
