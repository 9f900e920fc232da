using Masthead.Crawling.Model;
using Microsoft.Data.Sqlite;

namespace Masthead.Storage;

// The crawler's side of articles: the "skip known" gates, saving, fetch history, warm-up.
public sealed partial class SqliteStore
{
    public Task<IReadOnlySet<string>> KnownEntriesAsync(long sourceId, IReadOnlyCollection<string> entryIdentities, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entryIdentities);
        // The identities go in as one JSON array parameter: one primary-key probe each, whatever the feed's length,
        // without a statement per entry or SQLite's limit on bound parameters.
        var json = System.Text.Json.JsonSerializer.Serialize(entryIdentities);
        return ReadAsync<IReadOnlySet<string>>(c => Sql.List(c,
            "SELECT identity FROM entries WHERE source_id = $s AND identity IN (SELECT value FROM json_each($ids))",
            r => r.GetString(0), ("$s", sourceId), ("$ids", json)).ToHashSet(StringComparer.Ordinal), ct);
    }

    public Task MarkEntrySkippedAsync(long sourceId, string entryIdentity, CancellationToken ct = default) =>
        WriteAsync((c, tx) => Sql.Execute(c, "INSERT OR IGNORE INTO entries (source_id, identity, article_id) VALUES ($s, $i, NULL)", tx,
            ("$s", sourceId), ("$i", entryIdentity)), ct);

    public Task<bool> HasCanonicalUrlAsync(string canonicalUrl, CancellationToken ct = default) =>
        ReadAsync(c => Sql.Scalar<long>(c, "SELECT EXISTS (SELECT 1 FROM articles WHERE canonical_url = $u)", ("$u", canonicalUrl)) == 1, ct);

    public Task<Article?> FindByCanonicalUrlAsync(string canonicalUrl, CancellationToken ct = default) =>
        ReadAsync(c => Sql.List(c, "SELECT * FROM articles WHERE canonical_url = $u", ArticleRows.Read, ("$u", canonicalUrl)).FirstOrDefault(), ct);

    public Task<Article?> FindByContentHashAsync(string contentHash, CancellationToken ct = default) =>
        ReadAsync(c => Sql.List(c, "SELECT * FROM articles WHERE content_hash = $h ORDER BY id LIMIT 1", ArticleRows.Read, ("$h", contentHash)).FirstOrDefault(), ct);

    /// <summary>One article by id, or null.</summary>
    public Task<Article?> GetArticleAsync(long id, CancellationToken ct = default) =>
        ReadAsync(c => Sql.List(c, "SELECT * FROM articles WHERE id = $id", ArticleRows.Read, ("$id", id)).FirstOrDefault(), ct);

    public Task<Article> SaveArticleAsync(Article article, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return WriteAsync((c, tx) => ReadArticle(c, tx, Save(c, tx, article)), ct);
    }

    /// <summary>Saves many articles in one transaction (imports and benchmarks); returns how many were written.</summary>
    public Task<int> SaveArticlesAsync(IEnumerable<Article> articles, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return WriteAsync((c, tx) =>
        {
            var count = 0;
            foreach (var article in articles)
            {
                Save(c, tx, article);
                count++;
            }
            return count;
        }, ct);
    }

    /// <summary>
    /// One article written: the row (stamped with the time it was fetched when it carries none), its feed entry (so
    /// the "skip known" gate knows it), and its story kept in step. Returns the row id.
    /// </summary>
    private static long Save(SqliteConnection c, SqliteTransaction tx, Article article)
    {
        var stored = article.FetchedAt == default ? article with { FetchedAt = DateTimeOffset.UtcNow } : article;
        var id = ArticleRows.Upsert(c, tx, stored);
        if (stored.SourceId is long sourceId && !string.IsNullOrEmpty(stored.EntryIdentity))
        {
            Sql.Execute(c, "INSERT OR IGNORE INTO entries (source_id, identity, article_id) VALUES ($s, $i, $a)", tx,
                ("$s", sourceId), ("$i", stored.EntryIdentity), ("$a", id));
        }
        if (!string.IsNullOrEmpty(stored.StoryId))
        {
            TouchStory(c, tx, stored.StoryId, id);
        }
        return id;
    }

    public Task RecordFetchAsync(FetchRecord fetch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var started = fetch.StartedAt == default ? DateTimeOffset.UtcNow : fetch.StartedAt;
        return WriteAsync((c, tx) => Sql.Execute(c, """
            INSERT INTO fetches (source_id, url, kind, started_at, duration_ms, status, bytes, error)
            VALUES ($s, $u, $k, $t, $d, $st, $b, $e)
            """, tx,
            ("$s", fetch.SourceId), ("$u", fetch.Url), ("$k", fetch.Kind), ("$t", started.ToUnixTimeMilliseconds()),
            ("$d", fetch.Duration.TotalMilliseconds), ("$st", fetch.Status), ("$b", fetch.Bytes), ("$e", fetch.Error)), ct);
    }

    public Task<IReadOnlyList<Article>> GetRecentArticlesAsync(DateTimeOffset since, int limit, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<Article>>(c => Sql.List(c,
            "SELECT * FROM articles WHERE fetched_at >= $since ORDER BY fetched_at DESC, id DESC LIMIT $limit",
            ArticleRows.Read, ("$since", since.ToUnixTimeMilliseconds()), ("$limit", Math.Max(0, limit))), ct);

    /// <summary>The fetch history of one source (or of all, when null), newest first.</summary>
    public Task<IReadOnlyList<FetchRecord>> GetFetchesAsync(long? sourceId, int limit, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<FetchRecord>>(c => Sql.List(c,
            "SELECT * FROM fetches WHERE $s IS NULL OR source_id = $s ORDER BY started_at DESC, id DESC LIMIT $limit",
            FetchRows.Read, ("$s", sourceId), ("$limit", limit)), ct);

    /// <summary>Keeps the story row (the cluster's title, lead and extent) in step with its articles.</summary>
    private static void TouchStory(SqliteConnection c, SqliteTransaction tx, string storyId, long articleId)
    {
        Sql.Execute(c, """
            INSERT INTO stories (id, title, hashtag, lead_article_id, first_seen, last_seen, article_count)
            SELECT $story, a.title, a.hashtag, a.id, a.sort_time, a.sort_time, 1 FROM articles a WHERE a.id = $a
            ON CONFLICT (id) DO UPDATE SET
                first_seen = MIN(first_seen, excluded.first_seen),
                last_seen = MAX(last_seen, excluded.last_seen),
                article_count = (SELECT COUNT(*) FROM articles WHERE story_id = $story)
            """, tx, ("$story", storyId), ("$a", articleId));
    }

    private static Article ReadArticle(SqliteConnection c, SqliteTransaction tx, long id)
    {
        using var cmd = Sql.Command(c, "SELECT * FROM articles WHERE id = $id", tx, ("$id", id));
        using var reader = cmd.ExecuteReader();
        reader.Read();
        return ArticleRows.Read(reader);
    }
}
