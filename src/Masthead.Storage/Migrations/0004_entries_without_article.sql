-- An entry can be known without an article: the crawler remembers entries it deliberately did not store
-- (filtered by the source's keywords, duplicates of an article already stored) so a restart does not fetch
-- their pages again. SQLite cannot drop NOT NULL in place, so the table is rebuilt.
CREATE TABLE entries_new (
    source_id   INTEGER NOT NULL,
    identity    TEXT NOT NULL,
    article_id  INTEGER,
    PRIMARY KEY (source_id, identity)
) WITHOUT ROWID;
INSERT INTO entries_new (source_id, identity, article_id) SELECT source_id, identity, article_id FROM entries;
DROP TABLE entries;
ALTER TABLE entries_new RENAME TO entries;
