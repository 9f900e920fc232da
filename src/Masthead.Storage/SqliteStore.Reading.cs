using Masthead.Storage.Reading;

namespace Masthead.Storage;

// The site's read side: lists by filter, stories, counts, hashtags and outlets.
public sealed partial class SqliteStore
{
    /// <summary>Articles matching <paramref name="filter"/>, newest first, with the total count.</summary>
    public Task<Page<ArticleSummary>> ListArticlesAsync(ArticleFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // Only the filters given become conditions, so SQLite can pick the matching list index (0003 migration).
        var (where, args) = Where(filter);
        return ReadAsync(c =>
        {
            var items = Sql.List(c, ListSql(where), SummaryRows.Read, [.. args, ("$limit", filter.SafeLimit), ("$offset", filter.SafeOffset)]);
            var total = !filter.WithTotal || (items.Count < filter.SafeLimit && filter.SafeOffset == 0)
                ? filter.SafeOffset + items.Count
                : Sql.Scalar<long>(c, CountSql(where), [.. args]);
            return new Page<ArticleSummary>(total, items);
        }, ct);
    }

    private static string ListSql(string where) => $"""
        SELECT {SummaryRows.Columns} FROM {SummaryRows.From} WHERE {where}
        ORDER BY a.sort_time DESC, a.id DESC LIMIT $limit OFFSET $offset
        """;

    private static string CountSql(string where) => $"SELECT COUNT(*) FROM articles a WHERE {where}";

    /// <summary>SQLite's query plans for a list and its count, exactly as <see cref="ListArticlesAsync"/> would run them (for the index tests).</summary>
    internal (string List, string Count) ExplainList(ArticleFilter filter)
    {
        var (where, args) = Where(filter);
        using var c = Open();
        string Plan(string sql) => string.Join(" | ", Sql.List(c, "EXPLAIN QUERY PLAN " + sql, r => r.GetString(3), [.. args, ("$limit", filter.SafeLimit), ("$offset", filter.SafeOffset)]));
        return (Plan(ListSql(where)), Plan(CountSql(where)));
    }

    private static (string Where, List<(string, object?)> Args) Where(ArticleFilter filter)
    {
        var conditions = new List<string>();
        var args = new List<(string, object?)>();
        void Add(string condition, string name, object? value)
        {
            conditions.Add(condition);
            args.Add((name, value));
        }
        if (filter.Url is not null)
        {
            Add("(a.url = $url OR a.canonical_url = $url)", "$url", filter.Url);
        }
        if (filter.Outlet is not null)
        {
            Add("a.outlet = $outlet COLLATE NOCASE", "$outlet", filter.Outlet);
        }
        if (ArticleFilter.NormalizeTag(filter.Tag) is { } tag)
        {
            Add("a.hashtag = $tag", "$tag", tag);
        }
        if (filter.StoryId is not null)
        {
            Add("a.story_id = $story", "$story", filter.StoryId);
        }
        if (filter.NewerThan is { } newer)
        {
            Add("a.sort_time > $newer", "$newer", newer.ToUnixTimeMilliseconds());
        }
        if (filter.Until is { } until)
        {
            Add("a.sort_time <= $until", "$until", until.ToUnixTimeMilliseconds());
        }
        if (filter.After is { } after)
        {
            // Row-value comparison in the list order (sort_time DESC, id DESC): a range on the list index.
            conditions.Add("(a.sort_time, a.id) < ($afterTime, $afterId)");
            args.Add(("$afterTime", after.SortTime.ToUnixTimeMilliseconds()));
            args.Add(("$afterId", after.Id));
        }
        if (!filter.IncludeDuplicates && filter.Url is null)
        {
            conditions.Add("a.duplicate_of IS NULL");
        }
        return (conditions.Count == 0 ? "1" : string.Join(" AND ", conditions), args);
    }

    /// <summary>A story row with its lead article's list row, as <see cref="ReadStory"/> reads it.</summary>
    private static readonly string StorySelect = $"""
        SELECT {SummaryRows.Columns}, st.id, st.title, st.hashtag, st.article_count, st.first_seen, st.last_seen
        FROM stories st JOIN articles a ON a.id = st.lead_article_id LEFT JOIN sources s ON s.id = a.source_id
        """;

