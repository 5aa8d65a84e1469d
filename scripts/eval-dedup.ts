/**
 * Near-duplicate detection on real corpora: SaudiNewsNet (wire copy reprinted across 14 Saudi
 * outlets) and the ANT multi-source sample (5 pan-Arab outlets).
 *
 *   npx tsc && node dist/scripts/eval-dedup.js [--quick] [--recall-sample N] [--precision-sample N]
 *
 * Prints: documents, candidate pairs (LSH), verified pairs, groups, time per document; a precision
 * estimate (exact shingle Jaccard of a seeded sample of verified pairs, with examples to judge by
 * eye); a recall estimate (exact search of every pair with Jaccard ≥ threshold for a sample of
 * documents against all, and the share LSH found); and, unless --quick, a sweep over
 * signature sizes, bandings and thresholds, which is what chose the constants in src/dedup.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LSH_BANDS,
  LSH_ROWS,
  LshIndex,
  NUM_HASHES,
  SHINGLE_SIZE,
  UnionFind,
  candidateProbability,
  estimateJaccard,
  exactJaccard,
  isNearDuplicate,
  minhashSignature,
  nearDuplicateThreshold,
  shingleHashes,
  textSignature,
} from '../src/dedup/index.js';
import { seededRandom } from './lib/rng.js';
import { sharedDataDir } from './lib/shared-data.js';

interface Doc {
  corpus: 'saudinewsnet' | 'ant';
  source: string;
  title: string;
  text: string;
}

function loadDocs(dataDir: string): Doc[] {
  const docs: Doc[] = [];
  const snn = join(dataDir, 'saudinewsnet');
  if (existsSync(snn)) {
    for (const f of readdirSync(snn).filter((f) => f.endsWith('.json')).sort()) {
      const arts = JSON.parse(readFileSync(join(snn, f), 'utf8')) as { source?: string; title?: string; content?: string }[];
      for (const a of arts) docs.push({ corpus: 'saudinewsnet', source: a.source ?? '', title: a.title ?? '', text: a.content ?? '' });
    }
  }
  const antDir = join(dataDir, 'ant-corpus-multisource');
  if (existsSync(antDir)) {
    for (const f of readdirSync(antDir).filter((f) => f.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(antDir, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as { source?: string; title?: string; text?: string };
        docs.push({ corpus: 'ant', source: r.source ?? '', title: r.title ?? '', text: r.text ?? '' });
      }
    }
  }
  return docs;
}

const args = process.argv.slice(2);
function numArg(name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? Number(args[i + 1]) : fallback;
}
const QUICK = args.includes('--quick');
const RECALL_SAMPLE = numArg('--recall-sample', 1500);
const PRECISION_SAMPLE = numArg('--precision-sample', 400);
const SEED = 20150806;

const pct = (n: number, d: number): string => (d === 0 ? '   –  ' : ((100 * n) / d).toFixed(1).padStart(5) + '%');
const fix = (x: number, digits = 2): string => x.toFixed(digits);
const short = (s: string, n: number): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};
const pairKey = (a: number, b: number): number => (a < b ? a * 0x100000 + b : b * 0x100000 + a);

/** All pairs sharing a band key, each once (a < b). */
function candidatePairs(sigs: (Uint32Array | null)[], bands: number, rows: number): [number, number][] {
  const index = new LshIndex<number>(bands, rows);
  const pairs: [number, number][] = [];
  for (let i = 0; i < sigs.length; i++) {
    const sig = sigs[i];
    if (!sig) continue;
    for (const j of index.add(i, sig)) pairs.push([j, i]);
  }
  return pairs;
}

/**
 * Every pair (sampled doc, any doc) with exact shingle Jaccard ≥ minJaccard. Exact like brute
 * force, but through an inverted index of the sample's shingles (a pair with J > 0 shares one).
 */
function exactPairsOfSample(shingles: Uint32Array[], sample: number[], minJaccard: number): Map<number, number> {
  const inSample = new Set(sample);
  const owners = new Map<number, number[]>();
  for (const s of sample) {
    for (const h of shingles[s]) {
      const list = owners.get(h);
      if (list) list.push(s);
      else owners.set(h, [s]);
    }
  }
  const shared = new Map<number, number>();
  for (let d = 0; d < shingles.length; d++) {
    for (const h of shingles[d]) {
      const list = owners.get(h);
      if (!list) continue;
      for (const s of list) {
        if (s === d) continue;
        const k = pairKey(s, d);
        // a pair of two sampled docs is met from both sides: count it from the smaller id only
        if (s > d && inSample.has(d)) continue;
        shared.set(k, (shared.get(k) ?? 0) + 1);
      }
    }
  }
  const out = new Map<number, number>();
  for (const [k, inter] of shared) {
    const a = Math.floor(k / 0x100000);
    const b = k % 0x100000;
    const j = inter / (shingles[a].length + shingles[b].length - inter);
    if (j >= minJaccard) out.set(k, j);
  }
  return out;
}

