namespace Masthead.Stories;

/// <summary>
/// Ranks stories for the front page by how many outlets carry them and how recent they are:
/// score = outlets x 2^(-age / half-life), age measured from the story's latest article (Hacker-News-style
/// gravity, with a half-life so the decay reads in hours). A story with one outlet is still listed.
/// </summary>
public static class StoryRanking
{
    public static readonly TimeSpan DefaultHalfLife = TimeSpan.FromHours(6);

    public static IReadOnlyList<StoryCoverage> Rank(IEnumerable<(StoryArticle Article, string StoryId)> articles, DateTimeOffset now, TimeSpan? halfLife = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var half = halfLife ?? DefaultHalfLife;
        return [.. articles
            .GroupBy(a => a.StoryId, StringComparer.Ordinal)
            .Select(g => Coverage(g.Key, [.. g.Select(a => a.Article)], now, half))
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.LastUpdate ?? DateTimeOffset.MinValue)];
    }

    private static StoryCoverage Coverage(string storyId, List<StoryArticle> articles, DateTimeOffset now, TimeSpan half)
    {
        var timeline = articles.OrderBy(a => a.Published ?? DateTimeOffset.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        var outlets = Math.Max(1, timeline.Select(a => a.Outlet).Where(o => !string.IsNullOrWhiteSpace(o)).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var latest = timeline.Max(a => a.Published) ?? now;
        var ageHours = Math.Max(0, (now - latest).TotalHours);
        var score = outlets * Math.Pow(2, -ageHours / half.TotalHours);
        return new StoryCoverage(storyId, timeline, score);
    }
}
