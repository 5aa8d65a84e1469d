import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { decodeBytes, sniffDeclaredCharset } from '../../src/read/decode.js';
import { InputError } from '../../src/errors.js';
import fc from 'fast-check';
import { encodeIso88596, encodeWindows1256 } from '../../scripts/lib/encode.js';

const ARTICLE = readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'encodings', 'article-ar.txt'), 'utf8');

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  return le.swap16();
}

/** Assert `fn` throws an InputError with this code; returns it for more checks. */
function assertInputError(fn: () => unknown, code: string): InputError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof InputError, `expected InputError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    return err;
  }
  assert.fail(`expected InputError ${code}, nothing was thrown`);
}

const encodings: [string, Buffer, string][] = [
  ['UTF-8', Buffer.from(ARTICLE, 'utf8'), 'utf-8'],
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, 'utf8')]), 'utf-8'],
  ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]), 'utf-16le'],
  ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ARTICLE)]), 'utf-16be'],
  ['Windows-1256', encodeWindows1256(ARTICLE), 'windows-1256'],
  ['ISO-8859-6', encodeIso88596(ARTICLE), 'iso-8859-6'],
];

for (const [name, bytes, encoding] of encodings) {
  test(`${name} decodes to the same Arabic text with no warnings`, () => {
    const result = decodeBytes(bytes, 'article.txt');
    assert.equal(result.encoding, encoding);
    assert.equal(result.text, ARTICLE);
    assert.deepEqual(result.warnings, []);
  });
}

test('line endings are left exactly as they are', () => {
  const text = 'سطر أول\r\nسطر ثان\rسطر ثالث\n';
  assert.equal(decodeBytes(Buffer.from(text), 'crlf.txt').text, text);
  assert.equal(decodeBytes(encodeWindows1256(text), 'crlf.txt').text, text);
});

test('a short Windows-1256 text with the letters ISO-8859-6 lacks is still Windows-1256', () => {
  const text = 'في يوم الخميس';
  assert.equal(decodeBytes(encodeWindows1256(text), 'short.txt').encoding, 'windows-1256');
});

test('an HTML charset declaration is honoured and overruled only by valid UTF-8', () => {
  const page = `<html><head><meta charset="windows-1256"></head><body><p>${ARTICLE}</p></body></html>`;
  const decoded = decodeBytes(encodeWindows1256(page), 'page.html');
  assert.equal(decoded.encoding, 'windows-1256');
  assert.equal(decoded.text, page);

  const httpEquiv = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6"></head><body>${ARTICLE}</body></html>`;
  assert.equal(decodeBytes(encodeIso88596(httpEquiv), 'page.html').encoding, 'iso-8859-6');

  // A page converted to UTF-8 that still declares windows-1256: the bytes win, with a warning.
  const converted = decodeBytes(Buffer.from(page, 'utf8'), 'page.html');
  assert.equal(converted.encoding, 'utf-8');
  assert.equal(converted.text, page);
  assert.match(converted.warnings.join('\n'), /declares windows-1256 but is valid UTF-8/);
});

test('declaredCharset from the caller is used for bytes that are not UTF-8', () => {
  const bytes = encodeWindows1256(ARTICLE);
  assert.equal(decodeBytes(bytes, 'a.txt', { declaredCharset: 'cp1256' }).encoding, 'windows-1256');
});

