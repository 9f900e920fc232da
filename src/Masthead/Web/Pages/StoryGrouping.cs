using System.Globalization;
using Masthead.Storage.Reading;
using Masthead.Stories;

namespace Masthead.Web.Pages;

/// <summary>
/// Turns stored list rows into ranked stories with <see cref="StoryRanking"/>: rows group by story id
/// (an article outside any story is a story of its own), and each row enters the ranking with the time
/// <c>timeOf</c> gives it.
/// </summary>
public static class StoryGrouping
{
    // Story ids come from the clusterer and never hold a NUL, so a standalone article's key cannot collide with one.
    private const string Standalone = "\0article:";

    /// <summary>For the front page: publication time, else the time it was stored (the store's sort time).</summary>
    public static DateTimeOffset? RankingTime(ArticleSummary a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.SortTime;
    }

    /// <summary>For a story's timeline: only what the outlet said; undated reports go last.</summary>
    public static DateTimeOffset? PublishedTime(ArticleSummary a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Published;
    }

    public static IReadOnlyList<RankedStory> Rank(IEnumerable<ArticleSummary> articles, DateTimeOffset now,
        Func<ArticleSummary, DateTimeOffset?> timeOf, TimeSpan? halfLife = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(timeOf);
        var byId = new Dictionary<string, ArticleSummary>(StringComparer.Ordinal);
        var input = new List<(StoryArticle, string)>();
        foreach (var a in articles)
        {
            var id = a.Id.ToString(CultureInfo.InvariantCulture);
            if (byId.TryAdd(id, a))
            {
                input.Add((new StoryArticle(id, a.Url, a.Outlet, a.Title, "", timeOf(a)), a.StoryId ?? Standalone + id));
            }
        }
        return [.. StoryRanking.Rank(input, now, halfLife).Select(c => new RankedStory(
            c.StoryId.StartsWith(Standalone, StringComparison.Ordinal) ? null : c.StoryId, c, [.. c.Timeline.Select(t => byId[t.Id])]))];
    }
}
