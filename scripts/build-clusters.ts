/**
 * Builds models/ar-clusters.tsv: hierarchical distributional word clusters learned from unlabelled
 * Arabic news, meant as features for the NER tagger (the way Brown clusters are used); and
 * models/ar-vectors.bin, the words' vectors themselves (their first 64 dimensions), which the NER
 * window network reads.
 *
 *   npm run build && node dist/scripts/build-clusters.js [--data DIR] [--out FILE] [--min-count 5]
 *       [--max-vocab 120000] [--contexts 3000] [--dims 160] [--power 2] [--levels 32,16,8] [--seed 20240601]
 *       [--no-discount] [--max-bytes 4000000]
 *       [--vectors models/ar-vectors.bin] [--vector-dims 64]
 *
 * Reads only unlabelled text (never anercorp-camel, aqmar or newsfane):
 *   arabic-news-unlabelled/*.jsonl (title, text), ant-corpus-multisource/*.jsonl (title, text),
 *   saudinewsnet/*.json (JSON arrays; title, content). Documents are deduplicated by their text.
 *
 * Keys: `token.norm` (SEARCH_NORMALIZATION, so Latin is lower-cased) for Arabic and Latin word
 * tokens; every number is `<num>`; punctuation is kept (by its norm) as context only.
 *
 * Method:
 *   1. vocabulary = word types with count >= min-count, most frequent first, capped at max-vocab;
 *   2. contexts = the `contexts` most frequent tokens (words, punctuation, <num>, and <s> for
 *      document edges) at offsets -2, -1, +1, +2 (4 x contexts features);
 *   3. co-occurrence counts -> PPMI with context-distribution smoothing (alpha 0.75) and the Pantel & Lin
 *      discount that damps PMI of rare co-occurrences (rare words' rows are otherwise mostly noise);
 *   4. randomized truncated SVD (Gaussian test matrix, `power` subspace iterations, seeded RNG) to
 *      `dims` dimensions, rows U * S^0.5, L2-normalized;
 *   5. top-down spherical k-means (cosine, k-means++ init, frequency-weighted centroids): `levels`
 *      gives the branching per level (e.g. 32,16,8), a small cluster is split into fewer children.
 *
 * Output: '#' header lines (inputs, counts, parameters; no date, so the same input gives the same
 * file), then `word<TAB>path`, most frequent first, where path = cluster ids coarse-to-fine joined by
 * '/'. Every id is unique within its level across the whole file, so any prefix is a feature alone.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { isMain, sharedDataDir } from './lib/shared-data.js';
import { tokenize, normalize, SEARCH_NORMALIZATION } from '../src/text/index.js';
import { seededRandom } from './lib/rng.js';
import { listInputs, documents } from './lib/unlabelled.js';
import { WordVectors } from '../src/text/word-vectors.js';

export interface ClusterOptions {
  dataDir: string;
  outPath: string;
  minCount: number;
  maxVocab: number;
  contexts: number;
  dims: number;
  power: number;
  levels: number[];
  seed: number;
  maxBytes: number;
  /** Pantel & Lin discount of PMI for rare events (n/(n+1) * min/(min+1)). */
  discount: boolean;
  /** Where the word vectors go (models/ar-vectors.bin), for the NER window network; '' for nowhere. */
  vectorsPath: string;
  /** How many leading dimensions the vector file keeps. */
  vectorDims: number;
}

const BOUNDARY = '<s>';
const OFFSETS = [-2, -1, 1, 2];
const ALPHA = 0.75;
const EIG_POWER = 0.5;

// ---------------------------------------------------------------------------------------------
// Seeded RNG (mulberry32) and Gaussian draws.


