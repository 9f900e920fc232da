using System.Globalization;
using Masthead.Crawling.Model;
using Microsoft.Data.Sqlite;

namespace Masthead.Storage;

// Sources and their crawl state.
public sealed partial class SqliteStore
{
    public Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<Source>>(c => Sql.List(c, "SELECT * FROM sources ORDER BY name COLLATE NOCASE, id", SourceRows.Read), ct);

    public Task<Source> UpsertSourceAsync(Source source, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return WriteAsync((c, tx) =>
        {
            using var cmd = Sql.Command(c, """
                INSERT INTO sources (feed_url, name, site_url, icon_url, full_text, include_json, exclude_json, refresh_seconds, category)
                VALUES ($feed, $name, $site, $icon, $full, $inc, $exc, $refresh, $cat)
                ON CONFLICT (feed_url) DO UPDATE SET
                    name = excluded.name, site_url = excluded.site_url, icon_url = excluded.icon_url,
                    full_text = excluded.full_text, include_json = excluded.include_json,
                    exclude_json = excluded.exclude_json, refresh_seconds = excluded.refresh_seconds,
                    category = excluded.category
                RETURNING *
                """, tx,
                ("$feed", source.FeedUrl), ("$name", source.Name), ("$site", source.SiteUrl), ("$icon", source.IconUrl),
                ("$full", source.FullText), ("$inc", Columns.Json(source.Include)), ("$exc", Columns.Json(source.Exclude)),
                ("$refresh", (long)source.RefreshInterval.TotalSeconds), ("$cat", source.Category));
            using var reader = cmd.ExecuteReader();
            reader.Read();
            return SourceRows.Read(reader);
        }, ct);
    }

    public Task<bool> RemoveSourceAsync(string idOrFeedUrl, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrFeedUrl);
        return WriteAsync((c, tx) =>
        {
            var id = long.TryParse(idOrFeedUrl, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : FindSourceId(c, tx, idOrFeedUrl);
            if (id is null)
            {
                return false;
            }
            Sql.Execute(c, "DELETE FROM entries WHERE source_id = $id", tx, ("$id", id));
            return Sql.Execute(c, "DELETE FROM sources WHERE id = $id", tx, ("$id", id)) > 0;
        }, ct);
    }

    public Task SaveSourceStateAsync(long sourceId, SourceState state, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        return WriteAsync((c, tx) => Sql.Execute(c, """
            UPDATE sources SET etag = $etag, last_modified = $lm, last_fetched = $lf, last_success = $ls,
                next_attempt = $next, last_error = $err, error_count = $count, effective_seconds = $eff, feed_title = $title
            WHERE id = $id
            """, tx,
            ("$id", sourceId), ("$etag", state.ETag), ("$lm", state.LastModified), ("$lf", Columns.Millis(state.LastFetched)),
            ("$ls", Columns.Millis(state.LastSuccess)), ("$next", Columns.Millis(state.NextAttempt)), ("$err", state.LastError),
            ("$count", state.ErrorCount), ("$eff", (long?)state.EffectiveInterval?.TotalSeconds), ("$title", state.FeedTitle)), ct);
    }

    /// <summary>One source by id, or null.</summary>
    public Task<Source?> GetSourceAsync(long id, CancellationToken ct = default) =>
        ReadAsync(c => Sql.List(c, "SELECT * FROM sources WHERE id = $id", SourceRows.Read, ("$id", id)).FirstOrDefault(), ct);

    private static long? FindSourceId(SqliteConnection c, SqliteTransaction tx, string feedUrl)
    {
        using var cmd = Sql.Command(c, "SELECT id FROM sources WHERE feed_url = $u", tx, ("$u", feedUrl));
        return cmd.ExecuteScalar() is long id ? id : null;
    }
}
