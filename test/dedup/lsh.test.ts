import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LSH_BANDS,
  LSH_ROWS,
  LshIndex,
  NUM_HASHES,
  UnionFind,
  bandKeyIds,
  bandKeys,
  candidateProbability,
  hashString,
  minhashSignature,
  nearDuplicateThreshold,
  textSignature,
} from '../../src/dedup/index.js';

/** Two sets of `size` values sharing `shared` of them (Jaccard shared / (2·size − shared)). */
function setPair(seed: number, size: number, shared: number): [number[], number[]] {
  const common = Array.from({ length: shared }, (_, i) => hashString(`c${seed}_${i}`));
  const a = Array.from({ length: size - shared }, (_, i) => hashString(`a${seed}_${i}`));
  const b = Array.from({ length: size - shared }, (_, i) => hashString(`b${seed}_${i}`));
  return [[...common, ...a], [...common, ...b]];
}

test('banding uses the whole signature', () => {
  assert.ok(LSH_BANDS * LSH_ROWS <= NUM_HASHES);
  assert.ok(candidateProbability(nearDuplicateThreshold) > 0.85);
  assert.ok(candidateProbability(0.8) > 0.999);
  assert.ok(candidateProbability(0.1) < 0.01);
});

test('pairs with Jaccard well above the threshold share a band key (fixed seeds)', () => {
  // 200 shared of 225 each: Jaccard 0.8; a miss has probability (1 − 0.8^4)^32 ≈ 1e-7 per pair
  for (let seed = 0; seed < 100; seed++) {
    const [a, b] = setPair(seed, 225, 200);
    const ka = bandKeys(minhashSignature(a)!);
    const kb = bandKeys(minhashSignature(b)!);
    assert.equal(ka.length, LSH_BANDS);
    assert.ok(ka.some((k, band) => k === kb[band]), `pair ${seed} shares no band key`);
  }
});

test('unrelated sets rarely share a band key', () => {
  let shared = 0;
  for (let seed = 0; seed < 100; seed++) {
    const [a, b] = setPair(seed, 200, 0);
    const ka = bandKeys(minhashSignature(a)!);
    const kb = bandKeys(minhashSignature(b)!);
    if (ka.some((k, band) => k === kb[band])) shared++;
  }
  assert.ok(shared <= 1, `${shared} of 100 unrelated pairs were candidates`);
});

test('band keys are deterministic and keyed by band', () => {
  const text = 'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة تبوك بسعة ثلاثمائة سرير';
  const first = bandKeys(textSignature(text)!);
  assert.deepEqual(bandKeys(textSignature(text)!), first);
  // equal rows in two bands still give two different keys
  const flat = new Uint32Array(NUM_HASHES).fill(7);
  const flatKeys = bandKeys(flat);
  assert.equal(new Set(flatKeys).size, LSH_BANDS);
  const ids = bandKeyIds(textSignature(text)!);
  assert.equal(ids.length, LSH_BANDS);
  ids.forEach((id, band) => {
    assert.ok(Number.isSafeInteger(id));
    assert.equal(Math.floor(id / 2 ** 32), band);
    assert.equal(id % 2 ** 32, first[band]);
  });
  assert.throws(() => bandKeys(new Uint32Array(8)), /too short/);
});

test('the LSH index returns the documents that share a band key', () => {
  const index = new LshIndex<string>();
  const [a, b] = setPair(1, 225, 200);
  const [c] = setPair(2, 225, 0);
  assert.deepEqual([...index.add('a', minhashSignature(a)!)], []);
  assert.deepEqual([...index.add('c', minhashSignature(c)!)], []);
  assert.deepEqual([...index.add('b', minhashSignature(b)!)], ['a']);
  assert.deepEqual([...index.candidates(minhashSignature(a)!)].sort(), ['a', 'b']);
});

test('union-find turns verified pairs into groups', () => {
  const uf = new UnionFind(7);
  assert.ok(uf.union(0, 1));
  assert.ok(uf.union(1, 2));
  assert.ok(!uf.union(0, 2));
  assert.ok(uf.union(4, 5));
  assert.deepEqual(uf.groups(), [
    [0, 1, 2],
    [4, 5],
  ]);
  assert.equal(uf.groups(1).length, 4);
  assert.equal(uf.find(2), uf.find(0));
});
