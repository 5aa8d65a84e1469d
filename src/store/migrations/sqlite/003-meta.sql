-- Facts about the store as a whole. `search_terms_version`: the SEARCH_TERMS_VERSION the search
-- index was built with (absent: version 1); a store built with another one is re-indexed from its
-- stored titles and texts when next opened for writing.
CREATE TABLE meta (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) WITHOUT ROWID;
