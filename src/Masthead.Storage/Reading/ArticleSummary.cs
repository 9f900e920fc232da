namespace Masthead.Storage.Reading;

/// <summary>An article as lists show it: enough for a headline row, without the body.</summary>
public sealed record ArticleSummary
{
    public long Id { get; init; }

    public required string Url { get; init; }

    public required string Title { get; init; }

    public required string Outlet { get; init; }

    public string? Author { get; init; }

    public DateTimeOffset? Published { get; init; }

    /// <summary>The time lists sort by (publication time, never later than when it was stored).</summary>
    public DateTimeOffset SortTime { get; init; }

    public string? Hashtag { get; init; }

    /// <summary>The stored excerpt, else the start of the text.</summary>
    public string? Excerpt { get; init; }

    public string? Image { get; init; }

    public string? ImageAlt { get; init; }

    public long? SourceId { get; init; }

    /// <summary>The outlet's icon from its source, if configured.</summary>
    public string? IconUrl { get; init; }

    public string? StoryId { get; init; }

    /// <summary>The short summary made when the article was stored (extractive, or by the configured model).</summary>
    public string? SummaryShort { get; init; }
}
