namespace Masthead.Storage;

// Digest editions (The Digest): stored rendered, one row per edition key.
public sealed partial class SqliteStore
{
    /// <summary>Stores (or replaces) the edition <paramref name="edition"/>, e.g. "2026-11-27T09".</summary>
    public Task SaveDigestAsync(string edition, string title, string html, string json, DateTimeOffset createdAt, CancellationToken ct = default) =>
        WriteAsync((c, tx) => Sql.Execute(c, """
            INSERT INTO digests (edition, created_at, title, html, json) VALUES ($e, $t, $title, $html, $json)
            ON CONFLICT (edition) DO UPDATE SET created_at = excluded.created_at, title = excluded.title,
                html = excluded.html, json = excluded.json
            """, tx, ("$e", edition), ("$t", createdAt.ToUnixTimeMilliseconds()), ("$title", title), ("$html", html), ("$json", json)), ct);

    /// <summary>The newest edition (title, html, json), or null when none was made yet.</summary>
    public Task<(string Edition, string Title, string Html, string Json)?> GetLatestDigestAsync(CancellationToken ct = default) =>
        ReadAsync(c => FirstEdition(c, "ORDER BY created_at DESC LIMIT 1"), ct);

    /// <summary>Most editions one <see cref="ListDigestsAsync"/> call returns.</summary>
    public const int MaxDigestPage = 100;

    /// <summary>True when the edition <paramref name="edition"/> is stored (nothing of it is read).</summary>
    public Task<bool> HasDigestAsync(string edition, CancellationToken ct = default) =>
        ReadAsync(c => Sql.Scalar<long>(c, "SELECT EXISTS (SELECT 1 FROM digests WHERE edition = $e)", ("$e", edition)) == 1, ct);

    /// <summary>One edition by its key (title, html, json), or null.</summary>
    public Task<(string Edition, string Title, string Html, string Json)?> GetDigestAsync(string edition, CancellationToken ct = default) =>
        ReadAsync(c => FirstEdition(c, "WHERE edition = $e", ("$e", edition)), ct);

    /// <summary>The first whole edition the clause selects, or null.</summary>
    private static (string Edition, string Title, string Html, string Json)? FirstEdition(Microsoft.Data.Sqlite.SqliteConnection c, string clause, params (string, object?)[] args) =>
        Sql.List(c, $"SELECT edition, title, html, json FROM digests {clause}", r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), args)
            .Select(d => ((string, string, string, string)?)d).FirstOrDefault();

    /// <summary>Editions newest first (edition, title, json) with the total count, for the archive and the feed.</summary>
    public Task<(long Total, IReadOnlyList<(string Edition, string Title, string Json)> Items)> ListDigestsAsync(int limit, int offset, CancellationToken ct = default) =>
        ReadAsync<(long, IReadOnlyList<(string, string, string)>)>(c => (Sql.Scalar<long>(c, "SELECT COUNT(*) FROM digests"), Sql.List(c,
            "SELECT edition, title, json FROM digests ORDER BY created_at DESC, id DESC LIMIT $limit OFFSET $offset",
            r => (r.GetString(0), r.GetString(1), r.GetString(2)), ("$limit", Math.Clamp(limit, 1, MaxDigestPage)), ("$offset", Math.Max(0, offset)))), ct);
}
