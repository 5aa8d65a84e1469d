import { readFileSync, writeFileSync } from 'node:fs';
import { RasidError } from '../errors.js';

/**
 * A window network for NER (after Collobert et al. 2011): each token's tag from the words at ±W
 * around it, through one hidden layer. What a word brings is its distributional vector (fixed,
 * learned from unlabelled news) and a learned embedding of hashed sparse features (its letter
 * n-grams, stem trigrams, shape, clitics, name-list and trigger classes). Its log-probabilities are
 * added to the perceptron's emission scores: a second model that errs differently, dense where the
 * perceptron is sparse, so that similar words share evidence.
 *
 * Tagging is cheap because the first layer is linear in each position's input: a word's share of
 * the hidden layer at every position (`project`) is computed once per distinct word, and a token
 * costs one sum of 2W+1 vectors and a small output layer.
 *
 * File: "RASIDWIN1\n" | u32 header length | header JSON | u32 rows | i32 bucket[rows]
 *   | f32 rowScale[rows] | i8 embedding[rows * featureDims] | f32 W1[hidden * inputs] | f32 b1[hidden]
 *   | f32 W2[T * hidden] | f32 b2[T]
 */
const MAGIC = 'RASIDWIN1\n';

export interface WindowNetHeader {
  /** The tag set, in the perceptron's order. */
  tags: string[];
  /** Words on each side of the token. */
  window: number;
  /** Dimensions of the word vectors it reads (values scaled by vectorScale). */
  vectorDims: number;
  vectorScale: number;
  /** Dimensions of the sparse-feature embedding. */
  featureDims: number;
  hidden: number;
  /** Size of the hashed feature space. */
  buckets: number;
  /** How much its log-probabilities count next to the perceptron's scores. */
  weight: number;
  trainedOn: Record<string, unknown>;
}

/** What the network reads of one word: its vector, if it has one, and its hashed feature ids. */
export interface WindowWord {
  vector: Int8Array | null;
  ids: Int32Array;
}

/** Probabilities below this count as this (log 1e-6 ≈ −13.8): one confident network cannot veto a tag alone. */
const PROB_FLOOR = 1e-6;

export class WindowNet {
  readonly inputs: number;
  /** the embedding and its row scales by bucket (a bucket training never touched is all 0): one memory read per feature */
  private readonly byBucket: Int8Array;
  private readonly scaleByBucket: Float32Array;
  private readonly h: Float32Array;
  private readonly logits: Float64Array;
  /** W2 with the hidden units first, for the output layer's loop */
  private readonly W2T: Float32Array;

  constructor(
    readonly header: WindowNetHeader,
    /** the bucket of each stored embedding row */
    private readonly buckets: Int32Array,
    private readonly rowScale: Float32Array,
    private readonly embedding: Int8Array,
    private readonly W1: Float32Array,
    private readonly b1: Float32Array,
    private readonly W2: Float32Array,
    private readonly b2: Float32Array,
  ) {
    this.inputs = (2 * header.window + 1) * (header.vectorDims + header.featureDims);
    const C = header.featureDims;
    this.byBucket = new Int8Array(header.buckets * C);
    this.scaleByBucket = new Float32Array(header.buckets);
    buckets.forEach((b, r) => {
      this.byBucket.set(embedding.subarray(r * C, r * C + C), b * C);
      this.scaleByBucket[b] = rowScale[r];
    });
    this.h = new Float32Array(header.hidden);
    const T = header.tags.length;
    this.logits = new Float64Array(T);
    this.W2T = new Float32Array(T * header.hidden);
    for (let t = 0; t < T; t++) for (let a = 0; a < header.hidden; a++) this.W2T[a * T + t] = W2[t * header.hidden + a];
  }

  /** Length of a word's projection: its share of the hidden layer at each of the 2W+1 positions. */
  get projectionLength(): number {
    return (2 * this.header.window + 1) * this.header.hidden;
  }

  /** Length of a word's input units: its vector's dimensions, then the feature embedding's. */
  get inputLength(): number {
    return this.header.vectorDims + this.header.featureDims;
  }

  /** The word's share of the hidden layer when it stands at each offset −W..W of a token. */
  project(word: WindowWord, out: Float32Array = new Float32Array(this.projectionLength)): Float32Array {
    const input = new Float32Array(this.inputLength);
    this.input(word.vector, word.ids, word.ids.length, input, 0);
    for (let p = 0; p <= 2 * this.header.window; p++) this.projectAt(input, 0, word.vector !== null, p, out, 0);
    return out;
  }

