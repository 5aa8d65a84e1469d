import type Database from 'better-sqlite3';
import type { ParsedQuery } from '../../search/query.js';
import { snippet } from '../../search/snippet.js';
import { nameKeysFor } from '../../search/aliases.js';
import { searchTerms } from '../../search/terms.js';
import {
  rankSql,
  COMMON_TERM_MIN_DF,
  allButOneExpression,
  filterSql,
  matchExpression,
  planRanking,
  withoutCommonWords,
  type RankPlan,
  type TermStats,
} from './query-sql.js';
import { loadNativeRank } from './native-rank.js';
import type { SearchFacets, SearchHit, SearchOptions, SearchResult } from '../store.js';

/** Prepared search statements kept (see `cached`). */
const STATEMENT_CACHE = 200;
/** Ranked rows fetched beyond the page: up to this many, the total needs no count statement. */
const COUNT_BY_ROWS = 200;
/** How many of the best groups the facets are counted over, unless asked otherwise. */
const DEFAULT_FACET_DEPTH = 1000;

interface HitRow {
  id: string;
  title: string | null;
  source: string | null;
  published: string | null;
  group_id: string;
}

/**
 * Search over a rasid SQLite store: a parsed query as FTS5 statements (query-sql.ts), ranked by
 * bm25 (rasid_bm25 where the native extension loads), the hits read with snippets and copies,
 * facets; and the index upkeep search depends on (one segment, term_stats).
 */
export class SqliteSearch {
  /** Whether rasid_bm25 is loaded (see loadNativeRank): ranking then reads term_stats' document frequencies. */
  readonly nativeRank: boolean;
  /** term -> df for the common terms, and the number of indexed representatives, read when first needed. */
  private termStats: TermStats | null = null;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly readTransaction: (query: ParsedQuery, opts: SearchOptions) => SearchResult;
  private readonly hitBySeq: Database.Statement<[number], HitRow>;
  private readonly hitWithTextBySeq: Database.Statement<[number], HitRow & { text: string }>;
  private readonly copies: Database.Statement<[string], { id: string }>;

  constructor(private readonly db: Database.Database) {
    this.nativeRank = loadNativeRank(db);
    this.readTransaction = db.transaction((query: ParsedQuery, opts: SearchOptions) => this.searchNow(query, opts));
    this.hitBySeq = db.prepare('SELECT id, title, source, published, group_id FROM documents WHERE seq = ?');
    this.hitWithTextBySeq = db.prepare('SELECT id, title, source, published, group_id, text FROM documents WHERE seq = ?');
    this.copies = db.prepare('SELECT id FROM documents WHERE group_id = ? ORDER BY published IS NULL, published, id');
  }

  /** The ids of a near-duplicate group's documents, oldest first. */
  copiesOf(groupId: string): string[] {
    return this.copies.all(groupId).map((c) => c.id);
  }

  /**
   * One read transaction for the whole search: outside one, each of its twenty-odd statements
   * would open and close its own (WAL index checks, locks, FTS5 re-reading its structure), which
   * cost a quarter of a median query on the 100,000-document bench store.
   */
  search(query: ParsedQuery, opts: SearchOptions): SearchResult {
    return this.db.inTransaction ? this.searchNow(query, opts) : this.readTransaction(query, opts);
  }

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
      const row: HitRow & { text?: string } =
        opts.snippets === false ? this.hitBySeq.get(r.seq)! : this.hitWithTextBySeq.get(r.seq)!;
      return {
        id: row.id,
        title: row.title,
        source: row.source,
        published: row.published,
        score: Math.round(-r.score * 1000) / 1000,
        snippet: row.text === undefined ? '' : snippet(row.text, terms),
        duplicates: this.copiesOf(row.group_id).filter((id) => id !== row.id),
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
   * Merges the search index into one segment (FTS5 'optimize'). Ingest writes it in many
   * segments, and every term of a query is looked up in each: on the 100,000-document bench
   * store the median query went from 0.65 to 0.37 ms (ranking only) for 1.7 s of merging at the
   * end of the ingest run. Called at the end of each ingest run that stored something.
   */
  optimizeIndex(): void {
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
}
