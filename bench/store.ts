/**
 * `npm run bench:store` (also the last part of `npm run bench`): the corpus store at scale.
 *
 *  1. Builds a corpus of RASID_BENCH_DOCS documents (default 100,000) as JSON Lines under
 *     RASID_BENCH_DIR (default $TMPDIR/rasid-bench): every distinct article of the shared corpora
 *     (ant-corpus-multisource, saudinewsnet, arabic-news-unlabelled), then "varied" documents made
 *     of the first half of one article and the second half of another (distinct ids and texts
 *     that are not near-duplicates of either, so the index really holds that many documents).
 *  2. Ingests it with `rasid ingest` (full analysis, all cores): documents/s and the peak RSS of
 *     the process with all its worker threads; the store's size per 1,000 documents.
 *  3. Indexes the same stored titles and bodies in plain SQLite FTS5 (unicode61) and PostgreSQL's
 *     `arabic` configuration, and times the same fixed queries (known-item headline queries with
 *     clitic and spelling variants, plus the hand-written gold queries) in each: p50/p95 latency,
 *     hits per query, and the overlap of each peer's top 10 with rasid's.
 *  4. Peak RSS of a `rasid search` process.
 * Prints numbers; asserts nothing. `--reuse` keeps a store built earlier in the same folder.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { parseQuery } from '../src/search/query.js';
import { sharedDataDir } from '../scripts/lib/shared-data.js';
import { buildFts5Peer, buildPostgresPeer, postgresUnavailable, type PeerEngine, type PeerMode } from '../scripts/lib/search-peers.js';
import { knownItemQueries } from '../scripts/lib/known-item.js';
import type { SearchDoc } from '../scripts/lib/search-corpus.js';

const N = Number(process.env.RASID_BENCH_DOCS ?? 100_000);
const DIR = process.env.RASID_BENCH_DIR ?? join(tmpdir(), 'rasid-bench');
const BIN = join(PACKAGE_ROOT, 'bin', 'rasid.js');
const SHARD = 10_000;

interface Raw {
  title: string;
  text: string;
  source: string;
  time: string | null;
}

function* sharedArticles(data: string): Generator<Raw> {
  const jsonl = [
    join(data, 'ant-corpus-multisource', 'ant_multisource_v2.1_sample.jsonl'),
    ...['antcorpus-multisource-v2.1.jsonl', 'antcorpus-jawharafm-v1.1.jsonl', 'saudinewsnet-2015-07-21_to_07-25.jsonl'].map((f) => join(data, 'arabic-news-unlabelled', f)),
  ];
  for (const path of jsonl) {
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as Record<string, string | undefined>;
      yield { title: r.title ?? '', text: r.text ?? '', source: r.source ?? '', time: r.time ?? r.published ?? null };
    }
  }
  const snn = join(data, 'saudinewsnet');
  if (existsSync(snn)) {
    for (const f of readdirSync(snn).filter((x) => x.endsWith('.json')).sort()) {
      for (const r of JSON.parse(readFileSync(join(snn, f), 'utf8')) as Record<string, string>[]) {
        yield { title: r.title ?? '', text: r.content ?? '', source: r.source ?? '', time: r.date_extracted ?? null };
      }
    }
  }
}

/** The bench corpus as JSON Lines shards; returns how many documents were written. */
function buildCorpus(dir: string): number {
  const seen = new Set<string>();
  const real: Raw[] = [];
  for (const a of sharedArticles(sharedDataDir())) {
    const text = a.text.trim();
    if (text.split(/\s+/).length < 40) continue;
    const h = createHash('sha1').update(text).digest('hex');
    if (seen.has(h)) continue;
    seen.add(h);
    real.push(a);
  }
  const paragraphs = (t: string) => t.split(/\n+/).filter((p) => p.trim());
  const docs: Raw[] = real.slice(0, N);
  // varied documents: the first half of article i, the second half of article j
  for (let k = 0; docs.length < N; k++) {
    const a = real[k % real.length];
    const b = real[(k * 7919 + 104729) % real.length];
    const pa = paragraphs(a.text);
    const pb = paragraphs(b.text);
    if (pa.length < 2 || pb.length < 2 || a === b) continue;
    const text = [...pa.slice(0, Math.ceil(pa.length / 2)), ...pb.slice(Math.ceil(pb.length / 2))].join('\n');
    docs.push({ title: a.title, text, source: a.source, time: a.time });
  }
  mkdirSync(dir, { recursive: true });
  for (let s = 0; s * SHARD < docs.length; s++) {
    const lines = docs.slice(s * SHARD, (s + 1) * SHARD).map((d) => JSON.stringify(d)).join('\n') + '\n';
    writeFileSync(join(dir, `shard-${String(s).padStart(3, '0')}.jsonl`), lines);
  }
  console.log(`  corpus: ${docs.length} documents (${real.length} distinct articles of the shared corpora, ${docs.length - Math.min(real.length, N)} varied)`);
  return docs.length;
}

