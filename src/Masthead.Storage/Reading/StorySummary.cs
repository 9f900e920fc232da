namespace Masthead.Storage.Reading;

/// <summary>A story (one event told by one or more outlets) with its lead article.</summary>
public sealed record StorySummary(string Id, string Title, string? Hashtag, int ArticleCount,
    DateTimeOffset FirstSeen, DateTimeOffset LastSeen, ArticleSummary Lead);
