/**
 * Search quality, rasid against its peers on the same documents:
 *   npm run eval:search [-- --per-query] [-- --unjudged] [-- --no-postgres]
 *
 * Documents: ../shared/data ant-corpus-multisource + saudinewsnet (scripts/lib/search-corpus.ts).
 * Query sets:
 * - 60 known-item queries generated from headlines with clitic and spelling variants
 *   (scripts/lib/known-item.ts): found in the top 10 and MRR@10;
 * - the hand-judged set gold/search/queries.tsv (docs/search-gold.md): recall@10 (relevant found
 *   in the top 10 over min(10, relevant)) and MRR@10, each a mean over queries.
 * Engines: plain SQLite FTS5 (AND, OR), PostgreSQL `arabic` (AND, OR) from
 * scripts/lib/search-peers.ts, and rasid's default search from scripts/lib/rasid-engine.ts when
 * that file exists. Every engine answers every query once unmeasured (warm caches), then once
 * timed; latency is per query, both sets together, wall time in this process (PostgreSQL's
 * includes the local round trip).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { isMain, sharedDataDir } from './lib/shared-data.js';
import { scriptArgs } from './lib/script-args.js';
import { loadSearchCorpus, type SearchDoc } from './lib/search-corpus.js';
import { formatKnownItem, knownItemQueries } from './lib/known-item.js';
import { buildFts5Peer, buildPostgresPeer, dropPostgresPeer, postgresUnavailable, type PeerEngine, type PeerMode } from './lib/search-peers.js';

const TOP = 10;
const EXAMPLES = 5;

export interface JudgedQuery {
  id: string;
  query: string;
  relevant: string[];
}

/** One engine as the evaluation drives it: a name, and keys best first. */
interface EvalEngine {
  name: string;
  search(query: string, limit: number): string[] | Promise<string[]>;
}

/** What scripts/lib/rasid-engine.ts provides (it is written with the store). */
interface RasidEngineModule {
  rasidSearchEngine(docs: SearchDoc[]): Promise<{ name: string; search(query: string, limit: number): string[] | Promise<string[]>; close(): void | Promise<void> }>;
}

export function goldPath(): string {
  return join(PACKAGE_ROOT, 'gold', 'search', 'queries.tsv');
}

/**
 * gold/search/queries.tsv: `id<TAB>query<TAB>key<TAB>key...`, one query a line; lines starting
 * with '#' say what the query is after and how it was judged.
 */
export function readGold(path: string): JudgedQuery[] {
  const out: JudgedQuery[] = [];
  const ids = new Set<string>();
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, n) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const [id, query, ...relevant] = line.split('\t');
      if (!id || !query || relevant.length === 0) throw new Error(`${path}:${n + 1}: expected id, query and at least one relevant key, tab-separated`);
      if (ids.has(id)) throw new Error(`${path}:${n + 1}: query id ${id} used twice`);
      ids.add(id);
      out.push({ id, query, relevant: [...new Set(relevant.filter((k) => k !== ''))] });
    });
  return out;
}

