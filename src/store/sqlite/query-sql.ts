import { nameKey, type ParsedQuery, type QueryItem } from '../../search/query.js';
import { nameKeysFor } from '../../search/aliases.js';

/**
 * A parsed query as SQLite runs it: FTS5 MATCH expressions, the filters as SQL over `documents d`,
 * and the ranking plan (which terms bm25 ranks by). Pure: no database access.
 */

/** bm25 with the title weighted 3x (ordering by it directly is faster than FTS5's `rank` path). */
export const BM25 = 'bm25(search, 3.0, 1.0)';

/**
 * The ranking expression for a MATCH expression, and its parameters (they come before the MATCH
 * argument). With the native rasid_bm25 (native/rasid-fts5.c) each quoted phrase of `expr`, in
 * order, gets its document frequency from term_stats where the term is listed there (NULL: it
 * is counted, as bm25 counts every phrase): the same scores as bm25 without walking the posting
 * lists of the common terms.
 */
export function rankSql(expr: string, stats: TermStats | null): { sql: string; params: (number | null)[] } {
  if (!stats) return { sql: BM25, params: [] };
  const params = [...expr.matchAll(/"([^"]*)"/g)].map((m) => stats.df.get(m[1]) ?? null);
  return { sql: `rasid_bm25(search, 3.0, 1.0${', ?'.repeat(params.length)})`, params };
}

/** Terms in at least this many representatives get a row in term_stats (below it, bm25's scan is cheap). */
export const COMMON_TERM_MIN_DF = 1000;

/**
 * Query planning costs in µs, measured on the 100,000-document bench store: bm25 reads the whole
 * posting list of each term it ranks by; it scores each row of the ranked set once per term; a
 * plan that ranks by fewer terms first intersects the posting lists of all of them (with skips).
 */
const COST = { idfPosting: 0.12, scoredRowTerm: 2.5, intersectPosting: 0.05 };
/** Terms co-occur more than independence says: the estimated size of an AND set is scaled up by this. */
const CO_OCCURRENCE = 1.5;

/** What term_stats says: the common terms' df, the number of indexed representatives, a guess for the others. */
export interface TermStats {
  df: Map<string, number>;
  docs: number;
  /** df assumed for a term not listed (it is below the listing threshold). */
  unlisted: number;
}

