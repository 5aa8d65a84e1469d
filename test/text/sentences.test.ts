import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokenize.js';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('sentences end at . ! ? ؟ … and surrounding whitespace is outside the range', () => {
  assert.deepEqual(split('  وصل الوفد.  هل انتهى الاجتماع؟ نعم! ثم غادر…  '), ['وصل الوفد.', 'هل انتهى الاجتماع؟', 'نعم!', 'ثم غادر…']);
});

test('every line break ends a sentence, even without a stop', () => {
  assert.deepEqual(split('انقلاب الطاولة\nقال المسؤول إن الوضع هادئ\n\nوأضاف أنه سيعود'), [
    'انقلاب الطاولة',
    'قال المسؤول إن الوضع هادئ',
    'وأضاف أنه سيعود',
  ]);
});

test('decimal numbers do not end a sentence', () => {
  assert.deepEqual(split('بلغ النمو 3.5 في المئة. وخسر 7.7 مليون دولار.'), ['بلغ النمو 3.5 في المئة.', 'وخسر 7.7 مليون دولار.']);
});

test('abbreviations do not end a sentence', () => {
  assert.deepEqual(split('قال د. محمد إن الأمر انتهى. وقال Dr. Smith of the U.S. Army that it was over.'), [
    'قال د. محمد إن الأمر انتهى.',
    'وقال Dr. Smith of the U.S. Army that it was over.',
  ]);
  assert.deepEqual(split('ولد عام 300 ق.م. في أثينا.'), ['ولد عام 300 ق.م. في أثينا.']);
});

test('an era marker after a year can end a sentence', () => {
  assert.deepEqual(split('وقع ذلك عام 2017 م. ثم تغير الوضع.'), ['وقع ذلك عام 2017 م.', 'ثم تغير الوضع.']);
});

test('a closing quote after the final stop stays in the sentence', () => {
  assert.deepEqual(split('قال: "هذا جيد." ثم غادر.'), ['قال: "هذا جيد."', 'ثم غادر.']);
  assert.deepEqual(split('وأضاف: «لن نتراجع.» وانتهى المؤتمر.'), ['وأضاف: «لن نتراجع.»', 'وانتهى المؤتمر.']);
  assert.deepEqual(split('وقال: “انتهى كل شيء!” ومضى.'), ['وقال: “انتهى كل شيء!”', 'ومضى.']);
});

test('an opening quote after a stop starts the next sentence', () => {
  assert.deepEqual(split('انتهى الاجتماع. "لا جديد" قال المتحدث.'), ['انتهى الاجتماع.', '"لا جديد" قال المتحدث.']);
});

test('precomputed tokens give the same sentences', () => {
  const text = 'الجملة الأولى. الجملة الثانية؟';
  assert.deepEqual(splitSentences(text, tokenize(text)), splitSentences(text));
});

const sentenceText = fc
  .array(fc.constantFrom('كلمة', ' ', '.', '؟', '!', '\n', '"', '«', '»', '3.5', 'د.', 'Mr.', '…', '\u200F', 'a'), { maxLength: 40 })
  .map((a) => a.join(''));

test('sentence ranges are in order, non-overlapping, trimmed and within bounds', () => {
  fc.assert(
    fc.property(fc.oneof(sentenceText, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
      const sentences = splitSentences(text);
      let last = 0;
      for (const s of sentences) {
        assert.ok(s.start >= last && s.end > s.start && s.end <= text.length);
        assert.ok(!/^\s/u.test(text.slice(s.start, s.end)) && !/\s$/u.test(text.slice(s.start, s.end)));
        last = s.end;
      }
      // every token lies inside one sentence
      for (const t of tokenize(text)) assert.ok(sentences.some((s) => s.start <= t.start && t.end <= s.end));
    }),
    { numRuns: 1000 },
  );
});