function gaussian(rng: () => number): number {
  let u = rng();
  while (u <= 1e-12) u = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

// ---------------------------------------------------------------------------------------------
// Reading the corpus into one stream of interned token ids.

interface Corpus {
  ids: Int32Array; // token stream; documents separated by the boundary id
  length: number;
  words: string[]; // id -> key
  counts: number[]; // id -> corpus count
  isWord: Uint8Array; // id -> 1 for Arabic/Latin word types
  docs: number;
  dupDocs: number;
  files: string[];
}

function readCorpus(dataDir: string): Corpus {
  const inputs = listInputs(dataDir);
  const intern = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  let isWord = new Uint8Array(1 << 16);
  let ids = new Int32Array(1 << 24);
  let length = 0;
  const idOf = (key: string, word: boolean): number => {
    let id = intern.get(key);
    if (id === undefined) {
      id = words.length;
      intern.set(key, id);
      words.push(key);
      counts.push(0);
      if (id >= isWord.length) {
        const g = new Uint8Array(isWord.length * 2);
        g.set(isWord);
        isWord = g;
      }
      isWord[id] = word ? 1 : 0;
    }
    return id;
  };
  const push = (id: number): void => {
    if (length === ids.length) {
      const g = new Int32Array(ids.length * 2);
      g.set(ids);
      ids = g;
    }
    ids[length++] = id;
    counts[id]++;
  };
  const boundary = idOf(BOUNDARY, false);
  const seen = new Set<string>();
  let docs = 0;
  let dupDocs = 0;
  for (const { path, kind } of inputs) {
    let n = 0;
    for (const { title, text } of documents(path, kind)) {
      const key = text.trim().slice(0, 2000) + '\u0000' + text.length;
      if (seen.has(key)) {
        dupDocs++;
        continue;
      }
      seen.add(key);
      n++;
      for (const part of [title, text]) {
        if (!part) continue;
        push(boundary);
        for (const t of tokenize(part)) {
          switch (t.kind) {
            case 'arabic':
            case 'latin':
              if (t.norm.length > 0) push(idOf(t.norm, true));
              break;
            case 'number':
              push(idOf('<num>', false));
              break;
            case 'punct':
            case 'symbol':
              push(idOf(t.norm, false));
              break;
            default:
              push(idOf(`<${t.kind}>`, false));
          }
        }
      }
    }
    docs += n;
    console.log(`  ${path.slice(dataDir.length + 1)}: ${n} docs, stream ${length} tokens, ${words.length} types`);
  }
  push(boundary);
  return { ids, length, words, counts, isWord, docs, dupDocs, files: inputs.map((i) => i.path.slice(dataDir.length + 1)) };
}

// ---------------------------------------------------------------------------------------------
// Sparse PPMI matrix (CSR), rows = vocabulary, columns = offset x context word.

interface Csr {
  rows: number;
  cols: number;
  ptr: Float64Array; // rows + 1 (as float64 to allow > 2^31 entries in principle)
  col: Uint32Array;
  val: Float64Array;
}

function byFrequency(c: Corpus, cand: number[]): number[] {
  return cand.sort((a, b) => c.counts[b] - c.counts[a] || (c.words[a] < c.words[b] ? -1 : c.words[a] > c.words[b] ? 1 : 0));
}

function buildPpmi(c: Corpus, vocab: number[], ctxIds: number[], discount: boolean): { m: Csr; events: number } {
  const V = vocab.length;
  const C = ctxIds.length;
  const F = C * OFFSETS.length;
  const rowOf = new Int32Array(c.words.length).fill(-1);
  vocab.forEach((id, r) => (rowOf[id] = r));
  const ctxOf = new Int32Array(c.words.length).fill(-1);
  ctxIds.forEach((id, r) => (ctxOf[id] = r));
  const { ids, length } = c;
  // pass A: row sizes
  const rowN = new Float64Array(V);
  let events = 0;
  for (let i = 0; i < length; i++) {
    const r = rowOf[ids[i]];
    if (r < 0) continue;
    for (let o = 0; o < OFFSETS.length; o++) {
      const j = i + OFFSETS[o];
      if (j < 0 || j >= length || ctxOf[ids[j]] < 0) continue;
      rowN[r]++;
    }
  }
  const start = new Float64Array(V + 1);
  for (let r = 0; r < V; r++) start[r + 1] = start[r] + rowN[r];
  events = start[V];
  const feats = new Uint32Array(events);
  const cur = Float64Array.from(start.subarray(0, V));
  const colN = new Float64Array(F);
  // pass B: fill the per-row feature lists
  for (let i = 0; i < length; i++) {
    const r = rowOf[ids[i]];
    if (r < 0) continue;
    for (let o = 0; o < OFFSETS.length; o++) {
      const j = i + OFFSETS[o];
      if (j < 0 || j >= length) continue;
      const k = ctxOf[ids[j]];
      if (k < 0) continue;
      const f = o * C + k;
      feats[cur[r]++] = f;
      colN[f]++;
    }
  }
  // smoothed context distribution
  let z = 0;
  const pc = new Float64Array(F);
  for (let f = 0; f < F; f++) z += (pc[f] = Math.pow(colN[f], ALPHA));
  for (let f = 0; f < F; f++) pc[f] /= z;
  // per row: count features, keep PPMI > 0
  const scratch = new Float64Array(F);
  const touched = new Uint32Array(F);
  const ptr = new Float64Array(V + 1);
  let col = new Uint32Array(Math.max(1024, Math.floor(events / 3)));
  let val = new Float64Array(col.length);
  let nnz = 0;
  for (let r = 0; r < V; r++) {
    let nt = 0;
    const a = start[r];
    const b = start[r + 1];
    for (let e = a; e < b; e++) {
      const f = feats[e];
      if (scratch[f] === 0) touched[nt++] = f;
      scratch[f]++;
    }
    const rowTotal = b - a;
    if (nnz + nt > col.length) {
      const n2 = Math.max(col.length * 2, nnz + nt);
      const c2 = new Uint32Array(n2);
      c2.set(col);
      col = c2;
      const v2 = new Float64Array(n2);
      v2.set(val);
      val = v2;
    }
    // columns in increasing order for a deterministic, cache-friendlier layout
    const t = touched.subarray(0, nt).sort();
    for (let q = 0; q < nt; q++) {
      const f = t[q];
      const n = scratch[f];
      let pmi = Math.log(n / (rowTotal * pc[f]));
      if (discount) {
        const mn = Math.min(rowTotal, colN[f]);
        pmi *= (n / (n + 1)) * (mn / (mn + 1));
      }
      scratch[f] = 0;
      if (pmi > 0) {
        col[nnz] = f;
        val[nnz] = pmi;
        nnz++;
      }
    }
    ptr[r + 1] = nnz;
  }
  return { m: { rows: V, cols: F, ptr, col: col.slice(0, nnz), val: val.slice(0, nnz) }, events };
}

// ---------------------------------------------------------------------------------------------
// Dense helpers (row-major Float64Array, n x l).

/** Y = M * X, X is cols x l. */
function mulM(m: Csr, x: Float64Array, l: number): Float64Array {
  const y = new Float64Array(m.rows * l);
  for (let r = 0; r < m.rows; r++) {
    const yo = r * l;
    for (let e = m.ptr[r], end = m.ptr[r + 1]; e < end; e++) {
      const v = m.val[e];
      const xo = m.col[e] * l;
      for (let d = 0; d < l; d++) y[yo + d] += v * x[xo + d];
    }
  }
  return y;
}

/** Z = M^T * Y, Y is rows x l. */
function mulMt(m: Csr, y: Float64Array, l: number): Float64Array {
  const z = new Float64Array(m.cols * l);
  for (let r = 0; r < m.rows; r++) {
    const yo = r * l;
    for (let e = m.ptr[r], end = m.ptr[r + 1]; e < end; e++) {
      const v = m.val[e];
      const zo = m.col[e] * l;
      for (let d = 0; d < l; d++) z[zo + d] += v * y[yo + d];
    }
  }
  return z;
}

/** Orthonormalizes the l columns of the n x l matrix a in place (modified Gram-Schmidt, twice). */
function orthonormalize(a: Float64Array, n: number, l: number): void {
  const cols: Float64Array[] = [];
  for (let j = 0; j < l; j++) {
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) c[i] = a[i * l + j];
    cols.push(c);
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < l; j++) {
      const cj = cols[j];
      for (let k = 0; k < j; k++) {
        const ck = cols[k];
        let dot = 0;
        for (let i = 0; i < n; i++) dot += cj[i] * ck[i];
        for (let i = 0; i < n; i++) cj[i] -= dot * ck[i];
      }
      let norm = 0;
      for (let i = 0; i < n; i++) norm += cj[i] * cj[i];
      norm = Math.sqrt(norm) || 1;
      for (let i = 0; i < n; i++) cj[i] /= norm;
    }
  }
  for (let j = 0; j < l; j++) {
    const c = cols[j];
    for (let i = 0; i < n; i++) a[i * l + j] = c[i];
  }
}