function main(): void {
  const dataDir = sharedDataDir();
  const docs = loadDocs(dataDir);
  if (docs.length === 0) {
    console.log(`eval-dedup: skipped: no corpora under ${dataDir}`);
    return;
  }
  const random = seededRandom(SEED);
  const threshold = nearDuplicateThreshold;
  console.log('Near-duplicate detection (src/dedup)');
  console.log(
    `  shingles of ${SHINGLE_SIZE} words, ${NUM_HASHES} hashes, LSH ${LSH_BANDS} bands × ${LSH_ROWS} rows, ` +
      `threshold: estimated Jaccard ≥ ${threshold}`,
  );
  const byCorpus = (c: Doc['corpus']) => docs.filter((d) => d.corpus === c).length;
  console.log(`  documents: ${docs.length} (SaudiNewsNet ${byCorpus('saudinewsnet')}, ANT ${byCorpus('ant')})`);

  // --- signatures and their cost
  for (const d of docs.slice(0, 500)) textSignature(d.text); // warm-up (class table, JIT)
  const sigs: (Uint32Array | null)[] = new Array(docs.length);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < docs.length; i++) sigs[i] = textSignature(docs[i].text);
  const totalNs = Number(process.hrtime.bigint() - t0);
  const bytes = docs.map((d) => Buffer.byteLength(d.text, 'utf8'));
  const near3k = docs.map((_, i) => i).filter((i) => bytes[i] >= 2800 && bytes[i] <= 3200);
  const t1 = process.hrtime.bigint();
  for (let rep = 0; rep < 5; rep++) for (const i of near3k) textSignature(docs[i].text);
  const near3kNs = Number(process.hrtime.bigint() - t1) / (5 * Math.max(1, near3k.length));
  const noSig = sigs.filter((s) => !s).length;
  const meanBytes = bytes.reduce((a, b) => a + b, 0) / docs.length;
  console.log(
    `  signature time: ${fix(totalNs / docs.length / 1000, 1)} µs/doc on average (mean ${Math.round(meanBytes)} bytes UTF-8); ` +
      `${fix(near3kNs / 1000, 1)} µs for a 3 KB article (${near3k.length} docs of 2.8–3.2 KB)`,
  );
  console.log(`  no signature (empty or < 4 words): ${noSig}`);

  // --- candidates, verification, groups
  const t2 = process.hrtime.bigint();
  const candidates = candidatePairs(sigs, LSH_BANDS, LSH_ROWS);
  const verified = candidates.filter(([a, b]) => isNearDuplicate(sigs[a]!, sigs[b]!));
  const lshMs = Number(process.hrtime.bigint() - t2) / 1e6;
  const uf = new UnionFind(docs.length);
  for (const [a, b] of verified) uf.union(a, b);
  const groups = uf.groups(2);
  const grouped = groups.reduce((n, g) => n + g.length, 0);
  const identical = verified.filter(([a, b]) => estimateJaccard(sigs[a]!, sigs[b]!) === 1).length;
  console.log(`  LSH + verification: ${fix(lshMs, 0)} ms for all documents (${fix((lshMs * 1000) / docs.length, 1)} µs/doc)`);
  console.log(`  candidate pairs (share a band key): ${candidates.length}`);
  console.log(`  verified pairs (estimated J ≥ ${threshold}): ${verified.length}  (${identical} with identical signatures)`);
  console.log(`  groups of size ≥ 2: ${groups.length}, holding ${grouped} documents (${pct(grouped, docs.length).trim()})`);
  const sizes = new Map<number, number>();
  for (const g of groups) sizes.set(g.length, (sizes.get(g.length) ?? 0) + 1);
  console.log(
    '  group sizes: ' +
      [...sizes.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([s, n]) => `${s}:${n}`)
        .join('  '),
  );
  const crossOutlet = groups.filter((g) => new Set(g.map((i) => docs[i].source)).size > 1).length;
  console.log(`  groups spanning more than one outlet: ${crossOutlet}`);
  console.log('  largest groups:');
  for (const g of groups.slice(0, 5)) {
    const outlets = [...new Set(g.map((i) => docs[i].source))].join(', ');
    console.log(`    ${String(g.length).padStart(3)} docs  ${short(docs[g[0]].title, 60)}  [${short(outlets, 70)}]`);
  }

  // --- precision: exact Jaccard of a seeded sample of verified pairs
  const shingles = docs.map((d) => shingleHashes(d.text));
  const sampleVerified = [...verified];
  for (let i = sampleVerified.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sampleVerified[i], sampleVerified[j]] = [sampleVerified[j], sampleVerified[i]];
  }
  const pSample = sampleVerified.slice(0, PRECISION_SAMPLE).map(([a, b]) => ({
    a,
    b,
    est: estimateJaccard(sigs[a]!, sigs[b]!),
    exact: exactJaccard(shingles[a], shingles[b]),
  }));
  console.log(`\nPrecision: exact shingle Jaccard of ${pSample.length} random verified pairs (seed ${SEED})`);
  const bins: [number, number][] = [
    [0, 0.3],
    [0.3, 0.4],
    [0.4, threshold],
    [threshold, 0.6],
    [0.6, 0.8],
    [0.8, 1.01],
  ];
  for (const [lo, hi] of bins) {
    const n = pSample.filter((p) => p.exact >= lo && p.exact < hi).length;
    console.log(`  exact J in [${fix(lo)}, ${fix(Math.min(hi, 1))}${hi > 1 ? ']' : ')'}: ${String(n).padStart(4)}  ${pct(n, pSample.length)}`);
  }
  const errors = pSample.map((p) => Math.abs(p.est - p.exact));
  console.log(
    `  |estimate − exact|: mean ${fix(errors.reduce((a, b) => a + b, 0) / Math.max(1, errors.length), 3)}, ` +
      `max ${fix(Math.max(0, ...errors), 3)}`,
  );
  console.log('  examples (judge by eye: same story copied, or different stories?):');
  const exampleBins: [number, number][] = [
    [threshold, 0.6],
    [0.6, 0.75],
    [0.75, 0.9],
    [0.9, 1.01],
  ];
  for (const [lo, hi] of exampleBins) {
    const inBin = pSample.filter((p) => p.exact >= lo && p.exact < hi).slice(0, 3);
    for (const p of inBin) {
      console.log(`    J=${fix(p.exact)} (est ${fix(p.est)})  ${docs[p.a].source}: ${short(docs[p.a].title, 55)}`);
      console.log(`    ${' '.repeat(20)}${docs[p.b].source}: ${short(docs[p.b].title, 55)}`);
    }
  }

  // --- recall: exact pairs of a document sample against all, and what LSH found
  const order = docs.map((_, i) => i).filter((i) => shingles[i].length > 0);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const sample = order.slice(0, RECALL_SAMPLE).sort((a, b) => a - b);
  const t3 = process.hrtime.bigint();
  const exactPairs = exactPairsOfSample(shingles, sample, 0.3);
  const exactMs = Number(process.hrtime.bigint() - t3) / 1e6;
  const candidateSet = new Set(candidates.map(([a, b]) => pairKey(a, b)));
  const verifiedSet = new Set(verified.map(([a, b]) => pairKey(a, b)));
  console.log(
    `\nRecall: ${sample.length} random documents against all ${docs.length} (exact shingle Jaccard, ${fix(exactMs / 1000, 1)} s)`,
  );
  console.log('  exact J         pairs   LSH candidate   candidate + verified   (theory: P(candidate))');
  const recallBins: [number, number][] = [
    [0.3, 0.4],
    [0.4, threshold],
    [threshold, 0.6],
    [0.6, 0.8],
    [0.8, 1.01],
    [threshold, 1.01],
  ];
  for (const [lo, hi] of recallBins) {
    const keys = [...exactPairs].filter(([, j]) => j >= lo && j < hi).map(([k]) => k);
    const cand = keys.filter((k) => candidateSet.has(k)).length;
    const ver = keys.filter((k) => verifiedSet.has(k)).length;
    const label = lo === threshold && hi > 1 ? `≥ ${fix(threshold)} (all)` : `[${fix(lo)}, ${fix(Math.min(hi, 1))}${hi > 1 ? ']' : ')'}`;
    const theory = `${fix(candidateProbability(lo))}–${fix(candidateProbability(Math.min(hi, 1)))}`;
    console.log(
      `  ${label.padEnd(14)} ${String(keys.length).padStart(6)}   ${pct(cand, keys.length).padStart(13)}   ${pct(ver, keys.length).padStart(20)}   (${theory})`,
    );
  }
  const missed = [...exactPairs]
    .filter(([k, j]) => j >= threshold && !verifiedSet.has(k))
    .sort((x, y) => y[1] - x[1])
    .slice(0, 5);
  if (missed.length) {
    console.log('  highest-J pairs not grouped (estimate fell below the threshold, or no shared band):');
    for (const [k, j] of missed) {
      const a = Math.floor(k / 0x100000);
      const b = k % 0x100000;
      const est = sigs[a] && sigs[b] ? estimateJaccard(sigs[a]!, sigs[b]!) : 0;
      console.log(`    J=${fix(j)} (est ${fix(est)})  ${docs[a].source}: ${short(docs[a].title, 45)} | ${docs[b].source}: ${short(docs[b].title, 45)}`);
    }
  }
  console.log('  below the threshold, not grouped (exact J 0.35–0.5; same story rewritten, or templated different stories):');
  const below = [...exactPairs].filter(([, j]) => j >= 0.35 && j < threshold).slice(0, 6);
  for (const [k, j] of below) {
    const a = Math.floor(k / 0x100000);
    const b = k % 0x100000;
    console.log(`    J=${fix(j)}  ${docs[a].source}: ${short(docs[a].title, 45)} | ${docs[b].source}: ${short(docs[b].title, 45)}`);
  }

  if (QUICK) return;

  // --- sweep: what chose k, bands × rows and the threshold
  const truth = [...exactPairs].filter(([, j]) => j >= threshold).map(([k]) => k);
  console.log(`\nSweep over signature size and banding (recall over the ${truth.length} sampled pairs with exact J ≥ ${threshold})`);
  console.log('  k     bands×rows   µs/doc   candidates   cand. recall   verified recall   P(cand | J=0.3)');
  const configs: [number, number, number][] = [
    [64, 16, 4],
    [64, 21, 3],
    [128, 32, 4],
    [128, 42, 3],
    [128, 64, 2],
    [192, 48, 4],
  ];
  const sigsByK = new Map<number, { sigs: (Uint32Array | null)[]; us: number }>();
  for (const [k, bands, rows] of configs) {
    let entry = sigsByK.get(k);
    if (!entry) {
      const s0 = process.hrtime.bigint();
      const ks = shingles.map((s) => minhashSignature(s, k));
      entry = { sigs: ks, us: Number(process.hrtime.bigint() - s0) / 1000 / docs.length };
      sigsByK.set(k, entry);
    }
    const cands = candidatePairs(entry.sigs, bands, rows);
    const cset = new Set(cands.map(([a, b]) => pairKey(a, b)));
    const vset = new Set(
      cands.filter(([a, b]) => estimateJaccard(entry!.sigs[a]!, entry!.sigs[b]!) >= threshold).map(([a, b]) => pairKey(a, b)),
    );
    const cr = truth.filter((t) => cset.has(t)).length;
    const vr = truth.filter((t) => vset.has(t)).length;
    console.log(
      `  ${String(k).padEnd(5)} ${`${bands}×${rows}`.padEnd(12)} ${fix(entry.us, 0).padStart(6)}   ${String(cands.length).padStart(10)}   ` +
        `${pct(cr, truth.length).padStart(12)}   ${pct(vr, truth.length).padStart(15)}   ${fix(candidateProbability(0.3, bands, rows)).padStart(15)}`,
    );
  }
  console.log(`\nSweep over the shingle size (exact Jaccard of the ${sample.length} sampled documents against all)`);
  console.log('  words   pairs J 0.05–0.3 (stock phrases)   J 0.3–0.5   J ≥ 0.5 (copies)');
  for (const size of [3, 4, 5, 6, 8]) {
    const sh = size === SHINGLE_SIZE ? shingles : docs.map((d) => shingleHashes(d.text, size));
    const pairs = [...exactPairsOfSample(sh, sample, 0.05).values()];
    const count = (lo: number, hi: number) => pairs.filter((j) => j >= lo && j < hi).length;
    console.log(
      `  ${String(size).padEnd(5)}   ${String(count(0.05, 0.3)).padStart(30)}   ${String(count(0.3, 0.5)).padStart(9)}   ${String(count(0.5, 1.01)).padStart(16)}`,
    );
  }
  console.log('\nSweep over the threshold (chosen banding; verified pairs and groups over all documents)');
  console.log('  threshold   verified pairs   groups   docs grouped   largest group');
  for (const t of [0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8]) {
    const v = candidates.filter(([a, b]) => estimateJaccard(sigs[a]!, sigs[b]!) >= t);
    const u = new UnionFind(docs.length);
    for (const [a, b] of v) u.union(a, b);
    const g = u.groups(2);
    console.log(
      `  ${fix(t).padEnd(9)}   ${String(v.length).padStart(14)}   ${String(g.length).padStart(6)}   ${String(g.reduce((n, x) => n + x.length, 0)).padStart(12)}   ${String(g[0]?.length ?? 0).padStart(13)}`,
    );
  }
}

main();
