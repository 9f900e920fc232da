namespace Masthead.Feeds;

/// <summary>Where a republished entry came from (RSS source element, Atom source element).</summary>
public sealed record FeedSource(string? Title, string? Url, string? Link, string? Id)
{
    /// <summary>The whole source feed's metadata when the source element carries it (Atom source), else null.</summary>
    public Feed? Metadata { get; init; }
}