/** Eigen-decomposition of a symmetric l x l matrix (cyclic Jacobi). Returns values desc + vectors (columns). */
function symEig(a0: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(a0);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += a[p * l + q] * a[p * l + q];
    if (off < 1e-22) break;
    for (let p = 0; p < l; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = a[p * l + q];
        if (Math.abs(apq) < 1e-300) continue;
        const app = a[p * l + p];
        const aqq = a[q * l + q];
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cs = 1 / Math.sqrt(t * t + 1);
        const sn = t * cs;
        for (let k = 0; k < l; k++) {
          const akp = a[k * l + p];
          const akq = a[k * l + q];
          a[k * l + p] = cs * akp - sn * akq;
          a[k * l + q] = sn * akp + cs * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = a[p * l + k];
          const aqk = a[q * l + k];
          a[p * l + k] = cs * apk - sn * aqk;
          a[q * l + k] = sn * apk + cs * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p];
          const vkq = v[k * l + q];
          v[k * l + p] = cs * vkp - sn * vkq;
          v[k * l + q] = sn * vkp + cs * vkq;
        }
      }
    }
  }
  const order = [...Array(l).keys()].sort((x, y) => a[y * l + y] - a[x * l + x] || x - y);
  const values = new Float64Array(l);
  const vectors = new Float64Array(l * l);
  order.forEach((src, dst) => {
    values[dst] = a[src * l + src];
    for (let k = 0; k < l; k++) vectors[k * l + dst] = v[k * l + src];
  });
  return { values, vectors };
}

