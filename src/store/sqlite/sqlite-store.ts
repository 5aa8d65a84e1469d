import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { RasidError } from '../../errors.js';
import type { DocumentJson } from '../../doc/json.js';
import { nameKey, type ParsedQuery } from '../../search/query.js';
import { nameLike } from './query-sql.js';
import { searchTerms, SEARCH_TERMS_VERSION } from '../../search/terms.js';
import { isNearDuplicate } from '../../dedup/index.js';
import { migrate } from './migrate.js';
import { SqliteSearch } from './sqlite-search.js';
import type {
  AddOutcome,
  DocumentToStore,
  EntitySummary,
  SearchOptions,
  SearchResult,
  Store,
  StoredDocument,
  StoredQuote,
  StoreStats,
} from '../store.js';

/** A document sharing a band key with very many others is generic (a one-line post): look at this many. */
const MAX_CANDIDATES = 200;
interface DocRow {
  seq: number;
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  text: string;
  analysis: string;
  group_id: string;
  ingested_at: string;
}

/** SQLite with WAL: one writer (the ingest process), any number of readers. */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly stmt: ReturnType<SqliteStore['prepare']>;
  private readonly searcher: SqliteSearch;

  private constructor(readonly location: string, db: Database.Database) {
    this.db = db;
    this.stmt = this.prepare();
    this.searcher = new SqliteSearch(db);
  }

  /**
   * Opens (and with `create`, creates) the store at `path`. Errors name the path and the reason:
   * a missing store when reading, a file that is not SQLite, a schema newer than this rasid.
   */
  static open(path: string, opts: { create?: boolean; readonly?: boolean; onNotice?: (message: string) => void } = {}): SqliteStore {
    if (!opts.create && path !== ':memory:' && !existsSync(path)) {
      throw new RasidError('E_NO_STORE', `${path}: no rasid store here`, 'ingest documents first: rasid ingest FILES --db ' + path);
    }
    let db: Database.Database;
    try {
      db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: !opts.create });
      db.pragma('busy_timeout = 10000');
      if (!opts.readonly) {
        db.pragma('journal_mode = WAL');
        // WAL + NORMAL: a killed process loses nothing committed; only a power cut may lose the last commits
        db.pragma('synchronous = NORMAL');
        migrate(db, path);
      } else {
        const version = db.pragma('user_version', { simple: true }) as number;
        if (version === 0) throw new RasidError('E_NO_STORE', `${path}: not a rasid store (no schema)`, 'ingest documents first, or name the right --db');
      }
    } catch (err) {
      if (err instanceof RasidError) throw err;
      const message = (err as Error).message;
      if (/not a database|file is encrypted/i.test(message)) throw new RasidError('E_NOT_A_STORE', `${path}: not an SQLite database`, 'name a rasid store with --db, or a new file to create one');
      throw new RasidError('E_STORE', `${path}: cannot open the store (${message})`);
    }
    db.pragma('cache_size = -65536'); // 64 MB page cache
    const store = new SqliteStore(path, db);
    if (!opts.readonly) store.ensureSearchTerms(opts.onNotice);
    return store;
  }

  private prepare() {
    const db = this.db;
    return {
      has: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM documents WHERE id = ?'),
      insertDoc: db.prepare(
        'INSERT INTO documents (id, title, published, source, source_key, text, analysis, group_id, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertEntity: db.prepare('INSERT INTO entities (doc, eid, type, name, name_key, latin, mentions) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      insertQuote: db.prepare(
        'INSERT INTO quotes (doc, n, kind, text, start, end, cue, speaker_name, speaker_key, speaker_entity, speaker_role, speaker_outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertDate: db.prepare('INSERT INTO dates (doc, n, value, start, end) VALUES (?, ?, ?, ?, ?)'),
      insertSignature: db.prepare('INSERT INTO signatures (doc, signature) VALUES (?, ?)'),
      insertBand: db.prepare('INSERT OR IGNORE INTO bands (key, doc) VALUES (?, ?)'),
      candidates: db.prepare<[string, number], { doc: number; signature: Buffer; group_id: string }>(
        `SELECT DISTINCT b.doc AS doc, s.signature AS signature, d.group_id AS group_id
           FROM bands b JOIN signatures s ON s.doc = b.doc JOIN documents d ON d.seq = b.doc
          WHERE b.key IN (SELECT value FROM json_each(?)) AND b.doc != ? LIMIT ${MAX_CANDIDATES}`,
      ),
      repOf: db.prepare<[string], { seq: number; id: string; published: string | null }>('SELECT seq, id, published FROM documents WHERE id = ?'),
      regroup: db.prepare('UPDATE documents SET group_id = ? WHERE group_id = ?'),
      setGroup: db.prepare('UPDATE documents SET group_id = ? WHERE seq = ?'),
      indexDoc: db.prepare('INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)'),
      unindexDoc: db.prepare('DELETE FROM search WHERE rowid = ?'),
      byPrefix: db.prepare<[string, string], DocRow>('SELECT * FROM documents WHERE id >= ? AND id < ? LIMIT 2'),
    };
  }

  async addDocuments(docs: readonly DocumentToStore[]): Promise<AddOutcome[]> {
    return this.addDocumentsSync(docs);
  }

  /** One transaction for the batch: each document is stored whole or not at all. */
  addDocumentsSync(docs: readonly DocumentToStore[]): AddOutcome[] {
    const now = new Date().toISOString();
    return this.db.transaction(() => docs.map((d) => this.addOne(d, now)))();
  }

  private addOne(d: DocumentToStore, now: string): AddOutcome {
    const s = this.stmt;
    const j = d.json;
    if (s.has.get(j.id)) return 'duplicate';
    const { text, ...rest } = j;
    const source = (j.source as { channel?: { name?: string } }).channel?.name ?? j.source.site ?? null;
    const seq = Number(
      s.insertDoc.run(j.id, j.title, j.published, source, source === null ? null : nameKey(source), text, JSON.stringify(rest), j.id, now).lastInsertRowid,
    );
    for (const e of j.entities) s.insertEntity.run(seq, e.id, e.type, e.name, nameKey(e.name), e.latin, e.mentions.length);
    j.quotes.forEach((q, n) => {
      const sp = q.speaker;
      s.insertQuote.run(seq, n, q.kind, q.text, q.start, q.end, q.cue, sp?.name ?? null, sp?.name ? nameKey(sp.name) : null, sp?.entity ?? null, sp?.role ?? null, sp?.outlet ?? null);
    });
    j.dates.forEach((t, n) => s.insertDate.run(seq, n, t.value, t.start, t.end));
    this.group(seq, j, d);
    return 'added';
  }

  /**
   * Near-duplicate grouping that ends the same whatever order documents arrive in: a new document
   * joins (and merges) every group holding a verified near-duplicate of it, and a group's
   * representative is always its earliest-published member (then the smallest id). Only
   * representatives are in the search index.
   */
  private group(seq: number, j: DocumentJson, d: DocumentToStore): void {
    const s = this.stmt;
    const groups = new Set<string>();
    if (d.signature && d.bands.length) {
      s.insertSignature.run(seq, Buffer.from(d.signature.buffer, d.signature.byteOffset, d.signature.byteLength));
      for (const key of d.bands) s.insertBand.run(key, seq);
      for (const c of s.candidates.all(JSON.stringify(d.bands), seq)) {
        if (groups.has(c.group_id)) continue;
        const sig = new Uint32Array(c.signature.buffer.slice(c.signature.byteOffset, c.signature.byteOffset + c.signature.byteLength));
        if (isNearDuplicate(d.signature, sig)) groups.add(c.group_id);
      }
    }
    let rep = { seq, id: j.id, published: j.published };
    const reps = [...groups].map((g) => s.repOf.get(g)!);
    for (const r of reps) if (precedes(r, rep)) rep = r;
    for (const r of reps) {
      if (r.id === rep.id) continue;
      s.regroup.run(rep.id, r.id);
      s.unindexDoc.run(r.seq);
    }
    if (rep.id !== j.id) s.setGroup.run(rep.id, seq);
    else s.indexDoc.run(seq, d.terms.title, d.terms.body);
  }

  async hasDocument(id: string): Promise<boolean> {
    return this.stmt.has.get(id) !== undefined;
  }

  async getDocument(idOrPrefix: string): Promise<StoredDocument | null> {
    const p = idOrPrefix.toLowerCase();
    if (!/^[0-9a-f]{6,64}$/.test(p)) {
      throw new RasidError('E_ID', `"${idOrPrefix}" is not a document id`, 'ids are 64 hex digits; the first 6 or more are enough');
    }
    const rows = this.stmt.byPrefix.all(p, p + 'g');
    if (rows.length > 1) throw new RasidError('E_ID', `"${idOrPrefix}" is the start of several document ids`, 'give more of the id');
    return rows.length ? this.toStored(rows[0]) : null;
  }

  private toStored(row: DocRow): StoredDocument {
    const rest = JSON.parse(row.analysis) as Omit<DocumentJson, 'text'>;
    const copies = this.searcher.copiesOf(row.group_id).filter((id) => id !== row.id);
    return { ...rest, text: row.text, group: row.group_id, copies, ingestedAt: row.ingested_at } as StoredDocument;
  }

  async search(query: ParsedQuery, opts: SearchOptions): Promise<SearchResult> {
    return this.searchSync(query, opts);
  }

  searchSync(query: ParsedQuery, opts: SearchOptions): SearchResult {
    return this.searcher.search(query, opts);
  }

  /** Whether search ranks with the native rasid_bm25 (see native-rank.ts). */
  get nativeRank(): boolean {
    return this.searcher.nativeRank;
  }

  /** See SqliteSearch.optimizeIndex: called at the end of each ingest run that stored something. */
  optimizeSearchIndex(): void {
    this.searcher.optimizeIndex();
  }

  /** See SqliteSearch.refreshTermStats: called at the end of each ingest run. */
  refreshTermStats(minDf?: number): void {
    this.searcher.refreshTermStats(minDf);
  }

  /**
   * A store indexed with other search terms (an older rasid) is re-indexed from its stored titles
   * and texts, in one transaction: the old index or the new one, never half of each.
   */
  private ensureSearchTerms(onNotice?: (message: string) => void): void {
    const stored = this.db.prepare("SELECT value FROM meta WHERE key = 'search_terms_version'").pluck().get() as string | undefined;
    if (Number(stored ?? 1) === SEARCH_TERMS_VERSION) return;
    const reps = (this.db.prepare('SELECT count(*) FROM documents WHERE group_id = id').pluck().get() as number) ?? 0;
    const started = performance.now();
    if (reps > 0) onNotice?.(`rebuilding the search index of ${reps} document${reps === 1 ? '' : 's'} for this rasid's search terms (version ${stored ?? 1} -> ${SEARCH_TERMS_VERSION}), once`);
    const page = this.db.prepare<[number], { seq: number; title: string | null; text: string }>('SELECT seq, title, text FROM documents WHERE group_id = id AND seq > ? ORDER BY seq LIMIT 500');
    this.db.transaction(() => {
      if (reps > 0) {
        this.db.prepare("INSERT INTO search(search) VALUES ('delete-all')").run();
        for (let rows = page.all(0); rows.length > 0; rows = page.all(rows[rows.length - 1].seq)) {
          for (const r of rows) this.stmt.indexDoc.run(r.seq, searchTerms(r.title ?? '').join(' '), searchTerms(r.text).join(' '));
        }
      }
      this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('search_terms_version', ?)").run(String(SEARCH_TERMS_VERSION));
    })();
    if (reps > 0) {
      this.optimizeSearchIndex();
      this.refreshTermStats();
      onNotice?.(`search index rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  }

  async topEntities(opts: { limit: number; type?: string }): Promise<EntitySummary[]> {
    const where = opts.type ? 'WHERE e.type = ?' : '';
    const params: unknown[] = opts.type ? [opts.type, opts.limit] : [opts.limit];
    return this.db
      .prepare(
        `SELECT min(e.name) AS name, e.type AS type, min(e.latin) AS latin, sum(e.mentions) AS mentions,
                count(DISTINCT e.doc) AS documents, count(DISTINCT d.group_id) AS groups
           FROM entities e JOIN documents d ON d.seq = e.doc ${where}
          GROUP BY e.name_key, e.type ORDER BY groups DESC, mentions DESC, name LIMIT ?`,
      )
      .all(...params) as EntitySummary[];
  }

  async *quotes(opts: { speaker?: string; limit?: number }): AsyncIterable<StoredQuote> {
    const params: unknown[] = [];
    let where = '';
    if (opts.speaker) where = `WHERE ${nameLike('q.speaker_key', opts.speaker, params)}`;
    const limit = opts.limit ? `LIMIT ${Math.floor(opts.limit)}` : '';
    const rows = this.db
      .prepare(
        `SELECT q.*, d.id AS document, d.title AS title, d.published AS published, d.source AS source
           FROM quotes q JOIN documents d ON d.seq = q.doc ${where} ORDER BY d.published IS NULL, d.published DESC, q.doc, q.n ${limit}`,
      )
      .iterate(...params) as Iterable<Record<string, unknown>>;
    for (const r of rows) {
      yield {
        kind: r.kind as StoredQuote['kind'],
        text: r.text as string,
        start: r.start as number,
        end: r.end as number,
        cue: r.cue as string | null,
        cueStart: null,
        cueEnd: null,
        speaker:
          r.speaker_name === null && r.speaker_entity === null
            ? null
            : { entity: r.speaker_entity as string | null, name: r.speaker_name as string | null, role: r.speaker_role as string | null, outlet: r.speaker_outlet as string | null },
        document: r.document as string,
        title: r.title as string | null,
        published: r.published as string | null,
        source: r.source as string | null,
      };
    }
  }

  async *documents(): AsyncIterable<StoredDocument> {
    for (const row of this.db.prepare<[], DocRow>('SELECT * FROM documents ORDER BY seq').iterate()) yield this.toStored(row);
  }

  async *entityRows(): AsyncIterable<{ document: string; id: string; type: string; name: string; latin: string | null; mentions: number }> {
    const rows = this.db
      .prepare('SELECT d.id AS document, e.eid AS id, e.type AS type, e.name AS name, e.latin AS latin, e.mentions AS mentions FROM entities e JOIN documents d ON d.seq = e.doc ORDER BY e.doc, e.eid')
      .iterate() as Iterable<{ document: string; id: string; type: string; name: string; latin: string | null; mentions: number }>;
    yield* rows;
  }

  async stats(): Promise<StoreStats> {
    const n = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      documents: n('SELECT count(*) AS n FROM documents'),
      groups: n('SELECT count(*) AS n FROM documents WHERE group_id = id'),
      entities: n('SELECT count(*) AS n FROM (SELECT 1 FROM entities GROUP BY name_key, type)'),
      quotes: n('SELECT count(*) AS n FROM quotes'),
    };
  }

  /** Ids already stored, for an ingest run to skip them before analysis. */
  storedIds(): Set<string> {
    return new Set((this.db.prepare('SELECT id FROM documents').pluck().all() as string[]));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function precedes(a: { published: string | null; id: string }, b: { published: string | null; id: string }): boolean {
  if (a.published !== b.published) {
    if (a.published === null) return false;
    if (b.published === null) return true;
    return a.published < b.published;
  }
  return a.id < b.id;
}
