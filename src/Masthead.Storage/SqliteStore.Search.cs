using Masthead.Core;
using Masthead.Storage.Reading;
using Masthead.Storage.Search;

namespace Masthead.Storage;

// Full-text search: FTS5 MATCH, BM25 ranking (title weighted above outlet above text), marked snippets.
public sealed partial class SqliteStore
{
    /// <summary>Snippet length in tokens (FTS5 caps it at 64).</summary>
    private const int SnippetTokens = 28;

    /// <summary>Searches with <see cref="SearchQuery"/> syntax; a query of filters only lists the newest matches.</summary>
    public async Task<Page<SearchHit>> SearchAsync(string query, int limit = 20, int offset = 0, CancellationToken ct = default)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.FtsExpression is null)
        {
            if (parsed.Outlet is null && parsed.Tag is null)
            {
                return new Page<SearchHit>(0, []);
            }
            var list = await ListArticlesAsync(new ArticleFilter { Outlet = parsed.Outlet, Tag = parsed.Tag, Limit = limit, Offset = offset }, ct)
                .ConfigureAwait(false);
            return new Page<SearchHit>(list.Total, [.. list.Items.Select(a => new SearchHit(a, a.Title, a.Excerpt ?? "", 0))]);
        }
        return await ReadAsync(c =>
        {
            // Walking the match list newest first is cheap; ranking is not: rank only the newest matches.
            var floor = Sql.Scalar<long?>(c, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH $q ORDER BY rowid DESC LIMIT 1 OFFSET $cap",
                ("$q", parsed.FtsExpression), ("$cap", Limits.MaxRankedSearchMatches - 1)) ?? 0;
            (string, object?)[] args =
            [
                ("$q", parsed.FtsExpression), ("$floor", floor),
                ("$limit", Math.Clamp(limit, 1, ArticleFilter.MaxLimit)), ("$offset", Math.Max(0, offset)),
            ];
            // Rank and page inside the full-text index first; only the page's rows are joined, highlighted and snipped.
            var hits = Sql.List(c, $"""
                WITH top AS (
                    SELECT rowid AS id, bm25(articles_fts, 10.0, 1.0, 3.0, 0.0) AS rank FROM articles_fts
                    WHERE articles_fts MATCH $q AND rowid >= $floor ORDER BY rank LIMIT $limit OFFSET $offset)
                SELECT {SummaryRows.Columns},
                    highlight(articles_fts, 0, char(2), char(3)) AS title_marked,
                    snippet(articles_fts, 1, char(2), char(3), '…', {SnippetTokens}) AS snip,
                    top.rank
                FROM top JOIN articles_fts ON articles_fts.rowid = top.id
                    JOIN articles a ON a.id = top.id LEFT JOIN sources s ON s.id = a.source_id
                WHERE articles_fts MATCH $q AND articles_fts.rowid >= $floor
                ORDER BY top.rank
                """, r => new SearchHit(SummaryRows.Read(r), r.GetString(SummaryRows.Count), r.IsDBNull(SummaryRows.Count + 1) ? "" : r.GetString(SummaryRows.Count + 1), r.GetDouble(SummaryRows.Count + 2)), args);
            var total = hits.Count < Math.Clamp(limit, 1, ArticleFilter.MaxLimit) && offset == 0
                ? hits.Count
                : Sql.Scalar<long>(c, "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH $q", args);
            return new Page<SearchHit>(total, hits);
        }, ct).ConfigureAwait(false);
    }
}