/** Word vectors: rows of U * S^p from a randomized truncated SVD of m, L2-normalized (Float32, V x l). */
function embed(m: Csr, l: number, power: number, rng: () => number): Float32Array {
  const F = m.cols;
  const omega = new Float64Array(F * l);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian(rng);
  // subspace iteration on the right singular space: omega <- orth(M^T M omega)
  for (let it = 0; it < power; it++) {
    orthonormalize(omega, F, l);
    const y = mulM(m, omega, l);
    const z = mulMt(m, y, l);
    omega.set(z);
  }
  orthonormalize(omega, F, l);
  const y = mulM(m, omega, l); // V x l, = U S W^T restricted to the subspace
  // C = Y^T Y; eig(C) = W diag(S^2) W^T; U S^p = Y W S^(p-1)
  const V = m.rows;
  const cmat = new Float64Array(l * l);
  for (let r = 0; r < V; r++) {
    const o = r * l;
    for (let i = 0; i < l; i++) {
      const yi = y[o + i];
      if (yi === 0) continue;
      const ci = i * l;
      for (let j = i; j < l; j++) cmat[ci + j] += yi * y[o + j];
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) cmat[i * l + j] = cmat[j * l + i];
  const { values, vectors } = symEig(cmat, l);
  const scale = new Float64Array(l);
  for (let j = 0; j < l; j++) scale[j] = values[j] > 1e-12 ? Math.pow(values[j], (EIG_POWER - 1) / 2) : 0;
  const w = new Float64Array(l * l);
  for (let i = 0; i < l; i++) for (let j = 0; j < l; j++) w[i * l + j] = vectors[i * l + j] * scale[j];
  const out = new Float32Array(V * l);
  const row = new Float64Array(l);
  for (let r = 0; r < V; r++) {
    row.fill(0);
    const o = r * l;
    for (let i = 0; i < l; i++) {
      const yi = y[o + i];
      if (yi === 0) continue;
      const wi = i * l;
      for (let j = 0; j < l; j++) row[j] += yi * w[wi + j];
    }
    let n = 0;
    for (let j = 0; j < l; j++) n += row[j] * row[j];
    n = Math.sqrt(n);
    if (n > 0) for (let j = 0; j < l; j++) out[o + j] = row[j] / n;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Spherical k-means.

function dotRow(x: Float32Array, a: number, c: Float64Array, b: number, d: number): number {
  let s = 0;
  for (let i = 0; i < d; i++) s += x[a + i] * c[b + i];
  return s;
}

/** Clusters `members` (row indices) into at most k groups; returns groups sorted by weight desc. */
function sphericalKmeans(x: Float32Array, d: number, members: number[], weight: Float64Array, k: number, rng: () => number, maxIter = 25): number[][] {
  const n = members.length;
  if (k <= 1 || n <= k) return k <= 1 || n <= 1 ? [members.slice()] : members.map((m) => [m]);
  const cent = new Float64Array(k * d);
  // k-means++ (weighted by word weight) on cosine distance
  const best = new Float64Array(n).fill(Infinity);
  let totalW = 0;
  for (let i = 0; i < n; i++) totalW += weight[members[i]];
  let pick = 0;
  {
    let u = rng() * totalW;
    for (pick = 0; pick < n - 1; pick++) if ((u -= weight[members[pick]]) <= 0) break;
  }
  for (let c = 0; c < k; c++) {
    const po = members[pick] * d;
    for (let i = 0; i < d; i++) cent[c * d + i] = x[po + i];
    if (c === k - 1) break;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const dist = Math.max(0, 1 - dotRow(x, members[i] * d, cent, c * d, d));
      if (dist < best[i]) best[i] = dist;
      sum += best[i] * best[i] * weight[members[i]];
    }
    let u = rng() * sum;
    pick = n - 1;
    for (let i = 0; i < n; i++) if ((u -= best[i] * best[i] * weight[members[i]]) <= 0) {
      pick = i;
      break;
    }
  }
  const assign = new Int32Array(n).fill(-1);
  const sums = new Float64Array(k * d);
  const sizes = new Float64Array(k);
  for (let iter = 0; iter < maxIter; iter++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const o = members[i] * d;
      let bc = 0;
      let bs = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dotRow(x, o, cent, c * d, d);
        if (s > bs) {
          bs = s;
          bc = c;
        }
      }
      if (assign[i] !== bc) changed++;
      assign[i] = bc;
      best[i] = bs;
    }
    sums.fill(0);
    sizes.fill(0);
    for (let i = 0; i < n; i++) {
      const c = assign[i];
      const w = weight[members[i]];
      const o = members[i] * d;
      sizes[c]++;
      for (let j = 0; j < d; j++) sums[c * d + j] += w * x[o + j];
    }
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) {
        // re-seed an empty cluster with the worst-fitting point
        let wi = 0;
        for (let i = 1; i < n; i++) if (best[i] < best[wi]) wi = i;
        best[wi] = Infinity;
        const o = members[wi] * d;
        for (let j = 0; j < d; j++) cent[c * d + j] = x[o + j];
        changed++;
        continue;
      }
      let nrm = 0;
      for (let j = 0; j < d; j++) nrm += sums[c * d + j] * sums[c * d + j];
      nrm = Math.sqrt(nrm) || 1;
      for (let j = 0; j < d; j++) cent[c * d + j] = sums[c * d + j] / nrm;
    }
    if (changed <= n * 0.002) break;
  }
  const groups: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) groups[assign[i]].push(members[i]);
  const gw = groups.map((g) => g.reduce((s, m) => s + weight[m], 0));
  return [...groups.keys()]
    .filter((g) => groups[g].length > 0)
    .sort((a, b) => gw[b] - gw[a] || a - b)
    .map((g) => groups[g].sort((a, b) => a - b));
}

