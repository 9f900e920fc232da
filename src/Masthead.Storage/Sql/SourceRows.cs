using Masthead.Crawling.Model;
using Microsoft.Data.Sqlite;

namespace Masthead.Storage;

/// <summary>Maps a sources row to the model.</summary>
internal static class SourceRows
{
    public static Source Read(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(r.GetOrdinal("id")),
        FeedUrl = r.GetString(r.GetOrdinal("feed_url")),
        Name = r.GetString(r.GetOrdinal("name")),
        SiteUrl = Columns.Text(r, "site_url"),
        IconUrl = Columns.Text(r, "icon_url"),
        FullText = Columns.Bool(r, "full_text"),
        Include = Columns.FromJson<List<string>>(r, "include_json", []),
        Exclude = Columns.FromJson<List<string>>(r, "exclude_json", []),
        RefreshInterval = TimeSpan.FromSeconds(r.GetInt64(r.GetOrdinal("refresh_seconds"))),
        Category = Columns.Text(r, "category"),
        State = new SourceState
        {
            ETag = Columns.Text(r, "etag"),
            LastModified = Columns.Text(r, "last_modified"),
            LastFetched = Columns.Time(r, "last_fetched"),
            LastSuccess = Columns.Time(r, "last_success"),
            NextAttempt = Columns.Time(r, "next_attempt"),
            LastError = Columns.Text(r, "last_error"),
            ErrorCount = (int)r.GetInt64(r.GetOrdinal("error_count")),
            EffectiveInterval = Columns.Long(r, "effective_seconds") is long s ? TimeSpan.FromSeconds(s) : null,
            FeedTitle = Columns.Text(r, "feed_title"),
        },
    };
}
