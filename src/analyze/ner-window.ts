import { StringTable } from '../string-table.js';
import { RasidError } from '../errors.js';
import { WindowNet, PAD_ID, type WindowWord } from '../models/window-net.js';
import type { WordVectors } from '../text/word-vectors.js';
import type { NerFeatures, WordDescription } from './ner-features.js';

/**
 * What the NER window network (src/models/window-net.ts) reads of a word, and the scorer that adds
 * its log-probabilities to the perceptron's emission scores at tagging time.
 */

/** Size of the hashed feature space. */
export const WINDOW_BUCKETS = 1 << 18;

/** FNV-1a's state after `prefix`: each feature family's hashes start from its own. */
function seed(prefix: string): number {
  let h = 2166136261;
  for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), 16777619);
  return h;
}

/** FNV-1a from state `h` over text[from, to), where index −1 reads '<' and index text.length '>' (the edge marks). */
function hashFrom(h: number, text: string, from: number, to: number, buckets: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ (i < 0 ? 0x3c : i >= text.length ? 0x3e : text.charCodeAt(i)), 16777619);
  return (h >>> 0) & (buckets - 1);
}

const GRAM_SEEDS = [0, 0, seed('c2'), seed('c3'), seed('c4')];
const STEM_SEED = seed('s');
const FORM_SEED = seed('w=');
const SHAPE_SEED = seed('sh=');
const NO_VECTOR_SEED = seed('novec');
const LIST_SEED = seed('g=');
const TRIGGER_SEED = seed('t=');
const PROCLITIC_SEED = seed('pro=');

/**
 * A word's hashed features: the letter 2- to 4-grams of its normalized form and the trigrams of its
 * stem (each between edge marks: foreign names and Arabic patterns differ in their letters), the
 * form itself, its shape and proclitics, its name-list and trigger classes, and whether it lacks
 * a vector.
 */
export function windowFeatureIds(d: WordDescription, hasVector: boolean, buckets = WINDOW_BUCKETS): Int32Array {
  const into = new Int32Array(featureCount(d, hasVector));
  writeFeatureIds(d, hasVector, buckets, into);
  return into;
}

/** How many features windowFeatureIds gives the word. */
function featureCount(d: WordDescription, hasVector: boolean): number {
  const L = d.norm.length + 2;
  return Math.max(0, L - 1) + Math.max(0, L - 2) + Math.max(0, L - 3) + Math.max(0, d.stem.length) + 2 + (hasVector ? 0 : 1) + (d.gazTypes?.length ?? 0) + (d.trigTypes?.length ?? 0) + (d.pro ? 1 : 0);
}

/** Writes the word's feature ids into `into` (large enough: featureCount), returns how many. */
function writeFeatureIds(d: WordDescription, hasVector: boolean, buckets: number, into: Int32Array): number {
  let n = 0;
  // letter n-grams of the form between edge marks ('<' + norm + '>'), then the stem's trigrams
  const form = d.norm;
  for (let len = 2; len <= 4; len++) for (let i = -1; i + len <= form.length + 1; i++) into[n++] = hashFrom(GRAM_SEEDS[len], form, i, i + len, buckets);
  for (let i = -1; i + 3 <= d.stem.length + 1; i++) into[n++] = hashFrom(STEM_SEED, d.stem, i, i + 3, buckets);
  into[n++] = hashFrom(FORM_SEED, form, 0, form.length, buckets);
  into[n++] = hashFrom(SHAPE_SEED, d.shape, 0, d.shape.length, buckets);
  if (!hasVector) into[n++] = hashFrom(NO_VECTOR_SEED, '', 0, 0, buckets);
  if (d.gazTypes) for (const t of d.gazTypes) into[n++] = hashFrom(LIST_SEED, t, 0, t.length, buckets);
  if (d.trigTypes) for (const t of d.trigTypes) into[n++] = hashFrom(TRIGGER_SEED, t, 0, t.length, buckets);
  if (d.pro) into[n++] = hashFrom(PROCLITIC_SEED, d.pro, 0, d.pro.length, buckets);
  return n;
}

/** A word's vector: by its normalized form, else its stem. */
function vectorOf(vectors: WordVectors, d: WordDescription): Int8Array | null {
  return vectors.get(d.norm) ?? vectors.get(d.stem) ?? null;
}