/** Runs rasid in a child process that reports its peak RSS (all threads) on exit. */
function runMeasured(args: string[]): { status: number | null; stderr: string; stdout: string; peakMb: number } {
  const probe = join(DIR, 'peak-rss.mjs');
  writeFileSync(probe, "process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\\n`));\n");
  const r = spawnSync(process.execPath, ['--import', probe, BIN, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const m = /peak-rss-kb (\d+)/.exec(r.stderr);
  return { status: r.status, stderr: r.stderr, stdout: r.stdout, peakMb: m ? Number(m[1]) / 1024 : NaN };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

interface Timing {
  name: string;
  p50: number;
  p95: number;
  found: number;
  results: string[][];
}

async function timeEngine(name: string, queries: string[], search: (q: string) => string[] | Promise<string[]>): Promise<Timing> {
  for (const q of queries) await search(q); // warm caches and JIT
  const times: number[] = [];
  const results: string[][] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const r = await search(q);
    times.push(performance.now() - t0);
    results.push(r);
  }
  times.sort((a, b) => a - b);
  return { name, p50: percentile(times, 0.5), p95: percentile(times, 0.95), found: results.filter((r) => r.length > 0).length, results };
}

function goldQueries(): string[] {
  const path = join(PACKAGE_ROOT, 'gold', 'search', 'queries.tsv');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t')[1])
    .filter(Boolean);
}

async function main(): Promise<void> {
  if (!existsSync(sharedDataDir())) {
    console.log('bench store: ../shared/data is absent; skipped');
    return;
  }
  const reuse = process.argv.includes('--reuse');
  const corpusDir = join(DIR, 'corpus');
  const db = join(DIR, 'rasid.db');
  console.log(`bench store: ${N} documents in ${DIR}`);
  mkdirSync(DIR, { recursive: true });
  if (!reuse || !existsSync(db)) {
    rmSync(corpusDir, { recursive: true, force: true });
    for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
    buildCorpus(corpusDir);
    const t0 = performance.now();
    const r = runMeasured(['ingest', corpusDir, '--db', db, '--no-progress']);
    const seconds = (performance.now() - t0) / 1000;
    const summary = r.stderr.split('\n').find((l) => l.includes('ingested')) ?? r.stderr.trim();
    console.log(`  ingest: ${summary.replace(/^rasid: /, '')}`);
    const ingested = Number(/(\d+) ingested/.exec(summary)?.[1] ?? NaN);
    console.log(`  ingest: ${(ingested / seconds).toFixed(1)} documents/s with full analysis (wall clock incl. start-up), peak RSS ${r.peakMb.toFixed(0)} MB (process and all worker threads)`);
  }
  const store = SqliteStore.open(db);
  const stats = await store.stats();
  const bytes = ['', '-wal'].map((s) => (existsSync(db + s) ? statSync(db + s).size : 0)).reduce((a, b) => a + b, 0);
  console.log(`  store: ${stats.documents} documents in ${stats.groups} near-duplicate groups; ${(bytes / 1e6).toFixed(0)} MB, ${((bytes / stats.documents) * 1000 / 1e6).toFixed(2)} MB per 1,000 documents`);

  // the same titles and bodies for the peers, keyed by rasid's document id
  const docs: SearchDoc[] = [];
  for await (const d of store.documents()) docs.push({ key: d.id, title: d.title ?? '', text: d.text, source: d.source.site ?? '', published: d.published, corpus: 'ant' });
  const groupOf = new Map<string, string>();
  for await (const d of store.documents()) groupOf.set(d.id, d.group);
  const knownItems = knownItemQueries(docs, { count: 120 });
  const queries = [...knownItems.map((k) => k.query), ...goldQueries()];
  console.log(`  queries: ${queries.length} (${knownItems.length} known-item headline queries with clitic/spelling variants, ${queries.length - knownItems.length} gold queries)`);

  const rasid = await timeEngine('rasid (default: all words, then all but one; snippets)', queries, (q) => store.searchSync(parseQuery(q), { limit: 10 }).hits.map((h) => h.id));
  const rasidBare = await timeEngine('rasid, ranking only (no snippets)', queries, (q) => store.searchSync(parseQuery(q), { limit: 10, snippets: false }).hits.map((h) => h.id));
  const timings: Timing[] = [rasid, rasidBare];
  const peers: PeerEngine[] = [];
  const t0 = performance.now();
  const fts5 = await buildFts5Peer(docs);
  peers.push(fts5);
  console.log(`  FTS5 unicode61 index built in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  for (const mode of ['and', 'or'] as PeerMode[]) timings.push(await timeEngine(`FTS5 unicode61, ${mode.toUpperCase()}`, queries, (q) => fts5.search(q, mode, 10)));
  const pgDown = await postgresUnavailable();
  if (pgDown) console.log(`  PostgreSQL: skipped (${pgDown})`);
  else {
    const t1 = performance.now();
    const pg = await buildPostgresPeer(docs);
    peers.push(pg);
    console.log(`  PostgreSQL arabic index built in ${((performance.now() - t1) / 1000).toFixed(0)} s`);
    for (const mode of ['and', 'or'] as PeerMode[]) timings.push(await timeEngine(`PostgreSQL arabic, ${mode.toUpperCase()}`, queries, (q) => pg.search(q, mode, 10)));
  }

  // overlap with rasid's top 10, counting a document and its near-duplicates as one
  const group = (id: string) => groupOf.get(id) ?? id;
  console.log(`\n  ${'engine'.padEnd(56)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)}  queries with hits   top-10 overlap with rasid`);
  for (const t of timings) {
    let overlap = 0;
    t.results.forEach((r, k) => {
      const mine = new Set(rasid.results[k].map(group));
      const theirs = new Set(r.map(group));
      const union = new Set([...mine, ...theirs]).size;
      overlap += union ? [...theirs].filter((x) => mine.has(x)).length / union : 1;
    });
    console.log(
      `  ${t.name.padEnd(56)} ${t.p50.toFixed(2).padStart(7)} ${t.p95.toFixed(2).padStart(7)}  ${String(t.found).padStart(5)}/${queries.length}          ${((overlap / queries.length) * 100).toFixed(0)}% (Jaccard)`,
    );
  }
  const knownFound = (t: Timing) => knownItems.filter((k, i) => t.results[i].some((id) => k.relevant.includes(id) || k.relevant.some((r) => group(r) === group(id)))).length;
  console.log(`\n  known-item targets in the top 10 (of ${knownItems.length}), a near-duplicate of the target counting as it:`);
  for (const t of timings) console.log(`    ${t.name.padEnd(56)} ${knownFound(t)}`);
  for (const p of peers) await p.close();
  await store.close();

  const s = runMeasured(['search', knownItems[0]?.query ?? 'سوريا', '--db', db, '--format', 'json']);
  console.log(`  rasid search process (JSON with facets): peak RSS ${s.peakMb.toFixed(0)} MB`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

