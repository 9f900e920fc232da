-- Sources, articles, the per-source entry identities ("skip known"), fetch history, stories, digests.
-- Times are Unix milliseconds (UTC); lists are JSON text.
CREATE TABLE sources (
    id                 INTEGER PRIMARY KEY,
    feed_url           TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL,
    site_url           TEXT,
    icon_url           TEXT,
    full_text          INTEGER NOT NULL DEFAULT 1,
    include_json       TEXT NOT NULL DEFAULT '[]',
    exclude_json       TEXT NOT NULL DEFAULT '[]',
    refresh_seconds    INTEGER NOT NULL DEFAULT 1800,
    category           TEXT,
    etag               TEXT,
    last_modified      TEXT,
    last_fetched       INTEGER,
    last_success       INTEGER,
    next_attempt       INTEGER,
    last_error         TEXT,
    error_count        INTEGER NOT NULL DEFAULT 0,
    effective_seconds  INTEGER,
    feed_title         TEXT
);

CREATE TABLE articles (
    id                 INTEGER PRIMARY KEY,
    source_id          INTEGER,
    outlet             TEXT NOT NULL,
    url                TEXT NOT NULL,
    canonical_url      TEXT NOT NULL UNIQUE,
    entry_identity     TEXT,
    title              TEXT NOT NULL,
    author             TEXT,
    published          INTEGER,
    modified           INTEGER,
    fetched_at         INTEGER NOT NULL,
    -- The time the site sorts by: published, but never later than when it was stored (feeds post-date).
    sort_time          INTEGER NOT NULL,
    image              TEXT,
    image_alt          TEXT,
    image_caption      TEXT,
    site_name          TEXT,
    language           TEXT,
    excerpt            TEXT,
    text               TEXT NOT NULL DEFAULT '',
    html               TEXT NOT NULL DEFAULT '',
    from_feed_only     INTEGER NOT NULL DEFAULT 0,
    page_error         TEXT,
    full_text_allowed  INTEGER NOT NULL DEFAULT 1,
    content_hash       TEXT,
    duplicate_of       INTEGER,
    hashtag            TEXT,
    entities_json      TEXT NOT NULL DEFAULT '[]',
    summary_short      TEXT,
    summary_long       TEXT,
    story_id           TEXT
);
CREATE INDEX articles_sort ON articles (sort_time DESC, id DESC);
CREATE INDEX articles_outlet ON articles (outlet COLLATE NOCASE, sort_time DESC);
CREATE INDEX articles_hashtag ON articles (hashtag, sort_time DESC);
CREATE INDEX articles_story ON articles (story_id, sort_time DESC);
CREATE INDEX articles_hash ON articles (content_hash, id);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_source ON articles (source_id);

CREATE TABLE entries (
    source_id   INTEGER NOT NULL,
    identity    TEXT NOT NULL,
    article_id  INTEGER NOT NULL,
    PRIMARY KEY (source_id, identity)
) WITHOUT ROWID;

CREATE TABLE fetches (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER,
    url          TEXT NOT NULL,
    kind         TEXT NOT NULL,
    started_at   INTEGER NOT NULL,
    duration_ms  REAL NOT NULL,
    status       INTEGER,
    bytes        INTEGER NOT NULL DEFAULT 0,
    error        TEXT
);
CREATE INDEX fetches_source ON fetches (source_id, started_at DESC);

CREATE TABLE stories (
    id              TEXT PRIMARY KEY,
    title           TEXT NOT NULL,
    hashtag         TEXT,
    lead_article_id INTEGER NOT NULL,
    first_seen      INTEGER NOT NULL,
    last_seen       INTEGER NOT NULL,
    article_count   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX stories_last_seen ON stories (last_seen DESC);

CREATE TABLE digests (
    id          INTEGER PRIMARY KEY,
    edition     TEXT NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL,
    title       TEXT NOT NULL,
    html        TEXT NOT NULL,
    json        TEXT NOT NULL DEFAULT '{}'
);
