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
  private readonly rowOf: Int32Array;
  private readonly h: Float32Array;
  private readonly logits: Float64Array;

  constructor(
    readonly header: WindowNetHeader,
    buckets: Int32Array,
    private readonly rowScale: Float32Array,
    private readonly embedding: Int8Array,
    private readonly W1: Float32Array,
    private readonly b1: Float32Array,
    private readonly W2: Float32Array,
    private readonly b2: Float32Array,
  ) {
    this.inputs = (2 * header.window + 1) * (header.vectorDims + header.featureDims);
    this.rowOf = new Int32Array(header.buckets).fill(-1);
    buckets.forEach((b, r) => (this.rowOf[b] = r));
    this.h = new Float32Array(header.hidden);
    this.logits = new Float64Array(header.tags.length);
  }

  /** Length of a word's projection: its share of the hidden layer at each of the 2W+1 positions. */
  get projectionLength(): number {
    return (2 * this.header.window + 1) * this.header.hidden;
  }

  /** The word's share of the hidden layer when it stands at each offset −W..W of a token. */
  project(word: WindowWord, out: Float32Array = new Float32Array(this.projectionLength)): Float32Array {
    const { vectorDims: VD, featureDims: C, hidden: H, vectorScale } = this.header;
    const R = VD + C;
    const r = new Float32Array(R);
    if (word.vector) for (let d = 0; d < VD; d++) r[d] = word.vector[d] / vectorScale;
    const scale = 1 / Math.sqrt(word.ids.length);
    for (let k = 0; k < word.ids.length; k++) {
      const row = this.rowOf[word.ids[k]];
      if (row < 0) continue;
      const s = this.rowScale[row] * scale;
      const at = row * C;
      for (let d = 0; d < C; d++) r[VD + d] += this.embedding[at + d] * s;
    }
    const I = this.inputs;
    const positions = 2 * this.header.window + 1;
    for (let p = 0; p < positions; p++) {
      for (let a = 0; a < H; a++) {
        const base = a * I + p * R;
        let s = 0;
        for (let j = 0; j < R; j++) s += this.W1[base + j] * r[j];
        out[p * H + a] = s;
      }
    }
    return out;
  }

  /**
   * emit[i * T + t] += weight * log p(t | window of token i), given each token's projection and
   * the projection of the padding that stands beyond the sentence's edges.
   */
  addLogProbs(projections: readonly Float32Array[], pad: Float32Array, emit: Float64Array): void {
    const { window: W, hidden: H, weight } = this.header;
    const T = this.header.tags.length;
    const n = projections.length;
    const h = this.h;
    for (let i = 0; i < n; i++) {
      h.set(this.b1);
      for (let p = 0; p <= 2 * W; p++) {
        const j = i + p - W;
        const src = j >= 0 && j < n ? projections[j] : pad;
        const at = p * H;
        for (let a = 0; a < H; a++) h[a] += src[at + a];
      }
      let max = -Infinity;
      const base = i * T;
      const logits = this.logits;
      for (let t = 0; t < T; t++) {
        let s = this.b2[t];
        const row = t * H;
        for (let a = 0; a < H; a++) if (h[a] > 0) s += this.W2[row + a] * h[a];
        logits[t] = s;
        if (s > max) max = s;
      }
      let z = 0;
      for (let t = 0; t < T; t++) z += Math.exp(logits[t] - max);
      for (let t = 0; t < T; t++) emit[base + t] += weight * Math.log(Math.exp(logits[t] - max) / z + PROB_FLOOR);
    }
  }

  save(path: string): void {
    const header = Buffer.from(JSON.stringify(this.header), 'utf8');
    const rows: number[] = [];
    this.rowOf.forEach((r, b) => {
      if (r >= 0) rows[r] = b;
    });
    const u32 = (n: number) => {
      const b = Buffer.alloc(4);
      b.writeUInt32LE(n);
      return b;
    };
    const bytes = (a: Int32Array | Float32Array | Int8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(MAGIC, 'latin1'), u32(header.length), header, u32(rows.length),
        bytes(Int32Array.from(rows)), bytes(this.rowScale), bytes(this.embedding),
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

export interface WindowTrainOptions {
  window: number;
  vectorDims: number;
  vectorScale: number;
  featureDims: number;
  hidden: number;
  buckets: number;
  weight: number;
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
