using Masthead.Storage.Reading;
using Microsoft.Data.Sqlite;

namespace Masthead.Storage;

/// <summary>The columns a list row needs, and their mapping.</summary>
internal static class SummaryRows
{
    /// <summary>Select list over "articles a LEFT JOIN sources s".</summary>
    public const string Columns = """
        a.id, a.url, a.title, a.outlet, a.author, a.published, a.sort_time, a.hashtag,
        COALESCE(a.excerpt, substr(a.text, 1, 300)) AS excerpt, a.image, a.image_alt, a.source_id,
        s.icon_url, a.story_id, a.summary_short
        """;

    /// <summary>How many columns <see cref="Columns"/> selects: queries that add their own read them from here on.</summary>
    public const int Count = 15;

    public const string From = "articles a LEFT JOIN sources s ON s.id = a.source_id";

    public static ArticleSummary Read(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Url = r.GetString(1),
        Title = r.GetString(2),
        Outlet = r.GetString(3),
        Author = r.IsDBNull(4) ? null : r.GetString(4),
        Published = r.IsDBNull(5) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5)),
        SortTime = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)),
        Hashtag = r.IsDBNull(7) ? null : r.GetString(7),
        Excerpt = r.IsDBNull(8) ? null : r.GetString(8),
        Image = r.IsDBNull(9) ? null : r.GetString(9),
        ImageAlt = r.IsDBNull(10) ? null : r.GetString(10),
        SourceId = r.IsDBNull(11) ? null : r.GetInt64(11),
        IconUrl = r.IsDBNull(12) ? null : r.GetString(12),
        StoryId = r.IsDBNull(13) ? null : r.GetString(13),
        SummaryShort = r.IsDBNull(14) ? null : r.GetString(14),
    };
}
