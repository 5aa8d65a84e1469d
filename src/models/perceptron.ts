/**
 * A first-order averaged structured perceptron over integer features (Collins 2002), with exact
 * Viterbi decoding and hard BIO or BILOU constraints. Features are ids, never strings: the decoder only
 * adds rows of a flat weight array, which is what makes tagging fast.
 */

/**
 * Which tag may follow which: allowed[prev * T + next], prev = T for the sentence start, and
 * allowed[(T + 1) * T + t] whether t may end a sentence. Tags are BIO (B-X, I-X, O) or BILOU (also
 * L-X last and U-X single-token); in BILOU a chunk opened by B- must be closed by L-.
 */
export function transitionsAllowed(tags: readonly string[]): Uint8Array {
  const T = tags.length;
  const bilou = tags.some((t) => t.startsWith('L-') || t.startsWith('U-'));
  const open = (t: string) => bilou && (t.startsWith('B-') || t.startsWith('I-'));
  const allowed = new Uint8Array((T + 2) * T);
  for (let p = 0; p <= T; p++) {
    const prev = p === T ? 'O' : tags[p];
    for (let n = 0; n < T; n++) {
      const next = tags[n];
      const continues = next.startsWith('I-') || next.startsWith('L-');
      const ok = continues ? prev !== 'O' && prev.slice(2) === next.slice(2) && (!bilou || open(prev)) : !open(prev);
      allowed[p * T + n] = ok ? 1 : 0;
    }
  }
  for (let t = 0; t < T; t++) allowed[(T + 1) * T + t] = open(tags[t]) ? 0 : 1;
  return allowed;
}

export interface SequenceWeights {
  /** emission[f * T + t] */
  emission: Float32Array;
  /** transition[(prev) * T + next], prev = T for the sentence start */
  transition: Float32Array;
}

/** Best tag sequence for one sentence: feats[i] are the feature ids of token i. */
export function viterbi(feats: readonly Int32Array[], w: SequenceWeights, T: number, allowed: Uint8Array): Int32Array {
  return viterbiScores(emissionScores(feats, w.emission, T), feats.length, w.transition, T, allowed);
}

/** Each token's score per tag: the sum of its features' emission rows, emit[i * T + t]. */
export function emissionScores(feats: readonly Int32Array[], emission: Float32Array, T: number): Float64Array {
  const emit = new Float64Array(feats.length * T);
  for (let i = 0; i < feats.length; i++) {
    const f = feats[i];
    const row = i * T;
    for (let k = 0; k < f.length; k++) {
      const base = f[k] * T;
      for (let t = 0; t < T; t++) emit[row + t] += emission[base + t];
    }
  }
  return emit;
}

/**
 * Each tag's allowed predecessors, ascending (tags[preds[start[t]] .. preds[start[t + 1] - 1]]):
 * under BILOU a tag has 2 to 9 of 17, so Viterbi visits those instead of testing every pair.
 */
interface Predecessors {
  start: Int32Array;
  preds: Int32Array;
}
const PREDECESSORS = new WeakMap<Uint8Array, Predecessors>();

function predecessorsOf(allowed: Uint8Array, T: number): Predecessors {
  let p = PREDECESSORS.get(allowed);
  if (p) return p;
  const start = new Int32Array(T + 1);
  const preds: number[] = [];
  for (let t = 0; t < T; t++) {
    start[t] = preds.length;
    for (let q = 0; q < T; q++) if (allowed[q * T + t]) preds.push(q);
  }
  start[T] = preds.length;
  PREDECESSORS.set(allowed, (p = { start, preds: Int32Array.from(preds) }));
  return p;
}

/** Viterbi's tables, reused across sentences (typed arrays past 64 bytes are allocated outside the heap). */
let scoreScratch = new Float64Array(0);
let backScratch = new Int32Array(0);

