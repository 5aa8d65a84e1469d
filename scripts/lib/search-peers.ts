/**
 * The two engines rasid's search is measured against, over the same documents:
 *
 * - plain SQLite FTS5: `tokenize='unicode61'`, no Arabic handling at all (no normalization, no
 *   clitics, no stemming); columns title and body, ranked by bm25 with the title weighted 2x.
 *   AND: every query word as a quoted FTS5 string; OR: the same strings joined by OR.
 * - PostgreSQL's built-in `arabic` text-search configuration (Snowball Arabic stemmer):
 *   tsv = setweight(to_tsvector('arabic', title), 'A') || to_tsvector('arabic', body), GIN index.
 *   AND: plainto_tsquery('arabic', query); OR: each word's plainto_tsquery OR'ed with the tsquery
 *   `||` operator; both ranked by ts_rank (default weights: title A 1.0, body D 0.1).
 *
 * Both are built once and can be reopened (`openFts5Peer`, `openPostgresPeer`) so a benchmark can
 * time queries on an index built earlier. Query text is never spliced into SQL: FTS5 strings are
 * quoted with their quotes doubled, PostgreSQL gets every word as a bound parameter, so quotes,
 * brackets, operators and punctuation in a query cannot raise an SQL or syntax error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

/** What a peer needs of a document (SearchDoc fits). */
export interface PeerDoc {
  key: string;
  title: string;
  text: string;
}

export type PeerMode = 'and' | 'or';

export interface PeerEngine {
  readonly name: string;
  /** Document keys, best first, at most `limit`. */
  search(query: string, mode: PeerMode, limit: number): string[] | Promise<string[]>;
  close(): void | Promise<void>;
}

type Docs = Iterable<PeerDoc> | AsyncIterable<PeerDoc>;

/** A query is cut at this many words: enough for any real query, bounded for a hostile one. */
const MAX_QUERY_WORDS = 64;

/** The query's whitespace-separated pieces that hold at least one letter, digit or mark. */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}\p{M}]/u.test(w))
    .slice(0, MAX_QUERY_WORDS);
}

// ---------------------------------------------------------------------------------------------
// SQLite FTS5, unicode61

/** One FTS5 string per word: double quotes doubled, so every character is literal text. */
export function fts5Query(query: string, mode: PeerMode): string | null {
  const words = queryWords(query).map((w) => `"${w.replace(/"/g, '""')}"`);
  if (words.length === 0) return null;
  return words.join(mode === 'and' ? ' ' : ' OR ');
}

export interface Fts5Peer extends PeerEngine {
  /** The index file (kept after close unless the peer made it in a temporary folder). */
  readonly path: string;
  search(query: string, mode: PeerMode, limit: number): string[];
  close(): void;
}

const FTS5_NAME = 'FTS5 unicode61';
const FTS5_TITLE_WEIGHT = 2;

/**
 * Index `docs` into a new FTS5 file at `opts.path`, or in a temporary folder removed on close.
 * Documents are written in batches of 1,000 per transaction, so an async source streams through.
 */
export async function buildFts5Peer(docs: Docs, opts: { path?: string } = {}): Promise<Fts5Peer> {
  let tempDir: string | null = null;
  let path = opts.path;
  if (path === undefined) {
    tempDir = mkdtempSync(join(tmpdir(), 'rasid-fts5-peer-'));
    path = join(tempDir, 'fts5.db');
  }
  const db = new Database(path);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec('DROP TABLE IF EXISTS docs');
    db.exec("CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, title, body, tokenize='unicode61')");
    const insert = db.prepare('INSERT INTO docs (key, title, body) VALUES (?, ?, ?)');
    const flush = db.transaction((batch: PeerDoc[]) => {
      for (const d of batch) insert.run(d.key, d.title, d.text);
    });
    let batch: PeerDoc[] = [];
    for await (const d of docs) {
      batch.push(d);
      if (batch.length === 1000) {
        flush(batch);
        batch = [];
      }
    }
    flush(batch);
    db.exec("INSERT INTO docs (docs) VALUES ('optimize')");
  } finally {
    db.close();
  }
  return openFts5Peer(path, tempDir);
}

