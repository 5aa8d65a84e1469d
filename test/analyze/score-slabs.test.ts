import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ScoreSlabs, type SlabVector } from '../../src/analyze/score-slabs.js';
import { GenerationalCache } from '../../src/generational-cache.js';

const read = (v: SlabVector, width: number): number[] => Array.from(v.slab.subarray(v.at, v.at + width));

test('score slabs: every stored vector reads back as stored (single precision), across slabs and after moves', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 3000 }), fc.array(fc.nat()), (rows, moves) => {
      const slabs = new ScoreSlabs(3);
      const stored = rows.map((r) => {
        const v: SlabVector = { slab: new Float32Array(0), at: 0 };
        slabs.store(r, v);
        return v;
      });
      for (const m of moves) slabs.move(stored[m % stored.length]);
      stored.forEach((v, k) => assert.deepEqual(read(v, 3), rows[k].map(Math.fround)));
    }),
    { numRuns: 30 },
  );
});

test('score slabs: a moved vector lands in the current slab, so an old slab keeps no survivor', () => {
  const slabs = new ScoreSlabs(2);
  const first: SlabVector = { slab: new Float32Array(0), at: 0 };
  slabs.store([1, 2], first);
  const oldSlab = first.slab;
  const later: SlabVector = { slab: new Float32Array(0), at: 0 };
  for (let k = 0; k < 1500; k++) slabs.store([k, k], later);
  assert.notEqual(later.slab, oldSlab, 'a thousand vectors later, a new slab');
  slabs.move(first);
  assert.equal(first.slab, later.slab);
  assert.deepEqual(read(first, 2), [1, 2]);
});

test('generational cache: an old entry used again is promoted and reported; one never used again is dropped', () => {
  const promoted: string[] = [];
  const cache = new GenerationalCache<string>(2, (v) => promoted.push(v));
  cache.set('a', 'A');
  cache.set('b', 'B');
  cache.set('c', 'C'); // young was full: a, b are now old
  assert.equal(cache.get('a'), 'A');
  assert.deepEqual(promoted, ['A']);
  cache.set('d', 'D'); // young (c, a) full: they become old, b is dropped
  assert.equal(cache.get('b'), undefined);
  assert.equal(cache.get('a'), 'A');
  assert.deepEqual(promoted, ['A', 'A']);
});
