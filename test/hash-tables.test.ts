import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { StringTable } from '../src/string-table.js';
import { IntTable } from '../src/int-table.js';

test('string table: answers as a Map does over any run of sets, gets and clears, through its growth', () => {
  const op = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), key: fc.string({ maxLength: 6 }), value: fc.integer() }),
    fc.record({ kind: fc.constant('get' as const), key: fc.string({ maxLength: 6 }) }),
    fc.record({ kind: fc.constant('clear' as const) }),
  );
  fc.assert(
    fc.property(fc.array(op, { maxLength: 400 }), fc.nat({ max: 64 }), (ops, expected) => {
      const table = new StringTable<number>(expected);
      const map = new Map<string, number>();
      for (const o of ops) {
        if (o.kind === 'set') {
          table.set(o.key, o.value);
          map.set(o.key, o.value);
        } else if (o.kind === 'get') {
          assert.equal(table.get(o.key), map.get(o.key));
          assert.equal(table.has(o.key), map.has(o.key));
        } else {
          table.clear();
          map.clear();
        }
        assert.equal(table.size, map.size);
      }
      assert.deepEqual([...table], [...map]);
    }),
    { numRuns: 300 },
  );
});

test('string table: tens of thousands of Arabic keys, each found, and near misses not', () => {
  const table = new StringTable<number>();
  const words: string[] = [];
  for (let i = 0; i < 50_000; i++) words.push(String.fromCharCode(0x0627 + (i % 26), 0x0628 + ((i >> 5) % 20), 0x0629 + (i >> 10)) + i);
  words.forEach((w, i) => table.set(w, i));
  assert.equal(table.size, 50_000);
  words.forEach((w, i) => assert.equal(table.get((' ' + w).slice(1)), i));
  assert.equal(table.get(words[7] + 'x'), undefined);
  assert.equal(table.get(''), undefined);
});

test('int table: answers as a Map does over any run of sets and gets, through its growth; -1 for a missing key', () => {
  const op = fc.oneof(
    fc.record({ set: fc.constant(true), key: fc.oneof(fc.nat({ max: 50 }), fc.nat({ max: 0x7ffffffe })), value: fc.integer({ min: -1e9, max: 1e9 }) }),
    fc.record({ set: fc.constant(false), key: fc.oneof(fc.nat({ max: 50 }), fc.nat({ max: 0x7ffffffe })) }),
  );
  fc.assert(
    fc.property(fc.array(op, { maxLength: 400 }), fc.nat({ max: 64 }), (ops, expected) => {
      const table = new IntTable(expected);
      const map = new Map<number, number>();
      for (const o of ops) {
        if ('value' in o) {
          table.set(o.key, o.value);
          map.set(o.key, o.value);
        } else assert.equal(table.get(o.key), map.get(o.key) ?? -1);
        assert.equal(table.size, map.size);
      }
    }),
    { numRuns: 300 },
  );
  assert.throws(() => new IntTable().set(-1, 0), /non-negative 31-bit/);
});
