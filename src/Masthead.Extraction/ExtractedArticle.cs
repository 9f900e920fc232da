namespace Masthead.Extraction;

/// <summary>
/// A news page turned into an article: metadata, the body as sanitized HTML and as plain text.
/// Unknown values are null; a failed extraction has <see cref="Error"/> set and empty text.
/// </summary>
public sealed record ExtractedArticle
{
    public string? Url { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The authors joined with ", "; null when none is known.</summary>
    public string? Byline { get; init; }

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset? Modified { get; init; }

    /// <summary>The lead image, an absolute URL.</summary>
    public string? Image { get; init; }

    public string? ImageAlt { get; init; }

    public string? ImageCaption { get; init; }

    public string? SiteName { get; init; }

    /// <summary>A BCP 47 language tag as the page declares it (for example "en" or "en-US").</summary>
    public string? Language { get; init; }

    public string? Description { get; init; }

    public string? Canonical { get; init; }

    /// <summary>The body as plain text: paragraphs separated by a blank line.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The body as sanitized HTML with absolute links.</summary>
    public string Html { get; init; } = string.Empty;

    /// <summary>Non-null when extraction failed: the reason.</summary>
    public string? Error { get; init; }

    /// <summary>Non-null when the page was handled at a limit (for example cut at <c>Limits.MaxPageBytes</c>).</summary>
    public string? Note { get; init; }

    /// <summary>A failed extraction: the reason and nothing else.</summary>
    public static ExtractedArticle Failed(string? url, string reason) => new() { Url = url, Error = reason };
}
