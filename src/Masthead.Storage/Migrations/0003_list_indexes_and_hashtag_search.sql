-- Lists hide duplicates; these indexes carry duplicate_of so a filtered list and its count never read
-- article rows (which hold the full text). Search gets the hashtag as an FTS5 column, so tag: and outlet:
-- filters are part of the MATCH and ranking and counting stay inside the full-text index.
CREATE INDEX articles_list ON articles (duplicate_of, sort_time DESC, id DESC);
CREATE INDEX articles_tag_list ON articles (hashtag, duplicate_of, sort_time DESC, id DESC);
CREATE INDEX articles_outlet_list ON articles (outlet COLLATE NOCASE, duplicate_of, sort_time DESC, id DESC);
CREATE INDEX articles_story_list ON articles (story_id, duplicate_of, sort_time DESC, id DESC);
DROP INDEX articles_sort;
DROP INDEX articles_outlet;
DROP INDEX articles_hashtag;
DROP INDEX articles_story;

DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, outlet, hashtag,
    content = 'articles', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text, outlet, hashtag) VALUES (new.id, new.title, new.text, new.outlet, new.hashtag);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text, outlet, hashtag) VALUES ('delete', old.id, old.title, old.text, old.outlet, old.hashtag);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text, outlet, hashtag ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text, outlet, hashtag) VALUES ('delete', old.id, old.title, old.text, old.outlet, old.hashtag);
    INSERT INTO articles_fts (rowid, title, text, outlet, hashtag) VALUES (new.id, new.title, new.text, new.outlet, new.hashtag);
END;
