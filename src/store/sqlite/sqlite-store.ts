import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { RasidError } from '../../errors.js';
import type { DocumentJson } from '../../doc/json.js';
import { nameKey, type ParsedQuery } from '../../search/query.js';
import { snippet } from '../../search/snippet.js';
import { nameKeysFor } from '../../search/aliases.js';
import {
  rankSql,
  COMMON_TERM_MIN_DF,
  allButOneExpression,
  filterSql,
  matchExpression,
  nameLike,
  planRanking,
  withoutCommonWords,
  type RankPlan,
  type TermStats,
} from './query-sql.js';
import { searchTerms, SEARCH_TERMS_VERSION } from '../../search/terms.js';
import { isNearDuplicate } from '../../dedup/index.js';
import { migrate } from './migrate.js';
import { loadNativeRank } from './native-rank.js';
import type {
  AddOutcome,
  DocumentToStore,
  EntitySummary,
  SearchFacets,
  SearchHit,
  SearchOptions,
  SearchResult,
  Store,
  StoredDocument,
  StoredQuote,
  StoreStats,
} from '../store.js';

/** A document sharing a band key with very many others is generic (a one-line post): look at this many. */
const MAX_CANDIDATES = 200;
/** Prepared search statements kept (see `cached`). */
const STATEMENT_CACHE = 200;
/** Ranked rows fetched beyond the page: up to this many, the total needs no count statement. */
const COUNT_BY_ROWS = 200;