/** An FTS5 peer index built earlier by `buildFts5Peer({ path })`, opened read-only. */
export function openFts5Peer(path: string, removeOnClose: string | null = null): Fts5Peer {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const select = db.prepare(
    `SELECT key FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0.0, ${FTS5_TITLE_WEIGHT}.0, 1.0), rowid LIMIT ?`,
  );
  select.pluck();
  return {
    name: FTS5_NAME,
    path,
    search(query: string, mode: PeerMode, limit: number): string[] {
      const match = fts5Query(query, mode);
      if (match === null) return [];
      return select.all(match, limit) as string[];
    },
    close(): void {
      db.close();
      if (removeOnClose !== null) rmSync(removeOnClose, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL, arabic text-search configuration

export interface PostgresPeerOptions {
  /** Default: RASID_PEER_PG_URL, else postgres://postgres@127.0.0.1:5432/test. */
  connectionString?: string;
  /** The schema the peer owns (dropped and recreated on build). Default `rasid_search_peer`. */
  schema?: string;
  /** Parallel loading connections. Default 4. */
  loaders?: number;
}

export interface PostgresPeer extends PeerEngine {
  search(query: string, mode: PeerMode, limit: number): Promise<string[]>;
  close(): Promise<void>;
}

const PG_NAME = 'PostgreSQL arabic';
const PG_BATCH = 500;

export function peerConnectionString(opts: PostgresPeerOptions = {}): string {
  return opts.connectionString ?? process.env.RASID_PEER_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

function schemaName(opts: PostgresPeerOptions): string {
  const schema = opts.schema ?? 'rasid_search_peer';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`postgres peer: schema name ${JSON.stringify(schema)} must be a plain lower-case identifier`);
  return schema;
}

/** null when PostgreSQL answers at the peer's address, else why not (one line). */
export async function postgresUnavailable(opts: PostgresPeerOptions = {}): Promise<string | null> {
  const client = new pg.Client({ connectionString: peerConnectionString(opts), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const r = await client.query<{ n: string }>("SELECT count(*) AS n FROM pg_ts_config WHERE cfgname = 'arabic'");
    if (r.rows[0]?.n !== '1') return "the server has no 'arabic' text-search configuration";
    return null;
  } catch (err) {
    return err instanceof Error ? err.message.split('\n')[0] || err.name : String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Load `docs` into `<schema>.docs` (schema dropped and recreated), tsvectors computed by the
 * server, then the GIN index built once over the full table (faster than growing it row by row).
 */
export async function buildPostgresPeer(docs: Docs, opts: PostgresPeerOptions = {}): Promise<PostgresPeer> {
  const schema = schemaName(opts);
  const pool = new pg.Pool({ connectionString: peerConnectionString(opts), max: opts.loaders ?? 4 });
  try {
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await pool.query(`CREATE SCHEMA ${schema}`);
    await pool.query(
      `CREATE UNLOGGED TABLE ${schema}.docs (id serial PRIMARY KEY, key text NOT NULL UNIQUE, title text NOT NULL, body text NOT NULL, tsv tsvector NOT NULL)`,
    );
    const insertSql =
      `INSERT INTO ${schema}.docs (key, title, body, tsv) ` +
      `SELECT k, t, b, setweight(to_tsvector('arabic', t), 'A') || to_tsvector('arabic', b) ` +
      `FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS u(k, t, b, n) ORDER BY n`;
    const inFlight = new Set<Promise<void>>();
    const limit = opts.loaders ?? 4;
    // Batches load in parallel, so ids follow batch completion, not input order; ids only break ties.
    const send = async (batch: PeerDoc[]): Promise<void> => {
      const p: Promise<void> = pool
        .query(insertSql, [batch.map((d) => d.key), batch.map((d) => d.title), batch.map((d) => d.text)])
        .then(() => undefined)
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    };
    let batch: PeerDoc[] = [];
    for await (const d of docs) {
      batch.push(d);
      if (batch.length === PG_BATCH) {
        await send(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await send(batch);
    await Promise.all(inFlight);
    await pool.query(`CREATE INDEX docs_tsv ON ${schema}.docs USING gin (tsv)`);
    await pool.query(`ANALYZE ${schema}.docs`);
  } finally {
    await pool.end();
  }
  return openPostgresPeer(opts);
}

/** The peer over a schema `buildPostgresPeer` filled earlier; one connection, queries in turn. */
export async function openPostgresPeer(opts: PostgresPeerOptions = {}): Promise<PostgresPeer> {
  const schema = schemaName(opts);
  const client = new pg.Client({ connectionString: peerConnectionString(opts) });
  await client.connect();
  // A query of stop words only draws a NOTICE per query; it is not news.
  client.on('notice', () => undefined);
  const exists = await client.query(`SELECT to_regclass($1) AS t`, [`${schema}.docs`]);
  if (exists.rows[0]?.t === null) {
    await client.end();
    throw new Error(`postgres peer: ${schema}.docs does not exist; build it with buildPostgresPeer first`);
  }
  const select = (queryExpr: string): string =>
    `SELECT key FROM ${schema}.docs, (SELECT ${queryExpr} AS q) AS query ` +
    `WHERE tsv @@ query.q ORDER BY ts_rank(tsv, query.q) DESC, id LIMIT $1`;
  const andSql = select(`plainto_tsquery('arabic', $2)`);
  const orSql = (n: number): string => select(Array.from({ length: n }, (_, i) => `plainto_tsquery('arabic', $${i + 2})`).join(' || '));
  return {
    name: PG_NAME,
    async search(query: string, mode: PeerMode, limit: number): Promise<string[]> {
      const words = queryWords(query);
      if (words.length === 0) return [];
      const r =
        mode === 'and'
          ? await client.query<{ key: string }>(andSql, [limit, words.join(' ')])
          : await client.query<{ key: string }>(orSql(words.length), [limit, ...words]);
      return r.rows.map((row) => row.key);
    },
    async close(): Promise<void> {
      await client.end();
    },
  };
}

/** Remove the peer's schema (tables and index) from the server. */
export async function dropPostgresPeer(opts: PostgresPeerOptions = {}): Promise<void> {
  const client = new pg.Client({ connectionString: peerConnectionString(opts) });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schemaName(opts)} CASCADE`);
  } finally {
    await client.end();
  }
}
