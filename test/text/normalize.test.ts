import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DISPLAY_NORMALIZATION,
  LEXICON_NORMALIZATION,
  SEARCH_NORMALIZATION,
  normalize,
  normalizeWithMap,
  normalizeSpaced,
  originalRange,
} from '../../src/text/normalize.js';
import { toAsciiDigits, toArabicIndicDigits } from '../../src/text/digits.js';
import { TATWEEL, ZERO_WIDTH_NON_JOINER, RIGHT_TO_LEFT_MARK, NO_BREAK_SPACE, BYTE_ORDER_MARK } from '../../src/text/chars.js';

const presets = { SEARCH_NORMALIZATION, DISPLAY_NORMALIZATION, LEXICON_NORMALIZATION };

/** Arabic-heavy strings: letters, marks, tatweel, digits, presentation forms, invisibles, spaces. */
const arabicChar = fc.oneof(
  fc.integer({ min: 0x0600, max: 0x06ff }),
  fc.integer({ min: 0xfb50, max: 0xfdff }),
  fc.integer({ min: 0xfe70, max: 0xfeff }),
  fc.constantFrom(0x20, 0x0a, 0xa0, 0x200b, 0x200c, 0x200f, 0x202b, 0x2066, 0x61, 0x41, 0x2e, 0x30),
).map((c) => String.fromCharCode(c));
export const arabicText = fc.array(arabicChar, { maxLength: 60 }).map((a) => a.join(''));
export const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }), arabicText);

test('search normalization folds the common Arabic spelling variants', () => {
  assert.equal(normalize('أَحْمَدُ'), 'احمد');
  assert.equal(normalize('إسلام آمن ٱلله'), 'اسلام امن الله');
  assert.equal(normalize('على مدرسة'), 'علي مدرسه');
  assert.equal(normalize('مؤتمر رئيس جزء'), 'موتمر رييس جزء');
  assert.equal(normalize(`جميـ${TATWEEL}ـل`), 'جميل');
  assert.equal(normalize('٢٠١٧ و۱۳۹۶'), '2017 و1396');
  assert.equal(normalize('ماذا؟ نعم، لا؛ ٥٪ ٣٫٥ ١٬٠٠٠'), 'ماذا? نعم, لا; 5% 3.5 1,000');
  assert.equal(normalize(`a${ZERO_WIDTH_NON_JOINER}b${RIGHT_TO_LEFT_MARK}c${BYTE_ORDER_MARK}`), 'abc');
  assert.equal(normalize(`x${NO_BREAK_SPACE}y`), 'x y');
  assert.equal(normalize('Hello'), 'hello');
});

test('presentation forms become letters, and ligatures compose with the other options', () => {
  assert.equal(normalize('\uFEFB'), 'لا'); // lam-alef ligature
  assert.equal(normalize('\uFEF7'), 'لا'); // lam-alef with hamza: لأ, then alef folding
  assert.equal(normalize('\uFEF7', { presentationForms: true }), 'لأ');
  assert.equal(normalize('\uFE8D\uFEDF'), 'ال');
});

test('the display preset keeps letters, diacritics and digits as written', () => {
  assert.equal(normalize('أَحْمَد ٣ على', DISPLAY_NORMALIZATION), 'أَحْمَد ٣ على');
  assert.equal(normalize(`جميـ${TATWEEL}ل\u200F`, DISPLAY_NORMALIZATION), 'جميل');
});

test('the lexicon preset keeps ة and ى apart from ه and ي', () => {
  assert.equal(normalize('إلى المدرسةِ', LEXICON_NORMALIZATION), 'الى المدرسة');
});

test('normalize returns the very same string when nothing changes', () => {
  const s = 'hello world 123';
  assert.equal(normalize(s, DISPLAY_NORMALIZATION), s);
});

test('toAsciiDigits converts Arabic-Indic and Persian digits one for one', () => {
  assert.equal(toAsciiDigits('١٥ آب ۲۰۱۷ 13:26'), '15 آب 2017 13:26');
  assert.equal(toArabicIndicDigits('2017'), '٢٠١٧');
});

for (const [name, preset] of Object.entries(presets)) {
  test(`normalize is idempotent (${name})`, () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalize(s, preset);
        assert.equal(normalize(once, preset), once);
      }),
      { numRuns: 500 },
    );
  });
}

test('normalizeWithMap gives the same text as normalize, with monotonic offsets into the original', () => {
  fc.assert(
    fc.property(anyText, (s) => {
      const { text, offsets } = normalizeWithMap(s);
      assert.equal(text, normalize(s));
      assert.equal(offsets.length, text.length + 1);
      assert.equal(offsets[text.length], s.length);
      for (let i = 1; i < offsets.length; i++) assert.ok(offsets[i] >= offsets[i - 1]);
      for (let i = 0; i < text.length; i++) {
        assert.ok(offsets[i] < s.length);
        // each normalized character is the normalization of the original character it maps to
        const orig = s[offsets[i]];
        assert.ok(normalize(orig).includes(text[i]) || /[\uD800-\uDFFF]/.test(orig));
      }
    }),
    { numRuns: 500 },
  );
});

test('a match found in normalized text maps back to the exact original word', () => {
  const original = 'قال وزيرُ الخارجيّة\u200F إنَّ المؤتمرَ انتهى';
  const map = normalizeWithMap(original);
  const at = map.text.indexOf('الخارجيه');
  const r = originalRange(map, at, at + 'الخارجيه'.length);
  assert.equal(original.slice(r.start, r.end), 'الخارجيّة');
  const m = map.text.indexOf('الموتمر');
  const r2 = originalRange(map, m, m + 'الموتمر'.length, original);
  assert.equal(original.slice(r2.start, r2.end), 'المؤتمرَ');
});

test('normalizeSpaced is normalize with whitespace runs made one space and the ends trimmed, for any text and preset', () => {
  const spaced = fc.oneof(anyText, fc.array(fc.constantFrom(' ', '\n', '\t', NO_BREAK_SPACE, BYTE_ORDER_MARK, '\u2028', 'ﷺ', 'ﻷ', 'أ', 'ة', 'ب'), { maxLength: 20 }).map((a) => a.join('')));
  fc.assert(
    fc.property(spaced, fc.constantFrom(SEARCH_NORMALIZATION, DISPLAY_NORMALIZATION, LEXICON_NORMALIZATION), (text, preset) => {
      assert.equal(normalizeSpaced(text, preset), normalize(text, preset).replace(/\s+/g, ' ').trim());
    }),
    { numRuns: 2000 },
  );
  // long bodies grow the buffer
  const long = 'قال   الوزير\n\n'.repeat(2000);
  assert.equal(normalizeSpaced(long), normalize(long).replace(/\s+/g, ' ').trim());
});