const DEFAULT_FACET_DEPTH = 1000;
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
  /** term -> df for the common terms, and the number of indexed representatives, read at open. */
  private termStats: TermStats | null = null;

  private constructor(readonly location: string, db: Database.Database) {
    this.db = db;
    this.stmt = this.prepare();
    this.nativeRank = loadNativeRank(db);
    this.readTransaction = db.transaction((query: ParsedQuery, opts: SearchOptions) => this.searchNow(query, opts));
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
      hitBySeq: db.prepare<[number], Pick<DocRow, 'id' | 'title' | 'source' | 'published' | 'group_id'>>('SELECT id, title, source, published, group_id FROM documents WHERE seq = ?'),
      hitWithTextBySeq: db.prepare<[number], Pick<DocRow, 'id' | 'title' | 'source' | 'published' | 'group_id' | 'text'>>(
        'SELECT id, title, source, published, group_id, text FROM documents WHERE seq = ?',
      ),
      byPrefix: db.prepare<[string, string], DocRow>('SELECT * FROM documents WHERE id >= ? AND id < ? LIMIT 2'),
      copies: db.prepare<[string], { id: string }>('SELECT id FROM documents WHERE group_id = ? ORDER BY published IS NULL, published, id'),
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
    const copies = this.stmt.copies.all(row.group_id).map((r) => r.id).filter((id) => id !== row.id);
    return { ...rest, text: row.text, group: row.group_id, copies, ingestedAt: row.ingested_at } as StoredDocument;
  }

  async search(query: ParsedQuery, opts: SearchOptions): Promise<SearchResult> {
    return this.searchSync(query, opts);
  }

  /**
   * One read transaction for the whole search: outside one, each of its twenty-odd statements
   * would open and close its own (WAL index checks, locks, FTS5 re-reading its structure), which
   * cost a quarter of a median query on the 100,000-document bench store.
   */
  searchSync(query: ParsedQuery, opts: SearchOptions): SearchResult {
    return this.db.inTransaction ? this.searchNow(query, opts) : this.readTransaction(query, opts);
  }

  private readonly readTransaction: (query: ParsedQuery, opts: SearchOptions) => SearchResult;

  private searchNow(query: ParsedQuery, opts: SearchOptions): SearchResult {
    const filter = filterSql(query);
    let matched: 'all' | 'any' = 'all';
    let ranked: { seq: number; score: number }[];
    let total: number;
    /** Index in `ranked` of the first document with only some of the words. */
    let partialFrom = Infinity;
    const limit = opts.limit;
    const offset = opts.offset ?? 0;
    const depth = opts.facets ? Math.max(opts.facetDepth ?? DEFAULT_FACET_DEPTH, limit + offset) : limit + offset;
    if (query.groups.length === 0) {
      // filters alone: the newest representatives that pass them
      const where = `d.group_id = d.id${filter.sql}`;
      ranked = this
        .cached(`SELECT d.seq AS seq, 0 AS score FROM documents d WHERE ${where} ORDER BY d.published IS NULL, d.published DESC, d.seq LIMIT ?`)
        .all(...filter.params, depth) as { seq: number; score: number }[];
      total = (this.cached(`SELECT count(*) AS n FROM documents d WHERE ${where}`).get(...filter.params) as { n: number }).n;
    } else {
      ({ ranked, total } = this.match(matchExpression(query, 'all'), filter, depth, planRanking(query, this.loadTermStats(), this.nativeRank) ?? undefined));
      // too few documents have all the words: those with some of them follow, ranked after; when
      // some have all, a document with only the query's very common words is no useful partial match
      const some = total === 0 ? query : withoutCommonWords(query, this.loadTermStats());
      if (total < limit + offset && some.groups.length > 1) {
        // then all the words but one; when nothing has all of them and too few have all but one,
        // any of them. Documents with all but one come first: a known headline with one word
        // misspelt or reworded is among them, and ranking every document with any of the words
        // (each with one common word: thousands) costs ten times more.
        const partial = this.match(allButOneExpression(some), filter, depth);
        let more = partial.ranked;
        total = partial.total;
        if (ranked.length === 0 && partial.total < limit + offset && some.groups.length > 2) {
          const any = this.match(matchExpression(some, 'any'), filter, depth);
          const first = new Set(more.map((r) => r.seq));
          more = [...more, ...any.ranked.filter((r) => !first.has(r.seq))];
          total = any.total;
        }
        const full = new Set(ranked.map((r) => r.seq));
        partialFrom = ranked.length;
        ranked = [...ranked, ...more.filter((r) => !full.has(r.seq))].slice(0, depth);
        if (partialFrom === 0) matched = 'any';
      }
    }
    // snippets mark the query's words; with none, a one-word name an entity: or speaker: filter
    // asked for (or its canonical: تنظيم الدولة -> داعش); a name's single words would mark noise
    const terms = new Set(query.groups.flat().flatMap((i) => i.terms));
    if (terms.size === 0) {
      for (const name of [...query.filters.entity, ...query.filters.speaker]) {
        for (const key of nameKeysFor(name)) {
          const t = searchTerms(key);
          if (t.length === 1) terms.add(t[0]);
        }
      }
    }
    const hits: SearchHit[] = ranked.slice(offset, offset + limit).map((r, k) => {
      const row: Pick<DocRow, 'id' | 'title' | 'source' | 'published' | 'group_id'> & { text?: string } =
        opts.snippets === false ? this.stmt.hitBySeq.get(r.seq)! : this.stmt.hitWithTextBySeq.get(r.seq)!;
      return {
        id: row.id,
        title: row.title,
        source: row.source,
        published: row.published,
        score: Math.round(-r.score * 1000) / 1000,
        snippet: row.text === undefined ? '' : snippet(row.text, terms),
        duplicates: this.stmt.copies.all(row.group_id).map((c) => c.id).filter((id) => id !== row.id),
        ...(matched === 'all' && offset + k >= partialFrom ? { partial: true } : {}),
      };
    });
    const result: SearchResult = { query: query.text, total, matched, hits };
    if (opts.facets) result.facets = this.facets(ranked.map((r) => r.seq));
    return result;
  }

  private match(expr: string, filter: { sql: string; params: unknown[] }, depth: number, plan?: RankPlan): { ranked: { seq: number; score: number }[]; total: number } {
    if (!filter.sql && plan) return this.matchPlanned(expr, plan, depth);
    const rank = this.rankSql(expr);
    const from = filter.sql ? `FROM search JOIN documents d ON d.seq = search.rowid WHERE search MATCH ?${filter.sql}` : 'FROM search WHERE search MATCH ?';
    // a few more rows than needed: when fewer come back, their number is the total, and the
    // count statement (a second walk of the posting lists) is spared
    const rows = this.cached(`SELECT search.rowid AS seq, ${rank.sql} AS score ${from} ORDER BY score, seq LIMIT ?`)
      .raw()
      .all(...rank.params, expr, ...filter.params, depth + COUNT_BY_ROWS) as [number, number][];
    const ranked = rows.slice(0, depth).map(([seq, score]) => ({ seq, score }));
    const total = rows.length < depth + COUNT_BY_ROWS ? rows.length : (this.cached(`SELECT count(*) AS n ${from}`).get(expr, ...filter.params) as { n: number }).n;
    return { ranked, total };
  }

  /**
   * The query's full expression gives the matching set (cheap: posting lists are intersected with
   * skips); bm25 orders the documents of the planned subset of its terms, and the first `depth`
   * that are in the set are the result. Same documents as ranking by every term; the common terms
   * left out of the ranking would have added almost nothing to it (their idf is near zero).
   */
  private matchPlanned(expr: string, plan: RankPlan, depth: number): { ranked: { seq: number; score: number }[]; total: number } {
    const matching = new Set(this.cached('SELECT rowid FROM search WHERE search MATCH ?').pluck().all(expr) as number[]);
    const ranked: { seq: number; score: number }[] = [];
    if (matching.size === 0) return { ranked, total: 0 };
    const rank = this.rankSql(plan.rankExpression);
    const rows = this.cached(`SELECT rowid AS seq, ${rank.sql} AS score FROM search WHERE search MATCH ? ORDER BY score, seq`).iterate(...rank.params, plan.rankExpression) as Iterable<{ seq: number; score: number }>;
    for (const r of rows) {
      if (!matching.has(r.seq)) continue;
      ranked.push(r);
      if (ranked.length >= depth || ranked.length === matching.size) break;
    }
    return { ranked, total: matching.size };
  }

  /**
   * Search statements by their SQL, prepared once: compiling an FTS5 query statement costs about
   * as much as running a small one. Few distinct texts occur (the filters' clauses vary the most);
   * past STATEMENT_CACHE the cache starts over.
   */
  private cached(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      if (this.statements.size >= STATEMENT_CACHE) this.statements.clear();
      this.statements.set(sql, (st = this.db.prepare(sql)));
    }
    return st;
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** Whether rasid_bm25 is loaded (see loadNativeRank): ranking then reads term_stats' document frequencies. */
  readonly nativeRank: boolean;

  /**
   * The ranking expression for `expr`. The frequencies come from term_stats as the last ingest run
   * left it (and as this process first read it): documents stored since then shift a score by a
   * hair, never which documents match.
   */
  private rankSql(expr: string): { sql: string; params: (number | null)[] } {
    return rankSql(expr, this.nativeRank ? this.loadTermStats() : null);
  }

  private loadTermStats(): TermStats {
    if (!this.termStats) {
      let rows: { term: string; df: number }[] = [];
      try {
        rows = this.db.prepare('SELECT term, df FROM term_stats').all() as { term: string; df: number }[];
      } catch {
        // a store from before migration 002 opened read-only: plan without statistics
      }
      const docs = rows.find((r) => r.term === '')?.df ?? 0;
      const df = new Map(rows.filter((r) => r.term !== '').map((r) => [r.term, r.df]));
      // a term not listed is below the threshold the table was built with: guess half of it
      const unlisted = df.size ? Math.min(...df.values()) / 2 : 0;
      this.termStats = { df, docs, unlisted };
    }
    return this.termStats;
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

  /**
   * Merges the search index into one segment (FTS5 'optimize'). Ingest writes it in many
   * segments, and every term of a query is looked up in each: on the 100,000-document bench
   * store the median query went from 0.65 to 0.37 ms (ranking only) for 1.7 s of merging at the
   * end of the ingest run. Called at the end of each ingest run that stored something.
   */
  optimizeSearchIndex(): void {
    this.db.prepare("INSERT INTO search(search) VALUES ('optimize')").run();
  }

  /**
   * Recomputes term_stats from the index (one pass over its vocabulary: about a second for
   * 100,000 documents). The row with the empty term holds the number of indexed representatives.
   * Called at the end of each ingest run.
   */
  refreshTermStats(minDf = COMMON_TERM_MIN_DF): void {
    this.db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, 'search', 'row')");
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM term_stats').run();
      this.db.prepare('INSERT INTO term_stats (term, df) SELECT term, doc FROM temp.search_vocab WHERE doc >= ?').run(minDf);
      this.db.prepare("INSERT INTO term_stats (term, df) SELECT '', count(*) FROM documents WHERE group_id = id").run();
    })();
    this.termStats = null;
  }

  private facets(seqs: number[]): SearchFacets {
    const ids = JSON.stringify(seqs);
    const inHits = '(SELECT value FROM json_each(?))';
    const entities = this.db
      .prepare(
        `SELECT min(name) AS name, type, count(DISTINCT doc) AS count FROM entities WHERE doc IN ${inHits}
          GROUP BY name_key, type ORDER BY count DESC, name LIMIT 15`,
      )
      .all(ids) as (SearchFacets['entities'][number])[];
    const speakers = this.db
      .prepare(
        `SELECT min(speaker_name) AS name, count(DISTINCT doc) AS count FROM quotes WHERE doc IN ${inHits} AND speaker_key IS NOT NULL
          GROUP BY speaker_key ORDER BY count DESC, name LIMIT 15`,
      )
      .all(ids) as SearchFacets['speakers'];
    const sources = this.db
      .prepare(`SELECT source AS name, count(*) AS count FROM documents WHERE seq IN ${inHits} AND source IS NOT NULL GROUP BY source ORDER BY count DESC, name LIMIT 15`)
      .all(ids) as SearchFacets['sources'];
    const dates = this.db
      .prepare(`SELECT substr(published, 1, 7) AS bucket, count(*) AS count FROM documents WHERE seq IN ${inHits} AND published IS NOT NULL GROUP BY bucket ORDER BY bucket`)
      .all(ids) as SearchFacets['dates'];
    return { entities, speakers, sources, dates, over: seqs.length };
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
