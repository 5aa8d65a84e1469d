import { readFileSync, writeFileSync } from 'node:fs';
import { transitionsAllowed, viterbi, viterbiScores, type SequenceWeights } from './perceptron.js';
import { RasidError } from '../errors.js';
import { bioOf } from '../analyze/bio.js';
import type { NameLikenessJson } from '../analyze/name-likeness.js';

/**
 * The NER model file: a small binary, so a 20 MB model loads in a fraction of a second.
 *   "RASIDNER1\n" | u32 header length | header JSON | u32 strings length | feature strings ('\n'-joined)
 *   | f32 emission[features * T] | f32 transition[(T + 1) * T]
 */
const MAGIC = 'RASIDNER1\n';

export interface NerModelHeader {
  tags: string[];
  features: number;
  /** Free-form provenance: data, epochs, dev scores. */
  trainedOn: Record<string, unknown>;
  /** Names annotated in the training data and their types (a feature source at tagging time). */
  names?: [string, string[]][];
  /** Words the training text mostly leaves untagged: never tagged alone from curated lists. */
  mostlyNotNames?: string[];
  /** Whether the model reads document-context features (NerFeatures.documentContext). */
  documentContext?: boolean;
  /** The letters-only name classifier the features used (NameLikeness.toJSON()). */
  nameLikeness?: NameLikenessJson;
  /** The file, beside this one, of the window network whose scores join this model's (src/models/window-net.ts). */
  window?: string;
}

export class NerModel {
  readonly allowed: Uint8Array;
  /** What each tag id is output as: BIO, whichever scheme the model was trained with. */
  private readonly bio: string[];

  constructor(
    readonly header: NerModelHeader,
    readonly index: Map<string, number>,
    readonly weights: SequenceWeights,
  ) {
    this.allowed = transitionsAllowed(header.tags);
    this.bio = header.tags.map(bioOf);
  }

  get tags(): string[] {
    return this.header.tags;
  }

  /** Feature strings -> ids the model knows (unknown features carry no weight and are dropped). */
  featureIds(features: readonly string[]): Int32Array {
    const ids: number[] = [];
    for (const f of features) {
      const id = this.index.get(f);
      if (id !== undefined) ids.push(id);
    }
    return Int32Array.from(ids);
  }

  /** BIO tags for one sentence, given each token's feature strings. */
  tagFeatures(sentence: readonly (readonly string[])[]): string[] {
    return this.tagIds(sentence.map((f) => this.featureIds(f)));
  }

  /** BIO tags for one sentence, given each token's feature ids. */
  tagIds(feats: readonly Int32Array[]): string[] {
    const best = viterbi(feats, this.weights, this.tags.length, this.allowed);
    return Array.from(best, (t) => this.bio[t]);
  }

  /** BIO tags for n tokens, given their emission scores (emit[i * T + t]). */
  tagScores(emit: Float64Array, n: number): string[] {
    const best = viterbiScores(emit, n, this.weights.transition, this.tags.length, this.allowed);
    return Array.from(best, (t) => this.bio[t]);
  }

  save(path: string): void {
    const header = Buffer.from(JSON.stringify(this.header), 'utf8');
    const names = new Array<string>(this.header.features);
    for (const [s, id] of this.index) names[id] = s;
    const strings = Buffer.from(names.join('\n'), 'utf8');
    const u32 = (n: number) => {
      const b = Buffer.alloc(4);
      b.writeUInt32LE(n);
      return b;
    };
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(MAGIC, 'latin1'),
        u32(header.length),
        header,
        u32(strings.length),
        strings,
        Buffer.from(this.weights.emission.buffer, this.weights.emission.byteOffset, this.weights.emission.byteLength),
        Buffer.from(this.weights.transition.buffer, this.weights.transition.byteOffset, this.weights.transition.byteLength),
      ]),
    );
  }

  static load(path: string): NerModel {
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch (e) {
      throw new RasidError('E_MODEL', `${path}: cannot read the NER model (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'rebuild it with `npm run train:ner`');
    }
    if (buf.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) {
      throw new RasidError('E_MODEL', `${path}: not a rasid NER model file`, 'rebuild it with `npm run train:ner`');
    }
    let at = MAGIC.length;
    const headerLen = buf.readUInt32LE(at);
    at += 4;
    const header = JSON.parse(buf.subarray(at, at + headerLen).toString('utf8')) as NerModelHeader;
    at += headerLen;
    const stringsLen = buf.readUInt32LE(at);
    at += 4;
    const names = buf.subarray(at, at + stringsLen).toString('utf8').split('\n');
    at += stringsLen;
    const T = header.tags.length;
    const index = new Map<string, number>();
    for (let i = 0; i < names.length; i++) index.set(names[i], i);
    // copy into aligned arrays: the file offsets are not 4-byte aligned
    const emission = new Float32Array(header.features * T);
    Buffer.from(emission.buffer).set(buf.subarray(at, at + emission.byteLength));
    at += emission.byteLength;
    const transition = new Float32Array((T + 1) * T);
    Buffer.from(transition.buffer).set(buf.subarray(at, at + transition.byteLength));
    return new NerModel(header, index, { emission, transition });
  }
}
