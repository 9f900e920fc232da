-- Full-text search (FTS5, https://www.sqlite.org/fts5.html) over title, text and outlet, as an
-- external-content table kept in step with articles by triggers (§4.4.3 of the FTS5 document).
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, outlet,
    content = 'articles', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text, outlet) VALUES (new.id, new.title, new.text, new.outlet);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text, outlet) VALUES ('delete', old.id, old.title, old.text, old.outlet);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text, outlet ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text, outlet) VALUES ('delete', old.id, old.title, old.text, old.outlet);
    INSERT INTO articles_fts (rowid, title, text, outlet) VALUES (new.id, new.title, new.text, new.outlet);
END;