/** Best tag sequence for n tokens whose emission scores are given (emit[i * T + t]). */
export function viterbiScores(emit: Float64Array, n: number, transition: Float32Array, T: number, allowed: Uint8Array): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const { start, preds } = predecessorsOf(allowed, T);
  if (scoreScratch.length < n * T) {
    scoreScratch = new Float64Array(Math.max(n * T, 2 * scoreScratch.length));
    backScratch = new Int32Array(scoreScratch.length);
  }
  const score = scoreScratch;
  const back = backScratch;
  for (let t = 0; t < T; t++) {
    score[t] = allowed[T * T + t] ? transition[T * T + t] + emit[t] : -Infinity;
    back[t] = T;
  }
  for (let i = 1; i < n; i++) {
    const prevRow = (i - 1) * T;
    const row = i * T;
    for (let t = 0; t < T; t++) {
      // ties go to the lowest predecessor, as a scan of all T would give them
      let best = -Infinity;
      let arg = 0;
      for (let k = start[t], end = start[t + 1]; k < end; k++) {
        const p = preds[k];
        const s = score[prevRow + p] + transition[p * T + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + t] = best + emit[row + t];
      back[row + t] = arg;
    }
  }
  let bestT = -1;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    if (allowed[(T + 1) * T + t] && (bestT < 0 || score[last + t] > score[last + bestT])) bestT = t;
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = bestT;
    bestT = back[i * T + bestT];
  }
  return out;
}

/** Trainer state: current weights, plus the running sums that averaging needs. */
export class PerceptronTrainer {
  readonly T: number;
  private emission: Float32Array;
  private emissionSum: Float64Array;
  private readonly transition: Float32Array;
  private readonly transitionSum: Float64Array;
  private step = 1;
  readonly allowed: Uint8Array;

  constructor(tags: readonly string[], featureCapacity: number) {
    this.T = tags.length;
    this.allowed = transitionsAllowed(tags);
    this.emission = new Float32Array(featureCapacity * this.T);
    this.emissionSum = new Float64Array(featureCapacity * this.T);
    this.transition = new Float32Array((this.T + 1) * this.T);
    this.transitionSum = new Float64Array((this.T + 1) * this.T);
  }

  /** Grow storage when the feature index grows. */
  ensureCapacity(features: number): void {
    if (features * this.T <= this.emission.length) return;
    const size = Math.max(features * this.T, this.emission.length * 2);
    const e = new Float32Array(size);
    e.set(this.emission);
    const s = new Float64Array(size);
    s.set(this.emissionSum);
    this.emission = e;
    this.emissionSum = s;
  }

  get weights(): SequenceWeights {
    return { emission: this.emission, transition: this.transition };
  }

  /** One training example: decode, and where the guess is wrong move weights toward the gold. */
  learn(feats: readonly Int32Array[], gold: Int32Array): boolean {
    const guess = viterbi(feats, this.weights, this.T, this.allowed);
    let wrong = false;
    const T = this.T;
    const c = this.step;
    for (let i = 0; i < feats.length; i++) {
      const g = gold[i];
      const p = guess[i];
      const gPrev = i === 0 ? T : gold[i - 1];
      const pPrev = i === 0 ? T : guess[i - 1];
      if (g !== p) {
        wrong = true;
        const f = feats[i];
        for (let k = 0; k < f.length; k++) {
          const base = f[k] * T;
          this.emission[base + g] += 1;
          this.emissionSum[base + g] += c;
          this.emission[base + p] -= 1;
          this.emissionSum[base + p] -= c;
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.transition[gPrev * T + g] += 1;
        this.transitionSum[gPrev * T + g] += c;
        this.transition[pPrev * T + p] -= 1;
        this.transitionSum[pPrev * T + p] -= c;
      }
    }
    this.step++;
    return wrong;
  }

  /** The averaged weights (w - sum/step), which generalize far better than the last ones. */
  averaged(features: number): SequenceWeights {
    const T = this.T;
    const emission = new Float32Array(features * T);
    for (let i = 0; i < features * T; i++) emission[i] = this.emission[i] - this.emissionSum[i] / this.step;
    const transition = new Float32Array(this.transition.length);
    for (let i = 0; i < transition.length; i++) transition[i] = this.transition[i] - this.transitionSum[i] / this.step;
    return { emission, transition };
  }
}