test('sniffDeclaredCharset reads meta, http-equiv and XML declarations, but only in markup', () => {
  assert.equal(sniffDeclaredCharset(Buffer.from('<!doctype html><meta charset=windows-1256>')), 'windows-1256');
  assert.equal(sniffDeclaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-6"?><html/>')), 'ISO-8859-6');
  assert.equal(sniffDeclaredCharset(Buffer.from('plain text <meta charset="utf-8">')), null);
});

test('truncated UTF-8 at the end: the valid part is decoded, with a warning', () => {
  const bytes = Buffer.from(ARTICLE.trimEnd() + 'ب', 'utf8');
  const cut = bytes.subarray(0, bytes.length - 1); // half of the last two-byte letter
  const result = decodeBytes(cut, 'cut.txt');
  assert.equal(result.encoding, 'utf-8');
  assert.equal(result.text, ARTICLE.trimEnd());
  assert.deepEqual(result.warnings, ['ends with a truncated UTF-8 sequence; the last 1 byte was dropped']);

  const emoji = Buffer.from('نص ينتهي برمز 😀', 'utf8');
  const cut3 = decodeBytes(emoji.subarray(0, emoji.length - 1), 'cut.txt');
  assert.match(cut3.warnings[0], /the last 3 bytes were dropped/);
});

test('damaged UTF-8 in the middle is decoded with replacement characters and a counted warning', () => {
  const good = Buffer.from(ARTICLE, 'utf8');
  const at = good.indexOf(0x20, 100); // between two words, not inside a letter
  const damaged = Buffer.concat([good.subarray(0, at), Buffer.from([0xff, 0xfe]), good.subarray(at)]);
  const result = decodeBytes(damaged, 'damaged.txt');
  assert.equal(result.encoding, 'utf-8');
  assert.equal(result.text.split('\uFFFD').length - 1, 2);
  assert.deepEqual(result.warnings, ['has 2 invalid UTF-8 sequences, shown as U+FFFD']);
});

test('binary input is refused: magic numbers, NUL bytes, control characters', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const err = assertInputError(() => decodeBytes(png, 'photo.txt'), 'E_BINARY');
  assert.equal(err.message, 'photo.txt: looks like binary data (a PNG image), not text');
  assertInputError(() => decodeBytes(Buffer.from('%PDF-1.7\n%\xe2\xe3\n', 'latin1'), 'a.pdf'), 'E_BINARY');
  assertInputError(() => decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0]), 'a.zip'), 'E_BINARY');
  assertInputError(() => decodeBytes(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), 'a.out'), 'E_BINARY');
  assertInputError(() => decodeBytes(Buffer.from([0x1f, 0x8b, 8, 0]), 'a.gz'), 'E_BINARY');

  // Deterministic pseudo-random bytes (a small LCG), with NULs among them.
  const random = Buffer.alloc(4096);
  let seed = 12345;
  for (let i = 0; i < random.length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    random[i] = seed >> 16 & 0xff;
  }
  random[17] = 0;
  assert.match(assertInputError(() => decodeBytes(random, 'blob.txt'), 'E_BINARY').message, /NUL byte/);

  const noNul = Buffer.from(random.map((b) => (b === 0 ? 1 : b)));
  assertInputError(() => decodeBytes(noNul, 'blob.txt'), 'E_BINARY');
});

test('empty and whitespace-only input is refused as empty', () => {
  assert.equal(assertInputError(() => decodeBytes(new Uint8Array(0), 'e.txt'), 'E_EMPTY').message, 'e.txt: is empty');
  assertInputError(() => decodeBytes(Buffer.from(' \n\t\r\n '), 'e.txt'), 'E_EMPTY');
  assertInputError(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x0a]), 'e.txt'), 'E_EMPTY');
  assertInputError(() => decodeBytes(Buffer.from([0xff, 0xfe]), 'e.txt'), 'E_EMPTY');
});

test('a tab-separated or form-feed text is not mistaken for binary', () => {
  const text = 'عمود\tعمود\n\fصفحة ثانية\n';
  assert.equal(decodeBytes(Buffer.from(text), 't.txt').text, text);
});

test('a page that declares UTF-8 but is Windows-1256 is decoded as Windows-1256, with a warning', () => {
  const page = `<html><head><meta charset="utf-8"></head><body>${ARTICLE}</body></html>`;
  const result = decodeBytes(encodeWindows1256(page), 'page.html');
  assert.equal(result.encoding, 'windows-1256');
  assert.equal(result.text, page);
  assert.deepEqual(result.warnings, ['declares utf-8 but reads as windows-1256; decoded as windows-1256']);
});

test('UTF-8 Arabic with a stray Latin-1 byte stays UTF-8', () => {
  const bytes = Buffer.concat([Buffer.from(ARTICLE, 'utf8'), Buffer.from('caf\xe9\n', 'latin1')]);
  const result = decodeBytes(bytes, 'mixed.txt');
  assert.equal(result.encoding, 'utf-8');
  assert.ok(result.text.startsWith(ARTICLE));
  assert.deepEqual(result.warnings, ['has 1 invalid UTF-8 sequence, shown as U+FFFD']);
});

test('property: any Arabic text survives UTF-8, UTF-16 and Windows-1256 unchanged', () => {
  const letters = [...'ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىيًٌٍَُِّْ،؛؟ \n\r\t.,:!"0123456789'];
  const arabicText = fc
    .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 300 })
    .map((chars) => 'خبر ' + chars.join(''));
  fc.assert(
    fc.property(arabicText, (text) => {
      assert.equal(decodeBytes(Buffer.from(text, 'utf8'), 'p.txt').text, text);
      assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'p.txt').text, text);
      const single = decodeBytes(encodeWindows1256(text), 'p.txt');
      assert.equal(single.text, text);
    }),
    { numRuns: 300 },
  );
});
