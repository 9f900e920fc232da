namespace Masthead.Feeds;

/// <summary>A chapter mark of a podcast episode (Podlove Simple Chapters, https://podlove.org/simple-chapters/).</summary>
public sealed record FeedChapter(string StartText, TimeSpan? Start, string? Title, string? Href, string? Image);