/** The network's input for one word: its vector and its features. */
export function windowWord(features: NerFeatures, vectors: WordVectors, word: string, buckets = WINDOW_BUCKETS): WindowWord {
  const d = features.describe(word);
  const vector = vectorOf(vectors, d);
  return { vector, ids: windowFeatureIds(d, vector !== null, buckets) };
}

/** The padding beyond a sentence's edges. */
export function windowPad(buckets = WINDOW_BUCKETS): WindowWord {
  return { vector: null, ids: Int32Array.from([PAD_ID % buckets]) };
}

/**
 * Distinct words whose projections are kept per cache generation: about 1.5 KB each with 64
 * hidden units (five positions and the input units), so about 12 MB for two generations; the
 * frequent words of news stay. 16,000 a generation ran no faster over ANT (the least of three
 * runs of 1,500 articles: 6.51 s against 6.56 s; 2,000 took 6.83 s) and took 31 MB more of
 * `rasid analyze`'s peak memory.
 */
const PROJECTIONS_PER_GENERATION = 4_000;

/**
 * One generation of the projection cache, in flat arrays: per word, its projection (all
 * positions, filled as tokens need them) and then its input units; no object or typed array per
 * word, so the collector has nothing to trace or free word by word. A dropped generation's arrays
 * are reused for the next young one: fresh memory costs a page fault per few words (about 4 µs
 * a word on a fresh 24 MB array against 2 µs on touched memory).
 */
class Generation {
  readonly slots: StringTable<number>;
  readonly data: Float32Array;
  /** bit p set: position p of the slot's projection is computed */
  readonly done: Uint8Array;
  readonly hasVector: Uint8Array;
  count = 0;
  /** the last sentence (WindowScorer's count) that took a slot here: its words' projections must stay */
  usedBy = -1;
  constructor(
    readonly stride: number,
    readonly capacity: number,
  ) {
    this.slots = new StringTable<number>(capacity);
    this.data = new Float32Array(capacity * stride);
    this.done = new Uint8Array(capacity);
    this.hasVector = new Uint8Array(capacity);
  }

  /** Empty again: no word has a slot (data is overwritten as slots are taken; done says what is valid). */
  reset(): void {
    this.slots.clear();
    this.count = 0;
  }
}

/**
 * How far ahead the perceptron's outside tag must be for a token to skip the network. About 90%
 * of news tokens are that sure, and 4-fold CV is the same with the network on every token (79.53
 * for a 64-unit net reading 48 vector dimensions) as with the gate at 5 (79.59), 2 (79.57) or 0
 * (79.57): what the network adds is on tokens the perceptron wavers on or puts in a name.
 */
export const SURE_OUTSIDE = 5;

/** Adds the window network's weighted log-probabilities to a sentence's emission scores. */
export class WindowScorer {
  private readonly pad: Float32Array;
  private readonly outside: number;
  private readonly stride: number;
  private readonly inputAt: number;
  /** words are looked up in the young generation, then the old; when the young one is full it becomes the old */
  private young: Generation;
  private old: Generation;
  private readonly ids = new Int32Array(1024);
  // per-sentence buffers, reused: which tokens get scores, and where each token's projection is
  private only = new Uint8Array(0);
  private generationOf: (Generation | undefined)[] = [];
  private dataOf: (Float32Array | undefined)[] = [];
  private slotOf = new Int32Array(0);
  private offsets = new Int32Array(0);
  private sentences = 0;

  constructor(
    readonly net: WindowNet,
    private readonly features: NerFeatures,
    private readonly vectors: WordVectors,
    /** words per cache generation */
    private readonly perGeneration = PROJECTIONS_PER_GENERATION,
  ) {
    if (vectors.dims < net.header.vectorDims) {
      throw new RasidError('E_MODEL', `the NER window network reads ${net.header.vectorDims}-dimensional word vectors, the vector file has ${vectors.dims}`, 'rebuild the vectors with `node dist/scripts/build-clusters.js`, then the models with `npm run train:ner`');
    }
    this.pad = net.project(windowPad(net.header.buckets));
    this.outside = net.header.tags.indexOf('O');
    this.inputAt = net.projectionLength;
    this.stride = net.projectionLength + net.inputLength;
    this.young = new Generation(this.stride, perGeneration);
    this.old = new Generation(this.stride, perGeneration);
  }

