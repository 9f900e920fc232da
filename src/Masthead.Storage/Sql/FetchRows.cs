using Masthead.Crawling.Model;
using Microsoft.Data.Sqlite;

namespace Masthead.Storage;

/// <summary>Maps a fetches row to the model.</summary>
internal static class FetchRows
{
    public static FetchRecord Read(SqliteDataReader r) => new()
    {
        SourceId = Columns.Long(r, "source_id"),
        Url = r.GetString(r.GetOrdinal("url")),
        Kind = r.GetString(r.GetOrdinal("kind")),
        StartedAt = Columns.Time(r, "started_at") ?? default,
        Duration = TimeSpan.FromMilliseconds(r.GetDouble(r.GetOrdinal("duration_ms"))),
        Status = Columns.Long(r, "status") is long s ? (int)s : null,
        Bytes = r.GetInt64(r.GetOrdinal("bytes")),
        Error = Columns.Text(r, "error"),
    };
}
