-- rasid corpus store, SQLite. Offsets are [start, end) UTF-16 code units into documents.text.

CREATE TABLE documents (
  seq          INTEGER PRIMARY KEY,         -- internal row id (the search index's rowid)
  id           TEXT NOT NULL UNIQUE,        -- sha256 of the normalized body: same content, same id
  title        TEXT,
  published    TEXT,                        -- ISO 8601 or NULL
  source       TEXT,                        -- site or channel name, for display and source:
  source_key   TEXT,                        -- its folded form (source: filter)
  text         TEXT NOT NULL,
  analysis     TEXT NOT NULL,               -- the rest of `rasid analyze`'s JSON (without text)
  group_id     TEXT NOT NULL,               -- id of the near-duplicate group's representative
  ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_group ON documents(group_id);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE entities (
  doc       INTEGER NOT NULL REFERENCES documents(seq),
  eid       TEXT NOT NULL,                  -- e1, e2 ... within the document
  type      TEXT NOT NULL,
  name      TEXT NOT NULL,
  name_key  TEXT NOT NULL,                  -- folded canonical name: entities merge across documents by it
  latin     TEXT,
  mentions  INTEGER NOT NULL,
  PRIMARY KEY (doc, eid)
) WITHOUT ROWID;
CREATE INDEX entities_name ON entities(name_key, type);

CREATE TABLE quotes (
  doc             INTEGER NOT NULL REFERENCES documents(seq),
  n               INTEGER NOT NULL,
  kind            TEXT NOT NULL,
  text            TEXT NOT NULL,
  start           INTEGER NOT NULL,
  end             INTEGER NOT NULL,
  cue             TEXT,
  speaker_name    TEXT,
  speaker_key     TEXT,
  speaker_entity  TEXT,
  speaker_role    TEXT,
  speaker_outlet  TEXT,
  PRIMARY KEY (doc, n)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_key);

CREATE TABLE dates (
  doc    INTEGER NOT NULL REFERENCES documents(seq),
  n      INTEGER NOT NULL,
  value  TEXT,
  start  INTEGER NOT NULL,
  end    INTEGER NOT NULL,
  PRIMARY KEY (doc, n)
) WITHOUT ROWID;

-- near-duplicates: MinHash signatures and their LSH band keys
CREATE TABLE signatures (
  doc        INTEGER PRIMARY KEY REFERENCES documents(seq),
  signature  BLOB NOT NULL
);
CREATE TABLE bands (
  key  INTEGER NOT NULL,
  doc  INTEGER NOT NULL REFERENCES documents(seq),
  PRIMARY KEY (key, doc)
) WITHOUT ROWID;

-- Search terms (light-stemmed, folded: src/search/terms.ts) of each group's representative only,
-- so near-duplicates count once. Contentless: the text lives in documents.
CREATE VIRTUAL TABLE search USING fts5(
  title, body,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);
-- bm25 with the title weighted 3x: `ORDER BY rank` then takes FTS5's fast path
INSERT INTO search(search, rank) VALUES ('rank', 'bm25(3.0, 1.0)');