    /// <summary>The newest stories by their latest article, each with its lead article.</summary>
    public Task<IReadOnlyList<StorySummary>> GetNewestStoriesAsync(int limit, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<StorySummary>>(c => Sql.List(c, $"{StorySelect} ORDER BY st.last_seen DESC LIMIT $limit",
            ReadStory, ("$limit", Math.Clamp(limit, 1, ArticleFilter.MaxLimit))), ct);

    public Task<StorySummary?> GetStoryAsync(string id, CancellationToken ct = default) =>
        ReadAsync(c => Sql.List(c, $"{StorySelect} WHERE st.id = $id", ReadStory, ("$id", id)).FirstOrDefault(), ct);

    /// <summary>Every hashtag in use with its article count, most used first.</summary>
    public Task<IReadOnlyList<NameCount>> GetHashtagsAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<NameCount>>(c => Sql.List(c,
            "SELECT hashtag, COUNT(*) FROM articles WHERE hashtag IS NOT NULL GROUP BY hashtag ORDER BY 2 DESC, 1",
            r => new NameCount(r.GetString(0), r.GetInt64(1))), ct);

    /// <summary>Every outlet with its article count and icon, by name.</summary>
    public Task<IReadOnlyList<NameCount>> GetOutletsAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<NameCount>>(c => Sql.List(c, """
            SELECT a.outlet, COUNT(*), MAX(s.icon_url) FROM articles a LEFT JOIN sources s ON s.id = a.source_id
            GROUP BY a.outlet COLLATE NOCASE ORDER BY a.outlet COLLATE NOCASE
            """, r => new NameCount(r.GetString(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetString(2))), ct);

    /// <summary>Sources with their article count and fetch health.</summary>
    public Task<IReadOnlyList<SourceHealth>> GetSourceHealthAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<SourceHealth>>(c => Sql.List(c, """
            SELECT s.*,
                (SELECT COUNT(*) FROM articles a WHERE a.source_id = s.id) AS n_articles,
                (SELECT COUNT(*) FROM fetches f WHERE f.source_id = s.id) AS n_fetches,
                (SELECT COUNT(*) FROM fetches f WHERE f.source_id = s.id AND f.error IS NOT NULL) AS n_failures,
                (SELECT f.status FROM fetches f WHERE f.source_id = s.id ORDER BY f.started_at DESC, f.id DESC LIMIT 1) AS last_status,
                (SELECT f.duration_ms FROM fetches f WHERE f.source_id = s.id ORDER BY f.started_at DESC, f.id DESC LIMIT 1) AS last_ms
            FROM sources s ORDER BY s.name COLLATE NOCASE, s.id
            """, r => new SourceHealth(SourceRows.Read(r), r.GetInt64(r.GetOrdinal("n_articles")),
                r.GetInt64(r.GetOrdinal("n_fetches")), r.GetInt64(r.GetOrdinal("n_failures")),
                Columns.Long(r, "last_status") is long st ? (int)st : null,
                r.IsDBNull(r.GetOrdinal("last_ms")) ? null : r.GetDouble(r.GetOrdinal("last_ms")))), ct);

    /// <summary>Totals for /metrics.</summary>
    /// <param name="withFetches">False skips the fetch totals, a scan of the whole fetch log (which grows with every
    /// poll): /health, which load balancers ask every few seconds, needs only the three row counts.</param>
    /// <param name="ct">Cancels the read.</param>
    public Task<StoreCounts> GetCountsAsync(bool withFetches = true, CancellationToken ct = default) =>
        ReadAsync(c => new StoreCounts(
            Sql.Scalar<long>(c, "SELECT COUNT(*) FROM articles"),
            Sql.Scalar<long>(c, "SELECT COUNT(*) FROM sources"),
            Sql.Scalar<long>(c, "SELECT COUNT(*) FROM stories"),
            withFetches
                ? Sql.List(c, "SELECT kind, COUNT(*), COUNT(error), COALESCE(SUM(duration_ms), 0) FROM fetches GROUP BY kind ORDER BY kind",
                    r => new FetchTotals(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetDouble(3)))
                : []), ct);

    private static StorySummary ReadStory(Microsoft.Data.Sqlite.SqliteDataReader r)
    {
        const int At = SummaryRows.Count;
        return new(
            r.GetString(At), r.GetString(At + 1), r.IsDBNull(At + 2) ? null : r.GetString(At + 2), (int)r.GetInt64(At + 3),
            DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(At + 4)), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(At + 5)),
            SummaryRows.Read(r));
    }
}