/** Top-down clustering; returns per row its cluster id at every level. */
function hierarchy(x: Float32Array, d: number, n: number, weight: Float64Array, levels: number[], rng: () => number): { paths: Int32Array; perLevel: number[] } {
  const L = levels.length;
  const paths = new Int32Array(n * L);
  const perLevel: number[] = [];
  let groups: number[][] = [[...Array(n).keys()]];
  for (let lev = 0; lev < L; lev++) {
    const next: number[][] = [];
    for (const g of groups) {
      // fewer children for small clusters: about >= 4 words per child
      const k = Math.max(1, Math.min(levels[lev], Math.floor(g.length / 4)));
      for (const child of sphericalKmeans(x, d, g, weight, k, rng)) {
        const id = next.length;
        for (const m of child) paths[m * L + lev] = id;
        next.push(child);
      }
    }
    perLevel.push(next.length);
    groups = next;
  }
  return { paths, perLevel };
}

// ---------------------------------------------------------------------------------------------

export const PROBES = ['محمد', 'القاهرة', 'سوريا', 'الرئيس', 'وزير', 'قال', 'أمريكا', 'جامعة', 'حزب', 'يناير', 'لندن', 'الشركة', 'أحمد', 'الرياض', 'أغسطس'];

export function build(o: ClusterOptions): void {
  const t0 = Date.now();
  const lap = (what: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${what}`);
  const inputs = listInputs(o.dataDir);
  if (inputs.length === 0) {
    console.log(`skipped: no unlabelled corpus under ${o.dataDir}`);
    return;
  }
  console.log('reading corpus');
  const c = readCorpus(o.dataDir);
  lap(`read ${c.docs} docs (${c.dupDocs} duplicates skipped), ${c.length} stream tokens, ${c.words.length} types`);

  const all = [...c.words.keys()];
  let vocab = byFrequency(c, all.filter((id) => (c.isWord[id] === 1 || c.words[id] === '<num>') && c.counts[id] >= o.minCount)).slice(0, o.maxVocab);
  const ctxIds = byFrequency(c, all.filter((id) => c.counts[id] >= o.minCount)).slice(0, o.contexts);
  const wordTokens = all.reduce((s, id) => s + (c.isWord[id] ? c.counts[id] : 0), 0);
  lap(`vocabulary ${vocab.length} words (count >= ${o.minCount}, cap ${o.maxVocab}); ${ctxIds.length} context types`);

  const { m, events } = buildPpmi(c, vocab, ctxIds, o.discount);
  lap(`PPMI matrix ${m.rows} x ${m.cols}, ${events} events, ${m.val.length} non-zeros`);

  const rng = seededRandom(o.seed);
  const x = embed(m, o.dims, o.power, rng);
  lap(`SVD embedding, ${o.dims} dims`);

  // drop words without any positive PPMI (zero vectors); keep frequency order
  const keep: number[] = [];
  for (let r = 0; r < vocab.length; r++) if (m.ptr[r + 1] > m.ptr[r]) keep.push(r);
  const d = o.dims;
  const xs = new Float32Array(keep.length * d);
  keep.forEach((r, i) => xs.set(x.subarray(r * d, (r + 1) * d), i * d));
  vocab = keep.map((r) => vocab[r]);
  const weight = new Float64Array(vocab.length);
  vocab.forEach((id, i) => (weight[i] = Math.log(1 + c.counts[id])));

  if (o.vectorsPath) {
    const keys = vocab.map((id) => c.words[id]);
    mkdirSync(dirname(o.vectorsPath), { recursive: true });
    WordVectors.fromFloats(keys, xs, d, Math.min(o.vectorDims, d)).save(o.vectorsPath, keys);
    lap(`wrote ${o.vectorsPath}: ${keys.length} vectors of ${Math.min(o.vectorDims, d)} dims, ${statSync(o.vectorsPath).size} bytes`);
  }
  const { paths, perLevel } = hierarchy(xs, d, vocab.length, weight, o.levels, rng);
  lap(`clusters per level: ${perLevel.join(' / ')}`);

  const L = o.levels.length;
  const header = [
    '# rasid Arabic word clusters (token.norm, SEARCH_NORMALIZATION). Built by scripts/build-clusters.ts',
    `# sources: ${c.files.join(', ')}`,
    '# licences: derived cluster ids only; SaudiNewsNet is CC BY-NC-SA 4.0, ANT needs citation (Chouigui et al., AICCSA 2017)',
    `# docs ${c.docs} (duplicates skipped ${c.dupDocs}), word tokens ${wordTokens}, stream tokens ${c.length}, types ${c.words.length}`,
    `# vocabulary ${vocab.length} words with count >= ${o.minCount} (cap ${o.maxVocab}), most frequent first; the number class <num> included`,
    `# method: contexts = top ${o.contexts} tokens at offsets ${OFFSETS.join(',')}; PPMI (alpha ${ALPHA}${o.discount ? ', Pantel-Lin discount' : ''}); randomized SVD ${o.dims} dims, ${o.power} power iterations, U*S^${EIG_POWER}, L2; top-down spherical k-means, branching ${o.levels.join(',')}, seed ${o.seed}`,
    `# clusters per level: ${perLevel.join(' / ')}; ids unique within each level`,
    '# format: word<TAB>path, path = level ids coarse to fine joined by /',
  ];
  const lines: string[] = [];
  let bytes = Buffer.byteLength(header.join('\n') + '\n');
  for (let i = 0; i < vocab.length; i++) {
    const p: number[] = [];
    for (let lev = 0; lev < L; lev++) p.push(paths[i * L + lev]);
    const line = `${c.words[vocab[i]]}\t${p.join('/')}`;
    bytes += Buffer.byteLength(line) + 1;
    if (bytes > o.maxBytes) break;
    lines.push(line);
  }
  if (lines.length < vocab.length) console.log(`note: output truncated to ${lines.length} words to stay under ${o.maxBytes} bytes`);
  mkdirSync(dirname(o.outPath), { recursive: true });
  writeFileSync(o.outPath, header.join('\n') + '\n' + lines.join('\n') + '\n');
  lap(`wrote ${o.outPath}: ${lines.length} words, ${statSync(o.outPath).size} bytes`);

  // sanity report: nearest words (cosine) within the probe's leaf cluster
  const rowOfKey = new Map<string, number>();
  vocab.forEach((id, i) => rowOfKey.set(c.words[id], i));
  console.log('\nprobe -> path: nearest words in the same leaf (cosine)');
  for (const probe of PROBES) {
    const w = normalize(probe, SEARCH_NORMALIZATION);
    const r = rowOfKey.get(w);
    if (r === undefined) {
      console.log(`${w}: not in vocabulary`);
      continue;
    }
    const leaf = paths[r * L + L - 1];
    const sims: [number, number][] = [];
    for (let i = 0; i < vocab.length; i++) {
      if (i === r || paths[i * L + L - 1] !== leaf) continue;
      let s = 0;
      for (let j = 0; j < d; j++) s += xs[r * d + j] * xs[i * d + j];
      sims.push([s, i]);
    }
    sims.sort((a, b) => b[0] - a[0]);
    const size = sims.length + 1;
    const path = Array.from({ length: L }, (_, lev) => paths[r * L + lev]).join('/');
    console.log(`${w} [${path}, leaf size ${size}]: ${sims.slice(0, 8).map(([, i]) => c.words[vocab[i]]).join(' ')}`);
  }
}