  /**
   * Adds the network's scores to the tokens whose emission scores leave the outside tag less than
   * SURE_OUTSIDE ahead of every other tag; tokens the perceptron is sure are outside any name
   * (most of them) keep its scores alone.
   */
  addScores(words: readonly string[], emit: Float64Array): void {
    const n = words.length;
    const T = this.net.header.tags.length;
    const W = this.net.header.window;
    const O = this.outside;
    if (this.only.length < n) {
      this.only = new Uint8Array(2 * n);
      this.generationOf = new Array<Generation | undefined>(2 * n);
      this.dataOf = new Array<Float32Array | undefined>(2 * n);
      this.slotOf = new Int32Array(2 * n);
      this.offsets = new Int32Array(2 * n);
    }
    const { only, generationOf, dataOf, slotOf, offsets } = this;
    this.sentences++;
    let any = false;
    for (let i = 0; i < n; i++) {
      only[i] = 0;
      generationOf[i] = undefined;
    }
    for (let i = 0; i < n; i++) {
      let runnerUp = -Infinity;
      for (let t = 0; t < T; t++) if (t !== O && emit[i * T + t] > runnerUp) runnerUp = emit[i * T + t];
      if (emit[i * T + O] - runnerUp >= SURE_OUTSIDE) continue;
      only[i] = 1;
      any = true;
      // the words around it, each at the position it has from this token
      for (let j = Math.max(0, i - W); j <= Math.min(n - 1, i + W); j++) {
        let g = generationOf[j];
        if (g === undefined) {
          slotOf[j] = this.slot(words[j]);
          // (the generation that holds it now: a later word may turn the young one old, which keeps its arrays)
          g = generationOf[j] = this.young;
          g.usedBy = this.sentences;
          dataOf[j] = g.data;
          offsets[j] = slotOf[j] * this.stride;
        }
        const p = j - i + W;
        const slot = slotOf[j];
        if ((g.done[slot] & (1 << p)) === 0) {
          this.net.projectAt(g.data, offsets[j] + this.inputAt, g.hasVector[slot] === 1, p, g.data, offsets[j]);
          g.done[slot] |= 1 << p;
        }
      }
    }
    if (any) this.net.addLogProbs(dataOf, this.pad, emit, only, n, offsets);
  }

  /** The word's slot in the young generation: found there, copied from the old, or new with its input units. */
  private slot(word: string): number {
    const young = this.young;
    const have = young.slots.get(word);
    if (have !== undefined) return have;
    const slot = this.newSlot(word);
    const g = this.young;
    const from = this.old.slots.get(word);
    if (from !== undefined) {
      g.data.set(this.old.data.subarray(from * this.stride, (from + 1) * this.stride), slot * this.stride);
      g.done[slot] = this.old.done[from];
      g.hasVector[slot] = this.old.hasVector[from];
      return slot;
    }
    const d = this.features.describe(word);
    const vector = vectorOf(this.vectors, d);
    if (featureCount(d, vector !== null) > this.ids.length) {
      const ids = windowFeatureIds(d, vector !== null, this.net.header.buckets);
      this.net.input(vector, ids, ids.length, g.data, slot * this.stride + this.inputAt);
    } else {
      const count = writeFeatureIds(d, vector !== null, this.net.header.buckets, this.ids);
      this.net.input(vector, this.ids, count, g.data, slot * this.stride + this.inputAt);
    }
    g.done[slot] = 0;
    g.hasVector[slot] = vector !== null ? 1 : 0;
    return slot;
  }

  private newSlot(word: string): number {
    if (this.young.count === this.perGeneration) {
      // the old generation's arrays become the young one's, unless this sentence still reads them
      // (a sentence of more than a generation's words)
      const dropped = this.old;
      this.old = this.young;
      if (dropped.usedBy === this.sentences) this.young = new Generation(this.stride, this.perGeneration);
      else {
        dropped.reset();
        this.young = dropped;
      }
    }
    const slot = this.young.count++;
    this.young.slots.set(word, slot);
    return slot;
  }
}