  /**
   * Writes the word's input units at out[at ..]: its vector, then the scaled sum of the
   * embeddings of its first `count` feature ids.
   */
  input(vector: Int8Array | null, ids: Int32Array, count: number, out: Float32Array, at: number): void {
    const { vectorDims: VD, featureDims: C, vectorScale } = this.header;
    for (let d = 0; d < VD + C; d++) out[at + d] = 0;
    if (vector) for (let d = 0; d < VD; d++) out[at + d] = vector[d] / vectorScale;
    const scale = 1 / Math.sqrt(count);
    const table = this.byBucket;
    const into = at + VD;
    for (let k = 0; k < count; k++) {
      const b = ids[k];
      const s = this.scaleByBucket[b] * scale;
      if (s === 0) continue;
      const row = b * C;
      for (let d = 0; d < C; d++) out[into + d] += table[row + d] * s;
    }
  }

  /**
   * out[outAt + p * H ..] = the share of the hidden layer of a word whose input units are at
   * input[inputAt ..] when it stands at position p (offset p − W from the token). Tagging asks
   * only for the positions it needs.
   */
  projectAt(input: Float32Array, inputAt: number, hasVector: boolean, p: number, out: Float32Array, outAt: number): void {
    const { vectorDims: VD, hidden: H } = this.header;
    const R = this.inputLength;
    const I = this.inputs;
    const W1 = this.W1;
    // a word without a vector skips that part of the sums; four sums at once let the loop run faster
    const from = hasVector ? 0 : VD;
    const end4 = from + ((R - from) & ~3);
    const o = outAt + p * H;
    for (let a = 0; a < H; a++) {
      const base = a * I + p * R - inputAt;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      let j = inputAt + from;
      const stop4 = inputAt + end4;
      for (; j < stop4; j += 4) {
        s0 += W1[base + j] * input[j];
        s1 += W1[base + j + 1] * input[j + 1];
        s2 += W1[base + j + 2] * input[j + 2];
        s3 += W1[base + j + 3] * input[j + 3];
      }
      for (; j < inputAt + R; j++) s0 += W1[base + j] * input[j];
      out[o + a] = s0 + s1 + s2 + s3;
    }
  }

  /**
   * emit[i * T + t] += weight * log p(t | window of token i), given where each token's projection
   * is (data[j] from offsets[j], or from 0 without offsets) and the projection of the padding that
   * stands beyond the sentence's edges; with `only`, for the tokens it marks (the others'
   * projections may be missing, except within W of a marked one); the sentence is the first `n`
   * tokens.
   */
  addLogProbs(
    data: readonly (Float32Array | undefined)[],
    pad: Float32Array,
    emit: Float64Array,
    only: Uint8Array | null = null,
    n = data.length,
    offsets: Int32Array | null = null,
  ): void {
    const { window: W, hidden: H, weight } = this.header;
    const T = this.header.tags.length;
    const h = this.h;
    const b1 = this.b1;
    const logits = this.logits;
    const W2T = this.W2T;
    for (let i = 0; i < n; i++) {
      if (only && !only[i]) continue;
      for (let a = 0; a < H; a++) h[a] = b1[a];
      for (let p = 0; p <= 2 * W; p++) {
        const j = i + p - W;
        const inside = j >= 0 && j < n;
        const src = inside ? data[j]! : pad;
        const at = (inside && offsets ? offsets[j] : 0) + p * H;
        for (let a = 0; a < H; a++) h[a] += src[at + a];
      }
      const base = i * T;
      for (let t = 0; t < T; t++) logits[t] = this.b2[t];
      // hidden unit by hidden unit: about half are 0 after the ReLU and cost nothing
      for (let a = 0; a < H; a++) {
        const v = h[a];
        if (v <= 0) continue;
        const row = a * T;
        for (let t = 0; t < T; t++) logits[t] += W2T[row + t] * v;
      }
      let max = -Infinity;
      for (let t = 0; t < T; t++) if (logits[t] > max) max = logits[t];
      let z = 0;
      for (let t = 0; t < T; t++) z += logits[t] = Math.exp(logits[t] - max);
      for (let t = 0; t < T; t++) emit[base + t] += weight * Math.log(logits[t] / z + PROB_FLOOR);
    }
  }