interface Scores {
  found: number;
  mrr: number;
  recall: number;
  latencies: number[];
  ranks: (number | null)[];
  /** Each query's top keys, as returned. */
  tops: string[][];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function runQueries(engine: EvalEngine, queries: { query: string; relevant: string[] }[]): Promise<Scores> {
  for (const q of queries) await engine.search(q.query, TOP); // warm-up, unmeasured
  const s: Scores = { found: 0, mrr: 0, recall: 0, latencies: [], ranks: [], tops: [] };
  for (const q of queries) {
    const t0 = process.hrtime.bigint();
    const keys = await engine.search(q.query, TOP);
    s.latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const rel = new Set(q.relevant);
    const top = keys.slice(0, TOP);
    s.tops.push(top);
    const first = top.findIndex((k) => rel.has(k));
    s.ranks.push(first === -1 ? null : first + 1);
    if (first !== -1) {
      s.found++;
      s.mrr += 1 / (first + 1);
    }
    s.recall += top.filter((k) => rel.has(k)).length / Math.min(TOP, rel.size);
  }
  const n = Math.max(1, queries.length);
  s.mrr /= n;
  s.recall /= n;
  return s;
}

function keysCheck(docs: SearchDoc[], gold: JudgedQuery[]): void {
  const keys = new Set(docs.map((d) => d.key));
  const missing = gold.flatMap((q) => q.relevant.filter((k) => !keys.has(k)).map((k) => `${q.id}: ${k}`));
  if (missing.length > 0) throw new Error(`gold names ${missing.length} key(s) not in the corpus, e.g. ${missing.slice(0, 3).join('; ')}`);
}

async function loadRasid(docs: SearchDoc[]): Promise<{ engine: EvalEngine; close(): void | Promise<void> } | string> {
  const spec = './lib/rasid-engine.js';
  let mod: RasidEngineModule;
  try {
    mod = (await import(spec)) as RasidEngineModule;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('rasid-engine')) {
      return 'scripts/lib/rasid-engine.ts does not exist yet';
    }
    throw err;
  }
  const r = await mod.rasidSearchEngine(docs);
  return { engine: { name: r.name, search: (q, limit) => r.search(q, limit) }, close: () => r.close() };
}

function peerMode(peer: PeerEngine, mode: PeerMode): EvalEngine {
  return { name: `${peer.name} ${mode.toUpperCase()}`, search: (q, limit) => peer.search(q, mode, limit) };
}

const fmt = (x: number, d = 3): string => (Number.isNaN(x) ? '-' : x.toFixed(d));

export interface EvalSearchOptions {
  /** Print each query's rank of the first relevant document per engine. */
  perQuery?: boolean;
  /** Print, per judged query, the documents in any engine's top 10 that are not judged relevant
   *  (to review the judgments when an engine changes: see docs/search-gold.md). */
  unjudged?: boolean;
  /** false: skip the PostgreSQL columns. */
  postgres?: boolean;
}

