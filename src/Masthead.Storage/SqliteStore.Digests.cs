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
        ReadAsync<(string, string, string, string)?>(c => Sql.List(c,
            "SELECT edition, title, html, json FROM digests ORDER BY created_at DESC LIMIT 1",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3))).Select(d => ((string, string, string, string)?)d).FirstOrDefault(), ct);
}
