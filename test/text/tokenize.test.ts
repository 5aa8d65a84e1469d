import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { tokenize, gapsBetween } from '../../src/text/tokenize.js';
import { normalize } from '../../src/text/normalize.js';

const arabicChar = fc.oneof(
  fc.integer({ min: 0x0600, max: 0x06ff }),
  fc.integer({ min: 0xfe70, max: 0xfeff }),
  fc.constantFrom(0x20, 0x0a, 0x09, 0xa0, 0x200c, 0x200f, 0x23, 0x40, 0x2e, 0x2c, 0x3a, 0x22, 0xab, 0xbb, 0x5f, 0x2f, 0x31, 0x39, 0x61, 0x68),
).map((c) => String.fromCharCode(c));
const arabicText = fc.array(arabicChar, { maxLength: 80 }).map((a) => a.join(''));
const pieces = fc
  .array(fc.constantFrom('http://example.com/a', 'www.x.org', ' ', 'a@b.co', '#وسم_عربي', '@user', '3.5', '١٬٠٠٠', '13:26', 'وَالكِتابُ', '😀', '\u0301', '\uD800', '...', '؟', 'Mr.', '\n'), { maxLength: 20 })
  .map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), arabicText, pieces);

function assertLossless(text: string): void {
  const tokens = tokenize(text);
  let last = 0;
  let rebuilt = '';
  for (const t of tokens) {
    assert.ok(t.start >= last && t.end > t.start, `token [${t.start},${t.end}) after ${last}`);
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(t.norm, normalize(t.text));
    const gap = text.slice(last, t.start);
    assert.ok(/^[\s\p{Cf}]*$/u.test(gap), `gap ${JSON.stringify(gap)} holds only whitespace and format characters`);
    rebuilt += gap + t.text;
    last = t.end;
  }
  rebuilt += text.slice(last);
  assert.equal(rebuilt, text);
  assert.equal(gapsBetween(text, tokens).length, tokens.length + 1);
}

test('tokens and the gaps between them rebuild any input exactly', () => {
  fc.assert(fc.property(anyText, assertLossless), { numRuns: 1500 });
});

const kinds = (text: string): string[] => tokenize(text).map((t) => `${t.kind}:${t.text}`);

test('Arabic words, punctuation and numbers are separate tokens', () => {
  assert.deepEqual(kinds('قال الوزير، إن النمو بلغ 3.5% في 2017؟'), [
    'arabic:قال', 'arabic:الوزير', 'punct:،', 'arabic:إن', 'arabic:النمو', 'arabic:بلغ', 'number:3.5', 'punct:%',
    'arabic:في', 'number:2017', 'punct:؟',
  ]);
});

test('numbers keep their decimal and thousands separators and clock times', () => {
  assert.deepEqual(kinds('7.7 مليون و1,000 و٣٫٥ في 13:26'), [
    'number:7.7', 'arabic:مليون', 'arabic:و', 'number:1,000', 'arabic:و', 'number:٣٫٥', 'arabic:في', 'number:13:26',
  ]);
  assert.deepEqual(kinds('عام 2017.'), ['arabic:عام', 'number:2017', 'punct:.']);
});

test('diacritics and tatweel stay inside the word, and norm drops them', () => {
  const [t] = tokenize('الكِتـــابُ');
  assert.equal(t.text, 'الكِتـــابُ');
  assert.equal(t.norm, 'الكتاب');
});

test('urls, e-mails, hashtags and mentions are one token each', () => {
  assert.deepEqual(kinds('زوروا https://www.aljazeera.net/news/2017. أو اكتبوا إلى info@example.com #عاصي_الحلاني @AJArabic'), [
    'arabic:زوروا', 'url:https://www.aljazeera.net/news/2017', 'punct:.', 'arabic:أو', 'arabic:اكتبوا', 'arabic:إلى',
    'email:info@example.com', 'hashtag:#عاصي_الحلاني', 'mention:@AJArabic',
  ]);
});

test('a site name with an Arabic ending (العربية.نت) is one url token, so its stop ends no sentence; a stop before another word still splits', () => {
  assert.deepEqual(kinds('قال لـ"العربية.نت" إن موقع مصراوي.كوم. نتائج'), [
    'arabic:قال', 'arabic:لـ', 'punct:"', 'url:العربية.نت', 'punct:"', 'arabic:إن', 'arabic:موقع', 'url:مصراوي.كوم', 'punct:.', 'arabic:نتائج',
  ]);
  assert.deepEqual(kinds('انتهى الاجتماع.نتائجه مهمة'), ['arabic:انتهى', 'arabic:الاجتماع', 'punct:.', 'arabic:نتائجه', 'arabic:مهمة']);
});

test('quotes and Arabic punctuation are punct tokens; runs of stops are one token', () => {
  assert.deepEqual(kinds('«نعم»؛ "لا"...'), ['punct:«', 'arabic:نعم', 'punct:»', 'punct:؛', 'punct:"', 'arabic:لا', 'punct:"', 'punct:...']);
});

test('Latin words and mixed scripts', () => {
  assert.deepEqual(kinds('قالت Mia Bloom إن COVID-19 خطر'), ['arabic:قالت', 'latin:Mia', 'latin:Bloom', 'arabic:إن', 'latin:COVID', 'punct:-', 'number:19', 'arabic:خطر']);
});

test('an emoji (surrogate pair) is never split', () => {
  const tokens = tokenize('رائع😀!');
  assert.deepEqual(tokens.map((t) => t.text), ['رائع', '😀', '!']);
  assert.equal(tokens[1].kind, 'symbol');
});

test('the sample article tokenizes losslessly (when ../shared is present)', (t) => {
  const path = join(PACKAGE_ROOT, '..', 'shared', 'samples', 'article-ar-2017-08-15.txt');
  if (!existsSync(path)) {
    t.skip('sample article not found');
    return;
  }
  const text = readFileSync(path, 'utf8');
  assertLossless(text);
  assert.ok(tokenize(text).length > 100);
});
