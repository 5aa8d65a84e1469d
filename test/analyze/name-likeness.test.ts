import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NameLikeness } from '../../src/analyze/name-likeness.js';

const CLASSES = ['PER', 'LOC', 'ORG', 'WORD'];

/** The model's definition, read from its stored form: naive Bayes over the 2-4-grams of ^word$. */
function reference(model: NameLikeness, word: string): { cls: string; margin: number } {
  const json = model.toJSON();
  const bytes = Buffer.from(json.logp, 'base64');
  const values = new Float32Array(bytes.byteLength / 4);
  new Uint8Array(values.buffer).set(bytes);
  const table = new Map<string, number[]>();
  json.grams.split('\n').forEach((g, i) => table.set(g, Array.from(values.subarray(i * 4, i * 4 + 4))));
  const w = '^' + word + '$';
  const score = [0, 0, 0, 0];
  let n = 0;
  for (let len = 2; len <= 4; len++) {
    for (let i = 0; i + len <= w.length; i++) {
      const lp = table.get(w.slice(i, i + len)) ?? json.unseen;
      lp.forEach((v, c) => (score[c] += v));
      n++;
    }
  }
  let best = 0;
  for (let c = 1; c < 3; c++) if (score[c] > score[best]) best = c;
  return { cls: CLASSES[best], margin: (score[best] - score[3]) / n };
}

const examples: [string, 'PER' | 'LOC' | 'ORG' | 'WORD'][] = [
  ['كونور', 'PER'], ['بلوم', 'PER'], ['سميث', 'PER'], ['نصر', 'PER'],
  ['واشنطن', 'LOC'], ['كابول', 'LOC'], ['سوريا', 'LOC'],
  ['نيوزويك', 'ORG'], ['داعش', 'ORG'],
  ['قال', 'WORD'], ['الذي', 'WORD'], ['مكافحة', 'WORD'], ['الإرهاب', 'WORD'],
];

test('name-likeness: classify agrees with the n-gram definition, for known and unseen letters', () => {
  const model = NameLikeness.fromJSON(NameLikeness.train(examples).toJSON());
  for (const w of ['كونور', 'أوكونور', 'قالت', 'Smith', 'ب', '']) assert.deepEqual(model.classify(w), reference(model, w), w);
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'كونربلمسيثواشطداعقلذيإرهابxyz^$😀'.split('')), maxLength: 12 }), (w) => {
      assert.deepEqual(model.classify(w), reference(model, w));
    }),
  );
});

test('name-likeness: a table over more than 255 distinct characters is still read right', () => {
  // letters from several scripts: too many for the one-byte character numbering
  const many: [string, 'PER' | 'WORD'][] = [];
  for (let c = 0x0400; c < 0x0400 + 300; c += 3) many.push([String.fromCharCode(c, c + 1, c + 2), c % 2 ? 'PER' : 'WORD']);
  const model = NameLikeness.fromJSON(NameLikeness.train(many).toJSON());
  for (const [w] of many.slice(0, 20)) assert.deepEqual(model.classify(w + 'ا'), reference(model, w + 'ا'), w);
});

test('name-likeness: a loaded table saves to the form it was loaded from', () => {
  const json = NameLikeness.train(examples).toJSON();
  assert.deepEqual(NameLikeness.fromJSON(json).toJSON(), json);
});
