import { GenerationalCache } from '../generational-cache.js';
import { WindowNet, PAD_ID, type WindowWord } from '../models/window-net.js';
import type { WordVectors } from '../text/word-vectors.js';
import type { NerFeatures, WordDescription } from './ner-features.js';

/**
 * What the NER window network (src/models/window-net.ts) reads of a word, and the scorer that adds
 * its log-probabilities to the perceptron's emission scores at tagging time.
 */

/** Size of the hashed feature space. */
export const WINDOW_BUCKETS = 1 << 18;

/** FNV-1a of `prefix` + `text` (from..to), into `buckets`. */
function hash(prefix: string, text: string, from = 0, to = text.length, buckets = WINDOW_BUCKETS): number {
  let h = 2166136261;
  for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), 16777619);
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) & (buckets - 1);
}

/**
 * A word's hashed features: the letter 2- to 4-grams of its normalized form and the trigrams of its
 * stem (each between edge marks: foreign names and Arabic patterns differ in their letters), the
 * form itself, its shape and proclitics, its name-list and trigger classes, and whether it lacks
 * a vector.
 */
export function windowFeatureIds(d: WordDescription, hasVector: boolean, buckets = WINDOW_BUCKETS): Int32Array {
  const ids: number[] = [];
  const form = '<' + d.norm + '>';
  for (let len = 2; len <= 4; len++) for (let i = 0; i + len <= form.length; i++) ids.push(hash('c' + len, form, i, i + len, buckets));
  const stem = '<' + d.stem + '>';
  for (let i = 0; i + 3 <= stem.length; i++) ids.push(hash('s', stem, i, i + 3, buckets));
  ids.push(hash('w=', d.norm, 0, d.norm.length, buckets));
  ids.push(hash('sh=', d.shape, 0, d.shape.length, buckets));
  if (!hasVector) ids.push(hash('novec', '', 0, 0, buckets));
  if (d.gazTypes) for (const t of d.gazTypes) ids.push(hash('g=', t, 0, t.length, buckets));
  if (d.trigTypes) for (const t of d.trigTypes) ids.push(hash('t=', t, 0, t.length, buckets));
  if (d.pro) ids.push(hash('pro=', d.pro, 0, d.pro.length, buckets));
  return Int32Array.from(ids);
}

/** The network's input for one word: its vector (by its normalized form, else its stem) and features. */
export function windowWord(features: NerFeatures, vectors: WordVectors, word: string, buckets = WINDOW_BUCKETS): WindowWord {
  const d = features.describe(word);
  const vector = vectors.get(d.norm) ?? vectors.get(d.stem) ?? null;
  return { vector, ids: windowFeatureIds(d, vector !== null, buckets) };
}

/** The padding beyond a sentence's edges. */
export function windowPad(buckets = WINDOW_BUCKETS): WindowWord {
  return { vector: null, ids: Int32Array.from([PAD_ID % buckets]) };
}

/**
 * Distinct words whose projections are kept per cache generation: 2.5 KB each with 128 hidden
 * units, so at most about 40 MB for two generations; the frequent words of news stay.
 */
const PROJECTIONS_PER_GENERATION = 8_000;

/** Adds the window network's weighted log-probabilities to a sentence's emission scores. */
export class WindowScorer {
  private readonly cache = new GenerationalCache<Float32Array>(PROJECTIONS_PER_GENERATION);
  private readonly pad: Float32Array;

  constructor(
    readonly net: WindowNet,
    private readonly features: NerFeatures,
    private readonly vectors: WordVectors,
  ) {
    if (vectors.dims < net.header.vectorDims) throw new Error(`the NER window network reads ${net.header.vectorDims}-dimensional vectors, the vector file has ${vectors.dims}`);
    this.pad = net.project(windowPad(net.header.buckets));
  }

  addScores(words: readonly string[], emit: Float64Array): void {
    const projections = new Array<Float32Array>(words.length);
    for (let i = 0; i < words.length; i++) {
      let p = this.cache.get(words[i]);
      if (p === undefined) {
        p = this.net.project(windowWord(this.features, this.vectors, words[i], this.net.header.buckets));
        this.cache.set(words[i], p);
      }
      projections[i] = p;
    }
    this.net.addLogProbs(projections, this.pad, emit);
  }
}
