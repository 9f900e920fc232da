namespace Masthead.Crawling.Pipeline;

/// <summary>What the extractor found on a page; <see cref="Error"/> set when it found no article.</summary>
public sealed record PageContent
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset? Modified { get; init; }

    public string? Image { get; init; }

    public string? ImageAlt { get; init; }

    public string? ImageCaption { get; init; }

    public string? SiteName { get; init; }

    public string? Language { get; init; }

    public string? Description { get; init; }

    public string? Canonical { get; init; }

    public string Text { get; init; } = "";

    /// <summary>Sanitized HTML of the body.</summary>
    public string Html { get; init; } = "";

    public string? Error { get; init; }
}