export interface RankPlan {
  /** The AND of the terms to rank by. */
  rankExpression: string;
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

/** FTS5 syntax for one item: its terms as a quoted phrase (terms are letters and digits only). */
function phrase(item: QueryItem): string {
  return `"${item.terms.join(' ')}"`;
}

function exclusion(query: ParsedQuery): string {
  return query.exclude.length ? ` NOT (${query.exclude.map(phrase).join(' OR ')})` : '';
}

/** The FTS5 MATCH expression: every group (or, with 'any', some group), minus the exclusions. */
export function matchExpression(query: ParsedQuery, mode: 'all' | 'any'): string {
  const groups = query.groups.map((g) => (g.length === 1 ? phrase(g[0]) : `(${g.map(phrase).join(' OR ')})`));
  let expr = groups.join(mode === 'all' ? ' AND ' : ' OR ');
  if (mode === 'any' && groups.length > 1) expr = `(${expr})`;
  return expr + exclusion(query);
}

/** Documents with every group but (at most) one, minus the exclusions; with two groups, either. */
export function allButOneExpression(query: ParsedQuery): string {
  if (query.groups.length <= 2) return matchExpression(query, 'any');
  const subsets = query.groups.map((_, i) => `(${matchExpression({ ...query, groups: query.groups.filter((_, j) => j !== i), exclude: [] }, 'all')})`);
  return `(${subsets.join(' OR ')})${exclusion(query)}`;
}

/**
 * `column` holds the name given or its curated canonical (تنظيم الدولة -> داعش), as a LIKE over
 * folded name keys; the parameters are appended to `params`.
 */
export function nameLike(column: string, name: string, params: unknown[]): string {
  const keys = nameKeysFor(name);
  params.push(...keys.map((k) => `%${escapeLike(k)}%`));
  return `(${keys.map(() => `${column} LIKE ? ESCAPE '\\'`).join(' OR ')})`;
}

/** The filters as SQL over `documents d` (each clause starts with AND). */
export function filterSql(query: ParsedQuery): { sql: string; params: unknown[] } {
  const f = query.filters;
  let sql = '';
  const params: unknown[] = [];
  for (const s of f.speaker) sql += ` AND EXISTS (SELECT 1 FROM quotes q WHERE q.doc = d.seq AND ${nameLike('q.speaker_key', s, params)})`;
  const types = f.type.length ? ` AND e.type IN (${f.type.map(() => '?').join(', ')})` : '';
  for (const e of f.entity) {
    sql += ` AND EXISTS (SELECT 1 FROM entities e WHERE e.doc = d.seq AND ${nameLike('e.name_key', e, params)}${types})`;
    params.push(...f.type);
  }
  if (f.type.length && !f.entity.length) {
    sql += ` AND EXISTS (SELECT 1 FROM entities e WHERE e.doc = d.seq${types})`;
    params.push(...f.type);
  }
  if (f.source.length) {
    sql += ` AND (${f.source.map(() => "d.source_key LIKE ? ESCAPE '\\'").join(' OR ')})`;
    params.push(...f.source.map((v) => `%${escapeLike(nameKey(v))}%`));
  }
  if (f.from) {
    sql += ' AND d.published >= ?';
    params.push(f.from);
  }
  if (f.to) {
    sql += ' AND d.published < ?';
    params.push(f.to);
  }
  return { sql, params };
}

/**
 * Which terms to rank an all-words query by, when leaving some out is cheaper: the subset of
 * least estimated cost (COST; set sizes from the common terms' df). Null: rank by the whole
 * expression (a query with phrases, OR groups or exclusions, or one where every term pays its way).
 */
export function planRanking(query: ParsedQuery, stats: TermStats, dfKnown = false): RankPlan | null {
  if (query.exclude.length > 0 || query.groups.some((g) => g.length !== 1 || g[0].terms.length !== 1)) return null;
  const terms = [...new Set(query.groups.map((g) => g[0].terms[0]))].map((t) => ({ t, df: stats.df.get(t) ?? stats.unlisted }));
  if (stats.df.size === 0 || terms.length < 2 || terms.length > 8) return null;
  const n = Math.max(1, stats.docs);
  const cost = (subset: typeof terms, all: boolean): number => {
    const rows = subset.reduce((r, x) => r * Math.min(1, (x.df / n) * CO_OCCURRENCE), n);
    const intersect = all ? 0 : COST.intersectPosting * terms.reduce((sum, x) => sum + x.df, 0);
    // a listed term's df is passed to rasid_bm25 (dfKnown): no posting list is walked for its idf
    const walked = subset.reduce((sum, x) => sum + (dfKnown && stats.df.has(x.t) ? 0 : x.df), 0);
    return COST.idfPosting * walked + COST.scoredRowTerm * subset.length * rows + intersect;
  };
  let best: typeof terms = terms;
  let bestCost = cost(terms, true);
  for (let mask = 1; mask < (1 << terms.length) - 1; mask++) {
    const subset = terms.filter((_, i) => mask & (1 << i));
    const c = cost(subset, false);
    if (c < bestCost) {
      best = subset;
      bestCost = c;
    }
  }
  if (best === terms) return null;
  return { rankExpression: best.map((x) => `"${x.t}"`).join(' AND ') };
}

/** The query without the single-word groups whose word is in more than 1 in 50 documents (and at least COMMON_TERM_MIN_DF). */
export function withoutCommonWords(query: ParsedQuery, stats: TermStats): ParsedQuery {
  const limit = Math.max(COMMON_TERM_MIN_DF, stats.docs / 50);
  const groups = query.groups.filter((g) => !(g.length === 1 && g[0].terms.length === 1 && (stats.df.get(g[0].terms[0]) ?? 0) >= limit));
  return groups.length === query.groups.length ? query : { ...query, groups };
}
