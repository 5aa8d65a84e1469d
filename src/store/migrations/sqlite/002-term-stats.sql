-- Document frequencies of the index's common terms (df >= COMMON_TERM_MIN_DF), refreshed from the
-- FTS5 vocabulary at the end of each ingest run. Search uses them to plan a query: bm25 scans the
-- whole posting list of every term it ranks by, so a very common term (يوم, قال) that barely moves
-- the ranking is kept out of it and only filters. Missing or stale rows cost speed, never results.
CREATE TABLE term_stats (
  term  TEXT PRIMARY KEY,
  df    INTEGER NOT NULL
) WITHOUT ROWID;
