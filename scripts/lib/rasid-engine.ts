/**
 * rasid's default search as scripts/eval-search.ts drives it: the evaluation documents stored in a
 * fresh SQLite store (in a temporary directory) with the terms and near-duplicate fingerprints
 * ingest computes, then `rasid search`'s own path: parseQuery -> Store.search.
 *
 * The analysis (entities, quotes, dates) is not run: ranking reads only the title and body terms,
 * and the evaluation's queries use no filters. Documents with the same body share one id (the
 * store keeps them once); a near-duplicate group is one hit with its copies. A hit is returned as
 * all the keys it stands for (the representative's first, then its copies'), cut at the limit: a
 * group never counts as more than its own places in the top 10, so grouping cannot inflate recall.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentId } from '../../src/doc/id.js';
import type { DocumentJson } from '../../src/doc/json.js';
import { textSignature, bandKeyIds } from '../../src/dedup/index.js';
import { searchTerms } from '../../src/search/terms.js';
import { parseQuery } from '../../src/search/query.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { DocumentToStore } from '../../src/store/store.js';
import type { SearchDoc } from './search-corpus.js';

function toStore(d: SearchDoc, id: string): DocumentToStore {
  const json: DocumentJson = {
    id,
    source: { path: null, url: d.corpus === 'saudinewsnet' ? d.key : null, site: d.source || null, format: d.corpus === 'ant' ? 'jsonl' : 'json' },
    title: d.title || null,
    published: d.published,
    author: null,
    caption: null,
    lead: null,
    pullQuotes: [],
    dateline: null,
    sections: [],
    text: d.text,
    entities: [],
    quotes: [],
    dates: [],
    topics: [],
    themes: [],
  };
  const signature = textSignature(d.text);
  return {
    json,
    terms: { title: searchTerms(d.title).join(' '), body: searchTerms(d.text).join(' ') },
    signature,
    bands: signature ? bandKeyIds(signature) : [],
  };
}

export async function rasidSearchEngine(docs: SearchDoc[]): Promise<{ name: string; search(query: string, limit: number): string[]; close(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'rasid-eval-search-'));
  const store = SqliteStore.open(join(dir, 'rasid.db'), { create: true });
  const keysById = new Map<string, string[]>();
  const batch: DocumentToStore[] = [];
  for (const d of docs) {
    const id = documentId(d.text);
    const keys = keysById.get(id);
    if (keys) {
      keys.push(d.key);
      continue;
    }
    keysById.set(id, [d.key]);
    batch.push(toStore(d, id));
    if (batch.length === 500) store.addDocumentsSync(batch.splice(0));
  }
  store.addDocumentsSync(batch);
  // as ingest does at the end of a run
  store.optimizeSearchIndex();
  store.refreshTermStats();
  return {
    name: 'rasid (default)',
    search(query: string, limit: number): string[] {
      const out: string[] = [];
      for (const hit of store.searchSync(parseQuery(query), { limit }).hits) {
        for (const id of [hit.id, ...hit.duplicates]) out.push(...(keysById.get(id) ?? []));
        if (out.length >= limit) break;
      }
      return out.slice(0, limit);
    },
    close(): void {
      void store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