  save(path: string): void {
    const header = Buffer.from(JSON.stringify(this.header), 'utf8');
    const u32 = (n: number) => {
      const b = Buffer.alloc(4);
      b.writeUInt32LE(n);
      return b;
    };
    const bytes = (a: Int32Array | Float32Array | Int8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(MAGIC, 'latin1'), u32(header.length), header, u32(this.buckets.length),
        bytes(this.buckets), bytes(this.rowScale), bytes(this.embedding),
        bytes(this.W1), bytes(this.b1), bytes(this.W2), bytes(this.b2),
      ]),
    );
  }

  static load(path: string): WindowNet {
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch (e) {
      throw new RasidError('E_MODEL', `NER window network ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'rebuild the models with `npm run train:ner`');
    }
    const damaged = (why: string) => new RasidError('E_MODEL', `NER window network ${path}: ${why}`, 'rebuild the models with `npm run train:ner`');
    if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw damaged('not a rasid window-network file');
    let at = MAGIC.length;
    const take = <A>(n: number, make: (b: ArrayBuffer, n: number) => A, size: number): A => {
      if (at + n * size > buf.length) throw damaged('truncated');
      const copy = new Uint8Array(buf.subarray(at, at + n * size)).buffer;
      at += n * size;
      return make(copy, n);
    };
    if (buf.length < at + 4) throw damaged('truncated');
    const headerLength = buf.readUInt32LE(at);
    at += 4;
    if (buf.length < at + headerLength + 4) throw damaged('truncated');
    let header: WindowNetHeader;
    try {
      header = JSON.parse(buf.toString('utf8', at, at + headerLength)) as WindowNetHeader;
    } catch {
      throw damaged('its header is not JSON');
    }
    at += headerLength;
    const rows = buf.readUInt32LE(at);
    at += 4;
    const T = header.tags.length;
    const I = (2 * header.window + 1) * (header.vectorDims + header.featureDims);
    const f32 = (b: ArrayBuffer, n: number) => new Float32Array(b, 0, n);
    const buckets = take(rows, (b, n) => new Int32Array(b, 0, n), 4);
    const rowScale = take(rows, f32, 4);
    const embedding = take(rows * header.featureDims, (b, n) => new Int8Array(b, 0, n), 1);
    const W1 = take(header.hidden * I, f32, 4);
    const b1 = take(header.hidden, f32, 4);
    const W2 = take(T * header.hidden, f32, 4);
    const b2 = take(T, f32, 4);
    if (at !== buf.length) throw damaged(`${buf.length - at} bytes too many`);
    return new WindowNet(header, buckets, rowScale, embedding, W1, b1, W2, b2);
  }
}

/** One training example: a sentence's words and gold tag ids. */
export interface WindowSentence {
  words: readonly WindowWord[];
  gold: readonly number[];
}

/** The network's shape (as its header gives it), and how to train it. */
export interface WindowTrainOptions extends Omit<WindowNetHeader, 'tags' | 'trainedOn'> {
  epochs: number;
  learningRate: number;
  /** dropout of the input units */
  inputDropout: number;
  /** chance that a word's vector is hidden (so the features learn to stand in for words without one) */
  vectorDropout: number;
  random: () => number;
}

/**
 * Trains a WindowNet by stochastic gradient descent with AdaGrad on each token's cross-entropy:
 * ReLU hidden units, dropout on the input, the embedding of hashed features starting at zero (a
 * feature never seen in training adds nothing at tagging time).
 */
export function trainWindowNet(sentences: readonly WindowSentence[], tags: string[], o: WindowTrainOptions, onEpoch?: (epoch: number, loss: number) => void): WindowNet {
  const { window: W, vectorDims: VD, featureDims: C, hidden: H, buckets: B } = o;
  const T = tags.length;
  const R = VD + C;
  const I = (2 * W + 1) * R;
  const rnd = o.random;
  const gauss = () => {
    let u = 0;
    while (u === 0) u = rnd();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
  };
  const E = new Float32Array(B * C);
  const W1 = new Float32Array(H * I).map(() => gauss() * Math.sqrt(2 / I));
  const b1 = new Float32Array(H);
  const W2 = new Float32Array(T * H).map(() => gauss() * Math.sqrt(1 / H));
  const b2 = new Float32Array(T);
  const gE = new Float32Array(B * C), gW1 = new Float32Array(H * I), gb1 = new Float32Array(H), gW2 = new Float32Array(T * H), gb2 = new Float32Array(T);
  const lr = o.learningRate;
  const EPS = 1e-8;
  const x = new Float32Array(I), h = new Float32Array(H), logits = new Float64Array(T), p = new Float64Array(T);
  const dh = new Float32Array(H), dx = new Float32Array(I), keep = new Uint8Array(I);
  const pad: WindowWord = { vector: null, ids: Int32Array.from([PAD_ID % B]) };
  const drop = o.inputDropout;
  const at = (s: WindowSentence, j: number) => (j >= 0 && j < s.words.length ? s.words[j] : pad);

  const forward = (s: WindowSentence, i: number): number => {
    for (let k = 0; k <= 2 * W; k++) {
      const w = at(s, i + k - W);
      const off = k * R;
      const hideVector = !w.vector || rnd() < o.vectorDropout;
      for (let d = 0; d < VD; d++) x[off + d] = hideVector ? 0 : w.vector![d] / o.vectorScale;
      x.fill(0, off + VD, off + R);
      const scale = 1 / Math.sqrt(w.ids.length);
      for (let m = 0; m < w.ids.length; m++) {
        const e = w.ids[m] * C;
        for (let d = 0; d < C; d++) x[off + VD + d] += E[e + d] * scale;
      }
    }
    if (drop > 0)
      for (let j = 0; j < I; j++) {
        keep[j] = rnd() >= drop ? 1 : 0;
        x[j] = keep[j] ? x[j] / (1 - drop) : 0;
      }
    for (let a = 0; a < H; a++) {
      let s2 = b1[a];
      const row = a * I;
      for (let j = 0; j < I; j++) s2 += W1[row + j] * x[j];
      h[a] = s2 > 0 ? s2 : 0;
    }
    let max = -Infinity;
    for (let t = 0; t < T; t++) {
      let s2 = b2[t];
      const row = t * H;
      for (let a = 0; a < H; a++) s2 += W2[row + a] * h[a];
      logits[t] = s2;
      if (s2 > max) max = s2;
    }
    let z = 0;
    for (let t = 0; t < T; t++) z += p[t] = Math.exp(logits[t] - max);
    for (let t = 0; t < T; t++) p[t] /= z;
    return Math.log(z) + max;
  };
  const step = (w: Float32Array, g: Float32Array, k: number, grad: number) => {
    g[k] += grad * grad;
    w[k] -= (lr * grad) / Math.sqrt(g[k] + EPS);
  };
  const backward = (s: WindowSentence, i: number, gold: number): void => {
    dh.fill(0);
    for (let t = 0; t < T; t++) {
      const d = p[t] - (t === gold ? 1 : 0);
      const row = t * H;
      for (let a = 0; a < H; a++) {
        dh[a] += W2[row + a] * d;
        step(W2, gW2, row + a, d * h[a]);
      }
      step(b2, gb2, t, d);
    }
    dx.fill(0);
    for (let a = 0; a < H; a++) {
      if (h[a] <= 0) continue;
      const d = dh[a];
      const row = a * I;
      for (let j = 0; j < I; j++) {
        dx[j] += W1[row + j] * d;
        const g = d * x[j];
        if (g !== 0) step(W1, gW1, row + j, g);
      }
      step(b1, gb1, a, d);
    }
    for (let k = 0; k <= 2 * W; k++) {
      const w = at(s, i + k - W);
      const off = k * R + VD;
      const scale = 1 / Math.sqrt(w.ids.length);
      for (let m = 0; m < w.ids.length; m++) {
        const e = w.ids[m] * C;
        for (let d = 0; d < C; d++) {
          const j = off + d;
          if (drop > 0 && !keep[j]) continue;
          step(E, gE, e + d, (dx[j] * scale) / (1 - drop));
        }
      }
    }
  };

  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let loss = 0;
    let count = 0;
    for (const si of order) {
      const s = sentences[si];
      for (let i = 0; i < s.words.length; i++) {
        loss += forward(s, i) - logits[s.gold[i]];
        count++;
        backward(s, i, s.gold[i]);
      }
    }
    onEpoch?.(epoch, loss / Math.max(1, count));
  }

  // the buckets training touched, their rows quantized to 8 bits with a scale each
  const used: number[] = [];
  for (let b = 0; b < B; b++) {
    for (let d = 0; d < C; d++)
      if (E[b * C + d] !== 0) {
        used.push(b);
        break;
      }
  }
  const rowScale = new Float32Array(used.length);
  const embedding = new Int8Array(used.length * C);
  used.forEach((b, r) => {
    let max = 0;
    for (let d = 0; d < C; d++) max = Math.max(max, Math.abs(E[b * C + d]));
    const s = max / 127;
    rowScale[r] = s;
    for (let d = 0; d < C; d++) embedding[r * C + d] = s > 0 ? Math.round(E[b * C + d] / s) : 0;
  });
  const header: WindowNetHeader = {
    tags, window: W, vectorDims: VD, vectorScale: o.vectorScale, featureDims: C, hidden: H, buckets: B, weight: o.weight,
    trainedOn: { epochs: o.epochs, learningRate: o.learningRate, inputDropout: o.inputDropout, vectorDropout: o.vectorDropout, sentences: sentences.length },
  };
  return new WindowNet(header, Int32Array.from(used), rowScale, embedding, W1, b1, W2, b2);
}

/** The hashed id that stands for the padding beyond a sentence's edges (see windowFeatureIds). */
export const PAD_ID = 0x5eed;
