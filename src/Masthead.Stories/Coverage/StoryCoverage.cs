namespace Masthead.Stories;

/// <summary>
/// A story's "full coverage": every outlet's version in publication order (the timeline), who reported first,
/// the outlets that carry it, and its front-page score.
/// </summary>
public sealed record StoryCoverage(string StoryId, IReadOnlyList<StoryArticle> Timeline, double Score)
{
    /// <summary>The earliest article (undated ones sort last).</summary>
    public StoryArticle FirstReport => Timeline[0];

    /// <summary>Distinct outlets, in the order they reported.</summary>
    public IReadOnlyList<string> Outlets => [.. Timeline.Select(a => a.Outlet ?? "").Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Publication time of the latest article.</summary>
    public DateTimeOffset? LastUpdate => Timeline.Max(a => a.Published);
}
