import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WordVectors, VECTOR_SCALE, defaultVectorsPath, loadWordVectors } from '../../src/text/word-vectors.js';
import { normalize, SEARCH_NORMALIZATION } from '../../src/text/index.js';

test('vectors keep their leading dimensions, rescaled to unit length, as 8-bit integers, and round-trip', () => {
  // three words, 4 dims each; keep 2
  const keys = ['سوريا', 'دمشق', 'قال'];
  const full = Float32Array.from([0.6, 0.8, 0.5, 0.5, -0.3, 0.4, 0, 0, 0, 0, 1, 0]);
  const v = WordVectors.fromFloats(keys, full, 4, 2);
  assert.equal(v.dims, 2);
  assert.deepEqual([...v.get('سوريا')!], [Math.round(0.6 * VECTOR_SCALE), Math.round(0.8 * VECTOR_SCALE)]);
  assert.deepEqual([...v.get('دمشق')!], [Math.round(-0.6 * VECTOR_SCALE), Math.round(0.8 * VECTOR_SCALE)]);
  // a vector whose kept part is zero stays zero (not NaN)
  assert.deepEqual([...v.get('قال')!], [0, 0]);
  assert.equal(v.get('بيروت'), undefined);
  const dir = mkdtempSync(join(tmpdir(), 'rasid-vectors-'));
  try {
    const path = join(dir, 'v.bin');
    v.save(path, keys);
    const back = WordVectors.load(path);
    assert.equal(back.size, 3);
    for (const k of keys) assert.deepEqual(back.get(k), v.get(k));
    writeFileSync(path, readFileSync(path).subarray(0, 30));
    assert.throws(() => WordVectors.load(path), (e: Error & { hint?: string }) => e.message.includes(path) && /truncated|JSON/.test(e.message) && /build-clusters/.test(e.hint ?? ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the shipped vectors: similar words point the same way (cities with cities, not with verbs)', () => {
  const v = loadWordVectors(defaultVectorsPath());
  const get = (w: string) => v.get(normalize(w, SEARCH_NORMALIZATION))!;
  const cos = (a: Int8Array, b: Int8Array) => {
    let s = 0, na = 0, nb = 0;
    for (let i = 0; i < a.length; i++) (s += a[i] * b[i]), (na += a[i] * a[i]), (nb += b[i] * b[i]);
    return s / Math.sqrt(na * nb);
  };
  assert.ok(v.size > 50_000, `${v.size} words`);
  assert.ok(cos(get('دمشق'), get('بيروت')) > cos(get('دمشق'), get('قال')) + 0.3);
  assert.ok(cos(get('قال'), get('أكد')) > cos(get('قال'), get('بيروت')) + 0.3);
});
