namespace Masthead.Crawling.Model;

/// <summary>
/// An outlet the channel follows, with its crawl state. Failures are data here (last error, error count,
/// next attempt), shown on the sources page; they never stop a run.
/// </summary>
public sealed record Source
{
    /// <summary>Store id; 0 before the source is first saved.</summary>
    public long Id { get; init; }

    public required string FeedUrl { get; init; }

    /// <summary>The outlet's name as the site shows it.</summary>
    public required string Name { get; init; }

    public string? SiteUrl { get; init; }

    public string? IconUrl { get; init; }

    /// <summary>True when the outlet allows full text to be republished; else only an excerpt and a link.</summary>
    public bool FullText { get; init; } = true;

    /// <summary>Keywords of which an entry must contain at least one (title or text) to be kept; empty = all.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Keywords that drop an entry when found in its title or text.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>The operator's refresh interval; the crawler adapts around it.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMinutes(30);

    public string? Category { get; init; }

    public SourceState State { get; init; } = new();
}
