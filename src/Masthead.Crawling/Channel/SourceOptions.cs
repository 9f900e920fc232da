namespace Masthead.Crawling.Channel;

/// <summary>A source as the operator configures it (the store keeps its crawl state).</summary>
public sealed class SourceOptions
{
    public string FeedUrl { get; set; } = "";

    public string Name { get; set; } = "";

    public string? SiteUrl { get; set; }

    public string? IconUrl { get; set; }

    /// <summary>True when the outlet's full text may be republished; false shows an excerpt and a link.</summary>
    public bool FullText { get; set; } = true;

    public List<string> Include { get; set; } = [];

    public List<string> Exclude { get; set; } = [];

    public int RefreshMinutes { get; set; } = 30;

    public string? Category { get; set; }
}
