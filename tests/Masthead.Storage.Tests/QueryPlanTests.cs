using Masthead.Storage.Reading;

namespace Masthead.Storage.Tests;

/// <summary>
/// Lists and their counts must be answered from the list indexes (migration 0003), never by scanning the
/// articles table, whose rows carry the full text: with 50,000 articles a scan costs seconds. The plans are of the
/// store's own SQL for each filter, not a copy of it.
/// </summary>
public sealed class QueryPlanTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, ArticleFilter> Lists => new()
    {
        { "newest", new ArticleFilter() },
        { "by hashtag", new ArticleFilter { Tag = "#politics" } },
        { "by outlet", new ArticleFilter { Outlet = "X" } },
        { "by story", new ArticleFilter { StoryId = "s1" } },
        { "a time window", new ArticleFilter { NewerThan = T0, Until = T0.AddHours(6) } },
        { "after a cursor", new ArticleFilter { After = new ArticleSummary { Id = 42, Url = "u", Title = "t", Outlet = "o", SortTime = T0 } } },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void List_UsesAnIndexWithoutSorting(string name, ArticleFilter filter)
    {
        using var temp = new TempStore();
        var (list, count) = temp.Store.ExplainList(filter);
        Assert.True(list.Contains("USING INDEX articles_", StringComparison.Ordinal), $"{name}: {list}");
        Assert.False(list.Contains("TEMP B-TREE", StringComparison.Ordinal), $"{name}: {list}");
        Assert.True(count.Contains("COVERING INDEX", StringComparison.Ordinal), $"{name}: {count}");
    }
}
