namespace Masthead.Storage.Tests;

/// <summary>
/// Lists and their counts must be answered from the list indexes (migration 0003), never by scanning the
/// articles table, whose rows carry the full text: with 50,000 articles a scan costs seconds.
/// </summary>
public sealed class QueryPlanTests
{
    public static TheoryData<string, string> Lists => new()
    {
        { "newest", "a.duplicate_of IS NULL ORDER BY a.sort_time DESC, a.id DESC LIMIT 20" },
        { "by hashtag", "a.hashtag = '#politics' AND a.duplicate_of IS NULL ORDER BY a.sort_time DESC, a.id DESC LIMIT 20" },
        { "by outlet", "a.outlet = 'X' COLLATE NOCASE AND a.duplicate_of IS NULL ORDER BY a.sort_time DESC, a.id DESC LIMIT 20" },
        { "by story", "a.story_id = 's1' AND a.duplicate_of IS NULL ORDER BY a.sort_time DESC, a.id DESC LIMIT 20" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void List_UsesAnIndexWithoutSorting(string name, string where)
    {
        Assert.NotEmpty(name);
        using var temp = new TempStore();
        using var c = temp.Store.Open();
        var plan = string.Join(" | ", Sql.List(c, "EXPLAIN QUERY PLAN SELECT a.title FROM articles a WHERE " + where, r => r.GetString(3)));
        Assert.Contains("USING INDEX articles_", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
        var count = string.Join(" | ", Sql.List(c, "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM articles a WHERE " + where.Split(" ORDER BY")[0], r => r.GetString(3)));
        Assert.Contains("COVERING INDEX", count, StringComparison.Ordinal);
    }
}
