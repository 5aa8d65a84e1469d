import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasLexicon, segmentClitics, setLexicon, stripClitics, type Lexicon } from '../../src/text/clitics.js';

const show = (word: string): string => segmentClitics(word).map((s) => `${s.text}:${s.kind[0]}`).join(' ');

test('segments concatenate back to the word and carry offsets', () => {
  const segs = segmentClitics('وبالكتاب', 10);
  assert.equal(segs.map((s) => s.text).join(''), 'وبالكتاب');
  assert.deepEqual(segs.map((s) => [s.start, s.end]), [[10, 11], [11, 12], [12, 14], [14, 18]]);
  assert.deepEqual(segs.map((s) => s.kind), ['proclitic', 'proclitic', 'proclitic', 'stem']);
});

test('لل is the preposition ل plus the article with its alef elided', () => {
  assert.equal(show('للمحتوى'), 'ل:p ل:p محتوى:s');
});

test('diacritics stay with the letter they sit on', () => {
  assert.equal(segmentClitics('وَالكِتابُ').map((s) => s.text).join('|'), 'وَ|ال|كِتابُ');
});

test('common clitic combinations are split', () => {
  assert.equal(show('والكتاب'), 'و:p ال:p كتاب:s');
  assert.equal(show('وله'), 'و:p ل:s ه:e');
  assert.equal(show('حكومته'), 'حكومت:s ه:e');
  assert.equal(show('عليها'), 'علي:s ها:e');
  assert.equal(show('سيقول'), 'س:p يقول:s');
});

test('words that only look like clitic + stem stay whole (with the lexicon)', (t) => {
  if (!hasLexicon()) {
    t.skip('models/ar-lexicon.tsv not found');
    return;
  }
  for (const w of ['وزير', 'كتب', 'الله', 'الذي', 'فيلم', 'عربي']) assert.equal(show(w), `${w}:s`, w);
});

test('the segmenter still works rule-only without the lexicon', () => {
  setLexicon(null);
  try {
    assert.equal(show('والكتاب'), 'و:p ال:p كتاب:s');
    assert.equal(show('للمحتوى'), 'ل:p ل:p محتوى:s');
    assert.equal(show('الذي'), 'الذي:s');
  } finally {
    setLexicon(undefined);
  }
});

test('a small custom lexicon decides between readings', () => {
  const lex: Lexicon = { counts: new Map([['بلوم', 50], ['لوم', 2], ['جاء', 900], ['وجاء', 300]]) };
  setLexicon(lex);
  try {
    assert.equal(show('بلوم'), 'بلوم:s');
    assert.equal(show('وجاء'), 'و:p جاء:s');
  } finally {
    setLexicon(undefined);
  }
});

test('stripClitics gives the canonical form without clitics', () => {
  assert.equal(stripClitics('لداعش'), 'داعش');
  assert.equal(stripClitics('والانشقاقات'), 'انشقاقات');
});

const arabicWord = fc
  .array(fc.oneof(fc.constantFrom(...'وفبكلالسهمنايةتىأإآؤئءكتبدرسع'), fc.constantFrom('\u064E', '\u0651', '\u0640', '\u200C')), { maxLength: 12 })
  .map((a) => a.join(''));

test('segments always concatenate to any word, in order, without gaps', () => {
  for (const lex of [undefined, null] as const) {
    setLexicon(lex);
    fc.assert(
      fc.property(fc.oneof(arabicWord, fc.string({ maxLength: 10 })), fc.nat(1000), (word, offset) => {
        const segs = segmentClitics(word, offset);
        assert.equal(segs.map((s) => s.text).join(''), word);
        let at = offset;
        for (const s of segs) {
          assert.equal(s.start, at);
          assert.equal(s.end - s.start, s.text.length);
          assert.ok(s.text.length > 0);
          at = s.end;
        }
        if (word.length > 0) assert.equal(segs.filter((s) => s.kind === 'stem').length, 1);
      }),
      { numRuns: 800 },
    );
  }
  setLexicon(undefined);
});