export async function run(dataDir: string, opts: EvalSearchOptions = {}): Promise<void> {
  console.log('Search quality: rasid and its peers on the same documents (top 10 per query)');
  const t0 = Date.now();
  const docs = await loadSearchCorpus(dataDir);
  const ant = docs.filter((d) => d.corpus === 'ant').length;
  console.log(`corpus: ${docs.length} documents (ANT ${ant}, SaudiNewsNet ${docs.length - ant}), loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const known = knownItemQueries(docs);
  console.log(`known-item queries: ${known.length}, e.g.`);
  for (const q of known.slice(0, EXAMPLES)) console.log(`  ${formatKnownItem(q)}`);
  const gold = existsSync(goldPath()) ? readGold(goldPath()) : [];
  keysCheck(docs, gold);
  const judged = gold.reduce((n, q) => n + q.relevant.length, 0);
  console.log(`judged queries: ${gold.length} (gold/search/queries.tsv), ${judged} relevant judgments`);

  const engines: EvalEngine[] = [];
  const closers: (() => void | Promise<void>)[] = [];
  const notes: string[] = [];
  try {
    let t = Date.now();
    const fts = await buildFts5Peer(docs);
    closers.push(() => fts.close());
    engines.push(peerMode(fts, 'and'), peerMode(fts, 'or'));
    console.log(`built ${fts.name} in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    const pgDown = opts.postgres === false ? 'skipped (--no-postgres)' : await postgresUnavailable();
    if (pgDown === null) {
      t = Date.now();
      const pgPeer = await buildPostgresPeer(docs);
      closers.push(async () => {
        await pgPeer.close();
        await dropPostgresPeer(); // 17,000 documents of tsvectors: do not leave them on the server
      });
      engines.push(peerMode(pgPeer, 'and'), peerMode(pgPeer, 'or'));
      console.log(`built ${pgPeer.name} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    } else {
      notes.push(`PostgreSQL columns skipped: ${pgDown}`);
    }

    t = Date.now();
    const rasid = await loadRasid(docs);
    if (typeof rasid === 'string') notes.push(`rasid column skipped: ${rasid}`);
    else {
      closers.push(rasid.close);
      engines.push(rasid.engine);
      console.log(`built ${rasid.engine.name} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }

    const rows: { name: string; k: Scores; g: Scores }[] = [];
    for (const engine of engines) {
      const k = await runQueries(engine, known);
      const g = await runQueries(engine, gold);
      rows.push({ name: engine.name, k, g });
    }

    console.log();
    const header =
      'engine'.padEnd(24) +
      `known-item top${TOP}`.padStart(17) + 'MRR'.padStart(7) +
      `gold R@${TOP}`.padStart(11) + 'MRR'.padStart(7) +
      'p50 ms'.padStart(9) + 'p95 ms'.padStart(9);
    console.log(header);
    for (const { name, k, g } of rows) {
      const lat = [...k.latencies, ...g.latencies].sort((a, b) => a - b);
      console.log(
        name.padEnd(24) +
          `${k.found}/${known.length}`.padStart(17) + fmt(k.mrr).padStart(7) +
          (gold.length ? fmt(g.recall) : '-').padStart(11) + (gold.length ? fmt(g.mrr) : '-').padStart(7) +
          fmt(percentile(lat, 50), 2).padStart(9) + fmt(percentile(lat, 95), 2).padStart(9),
      );
    }
    for (const note of notes) console.log(`note: ${note}`);

    if (opts.perQuery) {
      const rank = (r: number | null): string => (r === null ? '-' : String(r)).padStart(4);
      console.log(`\nrank of the first relevant document per query (- = not in the top ${TOP}); engines: ${rows.map((r) => r.name).join(' | ')}`);
      known.forEach((q, i) => console.log(`K${String(i + 1).padStart(2, '0')} ${rows.map((r) => rank(r.k.ranks[i])).join('')}  ${q.query}`));
      gold.forEach((q, i) => console.log(`${q.id.padEnd(3)} ${rows.map((r) => rank(r.g.ranks[i])).join('')}  ${q.query}  (${q.relevant.length} relevant)`));
    }
    if (opts.unjudged) {
      const byKey = new Map(docs.map((d) => [d.key, d]));
      console.log(`\ndocuments in some engine's top ${TOP} not judged relevant (review them: docs/search-gold.md)`);
      gold.forEach((q, i) => {
        const rel = new Set(q.relevant);
        const seen = new Map<string, string[]>();
        for (const r of rows) for (const k of r.g.tops[i]) if (!rel.has(k)) seen.set(k, [...(seen.get(k) ?? []), r.name]);
        if (seen.size === 0) return;
        console.log(`${q.id} ${q.query}`);
        for (const [k, engines] of seen) console.log(`  ${k}  ${byKey.get(k)?.title.slice(0, 80) ?? ''}  [${engines.join(', ')}]`);
      });
    }
  } finally {
    for (const close of closers.reverse()) await close();
  }
}

const USAGE = `
Usage: npm run eval:search [-- [--per-query] [--unjudged] [--no-postgres]]

Search quality of rasid against plain SQLite FTS5 and PostgreSQL's arabic configuration on the
ANT and SaudiNewsNet documents of ../shared/data (or RASID_SHARED_DATA): known-item queries
(found in the top 10, MRR@10) and the hand-judged set gold/search/queries.tsv (recall@10, MRR@10),
with latency per query.

Options:
  --per-query     print every judged query's scores
  --unjudged      list rasid's top results that no judgment covers
  --no-postgres   leave PostgreSQL out (no server needed)
  -h, --help      show this help`;

if (isMain(import.meta.url)) {
  const args = scriptArgs('eval-search', USAGE, { flags: ['--per-query', '--unjudged', '--no-postgres'] });
  const dataDir = sharedDataDir();
  if (!args) {
    // help printed or a bad argument reported
  } else if (!existsSync(dataDir)) console.log(`eval:search: skipped: shared data not found at ${dataDir} (set RASID_SHARED_DATA)`);
  else {
    run(dataDir, { perQuery: args.has('--per-query'), unjudged: args.has('--unjudged'), postgres: !args.has('--no-postgres') }).catch((err: unknown) => {
      console.error(`eval:search: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    });
  }
}
