using Masthead.Storage.Reading;
using Masthead.Stories;

namespace Masthead.Web.Pages;

/// <summary>
/// A story as the site shows it: its coverage (timeline, first report, outlets, score) and the stored
/// articles behind each timeline entry, in timeline order.
/// </summary>
public sealed record RankedStory(string? StoryId, StoryCoverage Coverage, IReadOnlyList<ArticleSummary> Reports)
{
    /// <summary>The report a card leads with: the newest dated development, else the last one found.</summary>
    public ArticleSummary Lead =>
        Reports.Where(r => r.Published is not null).MaxBy(r => (r.Published!.Value, r.Id)) ?? Reports[^1];

    /// <summary>The earliest dated report (undated ones come last in the timeline).</summary>
    public ArticleSummary FirstReport => Reports[0];

    public int OutletCount => Math.Max(1, Coverage.Outlets.Count);
}
