using Masthead.Crawling.Model;
using Microsoft.Data.Sqlite;

namespace Masthead.Storage;

/// <summary>Maps articles rows to the model and back.</summary>
internal static class ArticleRows
{
    public static Article Read(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(r.GetOrdinal("id")),
        SourceId = Columns.Long(r, "source_id"),
        Outlet = r.GetString(r.GetOrdinal("outlet")),
        Url = r.GetString(r.GetOrdinal("url")),
        CanonicalUrl = r.GetString(r.GetOrdinal("canonical_url")),
        EntryIdentity = Columns.Text(r, "entry_identity"),
        Title = r.GetString(r.GetOrdinal("title")),
        Author = Columns.Text(r, "author"),
        Published = Columns.Time(r, "published"),
        Modified = Columns.Time(r, "modified"),
        FetchedAt = Columns.Time(r, "fetched_at") ?? default,
        Image = Columns.Text(r, "image"),
        ImageAlt = Columns.Text(r, "image_alt"),
        ImageCaption = Columns.Text(r, "image_caption"),
        SiteName = Columns.Text(r, "site_name"),
        Language = Columns.Text(r, "language"),
        Excerpt = Columns.Text(r, "excerpt"),
        Text = r.GetString(r.GetOrdinal("text")),
        Html = r.GetString(r.GetOrdinal("html")),
        FromFeedOnly = Columns.Bool(r, "from_feed_only"),
        PageError = Columns.Text(r, "page_error"),
        FullTextAllowed = Columns.Bool(r, "full_text_allowed"),
        ContentHash = Columns.Text(r, "content_hash"),
        DuplicateOf = Columns.Long(r, "duplicate_of"),
        Hashtag = Columns.Text(r, "hashtag"),
        Entities = Columns.FromJson<List<ArticleEntity>>(r, "entities_json", []),
        SummaryShort = Columns.Text(r, "summary_short"),
        SummaryLong = Columns.Text(r, "summary_long"),
        StoryId = Columns.Text(r, "story_id"),
    };

    /// <summary>Inserts the article or updates the row with its canonical URL (keeping id and first fetch time); returns the id.</summary>
    public static long Upsert(SqliteConnection c, SqliteTransaction tx, Article a)
    {
        // Feeds post-date entries; the site sorts by publication time but never past the moment it was stored.
        var sortTime = Math.Min((a.Published ?? a.FetchedAt).ToUnixTimeMilliseconds(), a.FetchedAt.ToUnixTimeMilliseconds());
        using var cmd = Sql.Command(c, """
            INSERT INTO articles (source_id, outlet, url, canonical_url, entry_identity, title, author, published, modified,
                fetched_at, sort_time, image, image_alt, image_caption, site_name, language, excerpt, text, html,
                from_feed_only, page_error, full_text_allowed, content_hash, duplicate_of, hashtag, entities_json,
                summary_short, summary_long, story_id)
            VALUES ($source, $outlet, $url, $canon, $entry, $title, $author, $pub, $mod, $fetched, $sort, $image, $alt,
                $caption, $site, $lang, $excerpt, $text, $html, $feedOnly, $pageErr, $full, $hash, $dup, $tag, $ent,
                $sumS, $sumL, $story)
            ON CONFLICT (canonical_url) DO UPDATE SET
                source_id = COALESCE(excluded.source_id, source_id), outlet = excluded.outlet, url = excluded.url,
                entry_identity = COALESCE(excluded.entry_identity, entry_identity), title = excluded.title,
                author = excluded.author, published = excluded.published, modified = excluded.modified,
                sort_time = MIN(excluded.sort_time, fetched_at), image = excluded.image, image_alt = excluded.image_alt,
                image_caption = excluded.image_caption, site_name = excluded.site_name, language = excluded.language,
                excerpt = excluded.excerpt, text = excluded.text, html = excluded.html,
                from_feed_only = excluded.from_feed_only, page_error = excluded.page_error,
                full_text_allowed = excluded.full_text_allowed, content_hash = excluded.content_hash,
                duplicate_of = excluded.duplicate_of, hashtag = excluded.hashtag, entities_json = excluded.entities_json,
                summary_short = excluded.summary_short, summary_long = excluded.summary_long, story_id = excluded.story_id
            RETURNING id
            """, tx,
            ("$source", a.SourceId), ("$outlet", a.Outlet), ("$url", a.Url), ("$canon", a.CanonicalUrl),
            ("$entry", a.EntryIdentity), ("$title", a.Title), ("$author", a.Author), ("$pub", Columns.Millis(a.Published)),
            ("$mod", Columns.Millis(a.Modified)), ("$fetched", a.FetchedAt.ToUnixTimeMilliseconds()), ("$sort", sortTime),
            ("$image", a.Image), ("$alt", a.ImageAlt), ("$caption", a.ImageCaption), ("$site", a.SiteName),
            ("$lang", a.Language), ("$excerpt", a.Excerpt), ("$text", a.Text), ("$html", a.Html),
            ("$feedOnly", a.FromFeedOnly), ("$pageErr", a.PageError), ("$full", a.FullTextAllowed),
            ("$hash", a.ContentHash), ("$dup", a.DuplicateOf), ("$tag", a.Hashtag), ("$ent", Columns.Json(a.Entities)),
            ("$sumS", a.SummaryShort), ("$sumL", a.SummaryLong), ("$story", a.StoryId));
        return (long)cmd.ExecuteScalar()!;
    }
}
