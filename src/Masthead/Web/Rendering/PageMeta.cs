namespace Masthead.Web.Rendering;

/// <summary>What the layout needs to know about one page besides its main content.</summary>
public sealed record PageMeta
{
    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The page's path on the site; the layout makes the canonical link from it.</summary>
    public required string Path { get; init; }

    /// <summary>Extra, already-encoded head elements (OpenGraph, JSON-LD, feed links).</summary>
    public string HeadExtra { get; init; } = "";

    /// <summary>The hashtag section to mark as current in the navigation.</summary>
    public string? CurrentTag { get; init; }

    public bool NoIndex { get; init; }
}
