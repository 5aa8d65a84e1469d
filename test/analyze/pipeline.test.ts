import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { Pipeline } from '../../src/analyze/pipeline.js';
import type { Annotator } from '../../src/analyze/annotator.js';
import { RasidError } from '../../src/errors.js';

const words: Annotator = {
  name: 'words',
  requires: [],
  adds: ['words'],
  annotate(doc) {
    const spans = [...doc.text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, label: 'W', source: 'test' }));
    doc.setLayer('words', spans);
  },
};

const longWords: Annotator = {
  name: 'long-words',
  requires: ['words'],
  adds: ['long'],
  annotate(doc) {
    doc.setLayer('long', doc.layer('words').filter((s) => s.end - s.start > 3));
  },
};

test('annotators run in order and each sees what the earlier ones added', () => {
  const doc = new Pipeline([words, longWords]).run(new Doc('قال الوزير إن الاجتماع'));
  assert.deepEqual(doc.layer('long').map((s) => doc.text.slice(s.start, s.end)), ['الوزير', 'الاجتماع']);
});

test('a pipeline whose annotator needs a layer nobody adds earlier fails at construction, naming both', () => {
  assert.throws(
    () => new Pipeline([longWords, words]),
    (e: unknown) => e instanceof RasidError && /long-words/.test(e.message) && /put "words" before "long-words"/.test(e.hint ?? ''),
  );
});

test('a layer never filled reads as empty; a span outside the text is refused', () => {
  const doc = new Doc('نص');
  assert.deepEqual(doc.layer('entities'), []);
  assert.throws(() => doc.setLayer('x', [{ start: 0, end: 5, label: 'X', source: 't' }]), RangeError);
});
