import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { StringTable } from '../string-table.js';
import { RasidError } from '../errors.js';

/**
 * Distributional word vectors (models/ar-vectors.bin, written by scripts/build-clusters.ts from the
 * same SVD as the word clusters): the leading dimensions of each word's vector, unit length, stored
 * as 8-bit integers (value * 127). Keys are `token.norm` forms, as the clusters'.
 *
 *   "RASIDVEC1\n" | u32 header length | header JSON {dims, count} | u32 keys length
 *   | keys ('\n'-joined, UTF-8) | i8 values[count * dims]
 */
const MAGIC = 'RASIDVEC1\n';
export const VECTOR_SCALE = 127;

export function defaultVectorsPath(): string {
  return join(PACKAGE_ROOT, 'models', 'ar-vectors.bin');
}

export class WordVectors {
  constructor(
    readonly dims: number,
    private readonly rows: StringTable<number>,
    private readonly values: Int8Array,
  ) {}

  get size(): number {
    return this.rows.size;
  }

  /** The word's vector (dims 8-bit values, value * 127), or undefined for a word without one. */
  get(key: string): Int8Array | undefined {
    const r = this.rows.get(key);
    return r === undefined ? undefined : this.values.subarray(r * this.dims, (r + 1) * this.dims);
  }

  /** Keeps the first `dims` dimensions of each vector, rescaled to unit length, as 8-bit integers. */
  static fromFloats(keys: readonly string[], vectors: Float32Array, fullDims: number, dims: number): WordVectors {
    const rows = new StringTable<number>(keys.length);
    const values = new Int8Array(keys.length * dims);
    keys.forEach((key, i) => {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += vectors[i * fullDims + d] ** 2;
      const k = norm > 0 ? VECTOR_SCALE / Math.sqrt(norm) : 0;
      for (let d = 0; d < dims; d++) values[i * dims + d] = Math.round(vectors[i * fullDims + d] * k);
      rows.set(key, i);
    });
    return new WordVectors(dims, rows, values);
  }

  save(path: string, keys: readonly string[]): void {
    const header = Buffer.from(JSON.stringify({ dims: this.dims, count: keys.length }), 'utf8');
    const keyBytes = Buffer.from(keys.join('\n'), 'utf8');
    const u32 = (n: number) => {
      const b = Buffer.alloc(4);
      b.writeUInt32LE(n);
      return b;
    };
    const ordered = new Int8Array(keys.length * this.dims);
    keys.forEach((key, i) => ordered.set(this.get(key)!, i * this.dims));
    writeFileSync(path, Buffer.concat([Buffer.from(MAGIC, 'latin1'), u32(header.length), header, u32(keyBytes.length), keyBytes, Buffer.from(ordered.buffer)]));
  }

  static load(path: string = defaultVectorsPath()): WordVectors {
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch (e) {
      throw new RasidError('E_MODEL', `word vectors ${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'rebuild them with `node dist/scripts/build-clusters.js`');
    }
    const damaged = (why: string) => new RasidError('E_MODEL', `word vectors ${path}: ${why}`, 'rebuild them with `node dist/scripts/build-clusters.js`');
    if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw damaged('not a rasid vector file');
    let at = MAGIC.length;
    if (buf.length < at + 4) throw damaged('truncated');
    const headerLength = buf.readUInt32LE(at);
    at += 4;
    if (buf.length < at + headerLength + 4) throw damaged('truncated');
    let dims: number;
    let count: number;
    try {
      ({ dims, count } = JSON.parse(buf.toString('utf8', at, at + headerLength)) as { dims: number; count: number });
    } catch {
      throw damaged('its header is not JSON');
    }
    at += headerLength;
    const keysLength = buf.readUInt32LE(at);
    at += 4;
    if (buf.length < at + keysLength) throw damaged('truncated');
    const keys = buf.toString('utf8', at, at + keysLength).split('\n');
    at += keysLength;
    if (keys.length !== count || buf.length - at !== count * dims) throw damaged(`truncated or damaged (${keys.length} keys, ${buf.length - at} bytes of values for ${count} x ${dims})`);
    const rows = new StringTable<number>(count);
    keys.forEach((k, i) => rows.set(k, i));
    const values = new Int8Array(count * dims);
    values.set(new Int8Array(buf.buffer, buf.byteOffset + at, count * dims));
    return new WordVectors(dims, rows, values);
  }
}

const loaded = new Map<string, WordVectors>();
/** The vectors at `path`, read once per process. */
export function loadWordVectors(path: string = defaultVectorsPath()): WordVectors {
  const key = resolve(path);
  let v = loaded.get(key);
  if (!v) loaded.set(key, (v = WordVectors.load(key)));
  return v;
}