function parseArgs(argv: string[]): ClusterOptions {
  const o: ClusterOptions = {
    dataDir: sharedDataDir(),
    outPath: join(PACKAGE_ROOT, 'models', 'ar-clusters.tsv'),
    minCount: 5,
    maxVocab: 120000,
    contexts: 3000,
    dims: 160,
    power: 2,
    levels: [32, 16, 8],
    seed: 20240601,
    maxBytes: 4_000_000,
    discount: true,
    vectorsPath: join(PACKAGE_ROOT, 'models', 'ar-vectors.bin'),
    vectorDims: 64,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    const num = (): number => {
      i++;
      const n = Number(v);
      if (!Number.isFinite(n)) throw new Error(`${a} needs a number`);
      return n;
    };
    if (a === '--data') (o.dataDir = resolve(v)), i++;
    else if (a === '--out') (o.outPath = resolve(v)), i++;
    else if (a === '--min-count') o.minCount = num();
    else if (a === '--max-vocab') o.maxVocab = num();
    else if (a === '--contexts') o.contexts = num();
    else if (a === '--dims') o.dims = num();
    else if (a === '--power') o.power = num();
    else if (a === '--seed') o.seed = num();
    else if (a === '--max-bytes') o.maxBytes = num();
    else if (a === '--no-discount') o.discount = false;
    else if (a === '--vectors') (o.vectorsPath = v === '' ? '' : resolve(v)), i++;
    else if (a === '--vector-dims') o.vectorDims = num();
    else if (a === '--levels') (o.levels = v.split(',').map(Number)), i++;
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

if (isMain(import.meta.url)) {
  build(parseArgs(process.argv.slice(2)));
}
