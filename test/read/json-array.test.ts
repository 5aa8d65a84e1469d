import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readInputs, type RawInput } from '../../src/read/inputs.js';
import { parseJsonText } from '../../src/read/json.js';
import { parseRawInput } from '../../src/parse/index.js';
import { InputError } from '../../src/errors.js';
import { sharedDataDir } from '../../scripts/lib/shared-data.js';
import { collect, describe, withTempDir } from '../helpers/read.js';

type RecordRaw = Extract<RawInput, { kind: 'record' }>;
const LIMIT = { maxBytes: 1 << 20 };

const ARTICLES = [
  {
    source: 'okaz',
    url: 'https://okaz.example/news/1',
    date_extracted: '2015-08-07 06:31:17',
    title: 'افتتاح محطة تحلية جديدة',
    author: '',
    content: ' افتتحت البلدية محطة جديدة لتحلية المياه.\n وقال رئيس البلدية إنها تكفي الأحياء الشرقية.',
  },
  { source: 'alyaum', url: 'https://alyaum.example/2', published: '2015-08-07T10:00:00+03:00', title: '', author: 'سلمى الحداد', text: 'خبر ثان في سطر واحد.' },
];

test('a JSON array file: one record per element, text from content or text, published from date_extracted or published', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'day.json');
    await writeFile(path, JSON.stringify(ARTICLES, null, 4));
    const items = await collect(readInputs([path], LIMIT));
    assert.deepEqual(describe(items, dir), ['record json /day.json:[0]', 'record json /day.json:[1]']);
    const [first, second] = items as RecordRaw[];
    assert.equal(first.index, 0);
    assert.equal(first.line, undefined);
    assert.equal(first.path, path);
    assert.deepEqual(first.record, {
      id: null,
      title: 'افتتاح محطة تحلية جديدة',
      text: ARTICLES[0].content,
      published: '2015-08-07 06:31:17',
      url: 'https://okaz.example/news/1',
      site: 'okaz',
      author: null,
    });
    assert.equal(second.record.text, 'خبر ثان في سطر واحد.');
    assert.equal(second.record.published, '2015-08-07T10:00:00+03:00');
    assert.equal(second.record.title, null);
    assert.equal(second.record.author, 'سلمى الحداد');

    const { article, source } = parseRawInput(first);
    assert.deepEqual(source, { path, url: 'https://okaz.example/news/1', site: 'okaz', format: 'json', index: 0 });
    assert.equal(article.title, 'افتتاح محطة تحلية جديدة');
    assert.equal(article.published, '2015-08-07T06:31:17');
    assert.equal(parseRawInput(second).source.index, 1);
  });
});

test('bad elements of a JSON array each yield one InputError naming path:[index]; the others go on', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'mixed.json');
    const elements = [ARTICLES[0], 5, { title: 'بلا نص' }, { content: '  \n ' }, null, ['text'], { text: 7 }, ARTICLES[1]];
    await writeFile(path, JSON.stringify(elements));
    const items = await collect(readInputs([path], LIMIT));
    assert.deepEqual(describe(items, dir), [
      'record json /mixed.json:[0]',
      'E_RECORD /mixed.json:[1]',
      'E_RECORD /mixed.json:[2]',
      'E_EMPTY /mixed.json:[3]',
      'E_RECORD /mixed.json:[4]',
      'E_RECORD /mixed.json:[5]',
      'E_RECORD /mixed.json:[6]',
      'record json /mixed.json:[7]',
    ]);
    assert.equal((items[1] as InputError).message, `${path}:[1]: is not a JSON object`);
    assert.equal((items[2] as InputError).message, `${path}:[2]: has no "text" string field`);
    assert.match((items[2] as InputError).hint ?? '', /"content"/);
    assert.equal((items[3] as InputError).message, `${path}:[3]: has an empty "content" field`);
    assert.equal((items[7] as RecordRaw).index, 7);
  });
});

test('a corrupt JSON file is one InputError with the line and column of the fault, never a stack trace', async () => {
  await withTempDir(async (dir) => {
    const truncated = join(dir, 'truncated.json');
    const text = JSON.stringify(ARTICLES, null, 2);
    await writeFile(truncated, text.slice(0, text.length - 40));
    const missingComma = join(dir, 'comma.json');
    await writeFile(missingComma, '[\n  {"text": "خبر"}\n  {"text": "آخر"}\n]\n');
    const scalar = join(dir, 'scalar.json');
    await writeFile(scalar, '"just a string"\n');
    const junk = join(dir, 'junk.json');
    await writeFile(junk, 'this is not json at all\n');
    const items = await collect(readInputs([truncated, missingComma, scalar, junk], LIMIT));
    assert.deepEqual(describe(items, dir), ['E_JSON /truncated.json', 'E_JSON /comma.json', 'E_FORMAT /scalar.json', 'E_JSON /junk.json']);
    for (const item of items) {
      assert.ok(item instanceof InputError);
      assert.ok(!item.message.includes('\n'), 'one line');
      assert.ok(!/ at .*\.js:\d+/.test(item.message), 'no stack');
    }
    assert.match((items[0] as InputError).message, /^.*truncated\.json: is not valid JSON \(/);
    assert.match((items[1] as InputError).message, /\(line 3, column 3\)\)$/);
    assert.equal((items[2] as InputError).message, `${scalar}: holds a JSON string, not articles`);
  });
});

test('other JSON shapes in a .json file: one pretty-printed article object, JSON Lines', async () => {
  await withTempDir(async (dir) => {
    const single = join(dir, 'single.json');
    await writeFile(single, JSON.stringify(ARTICLES[0], null, 2));
    const lines = join(dir, 'lines.json');
    await writeFile(lines, ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const empty = join(dir, 'empty.json');
    await writeFile(empty, '[]');
    const items = await collect(readInputs([single, lines, empty], LIMIT));
    assert.deepEqual(describe(items, dir), ['record json /single.json', 'record jsonl /lines.json:1', 'record jsonl /lines.json:2']);
    assert.equal((items[0] as RecordRaw).record.site, 'okaz');
    assert.equal((items[0] as RecordRaw).index, undefined);
    assert.equal((items[2] as RecordRaw).line, 2);
  });
});

test('parseJsonText tells arrays, Telegram exports, objects and JSON Lines apart', () => {
  assert.equal(parseJsonText('[{"text": "x"}]', 'a').kind, 'array');
  assert.equal(parseJsonText('{\n "name": "c",\n "messages": []\n}', 'a').kind, 'telegram');
  assert.equal(parseJsonText('{"name": "c", "messages": []}', 'a').kind, 'telegram');
  assert.equal(parseJsonText('{\n "text": "x"\n}', 'a').kind, 'object');
  assert.equal(parseJsonText('{"text": "x"}\n{"text": "y"}\n', 'a').kind, 'jsonl');
  assert.throws(() => parseJsonText('[1, 2', 'a.json'), (err: unknown) => err instanceof InputError && err.code === 'E_JSON');
  assert.throws(() => parseJsonText('42', 'a.json'), (err: unknown) => err instanceof InputError && err.code === 'E_FORMAT');
});

test('the per-document cap applies to each element, the file cap to the whole file', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'big.json');
    await writeFile(path, JSON.stringify([{ text: 'ا'.repeat(600) }, { text: 'خبر قصير' }]));
    // The file (about 1.2 KB) is over maxBytes, but a JSON file is capped by maxFileBytes.
    const items = await collect(readInputs([path], { maxBytes: 1000 }));
    assert.deepEqual(describe(items, dir), ['E_TOO_LARGE /big.json:[0]', 'record json /big.json:[1]']);

    const capped = await collect(readInputs([path], { maxBytes: 1000, maxFileBytes: 500 }));
    assert.deepEqual(describe(capped, dir), ['E_TOO_LARGE /big.json']);
    assert.match((capped[0] as InputError).hint ?? '', /^raise the size limit to /);
    const named = await collect(readInputs([path], { maxBytes: 1000, maxFileBytes: 500, maxFileBytesFlag: '--max-file-size' }));
    assert.match((named[0] as InputError).hint ?? '', /^raise it with --max-file-size /);

    // By default the file cap is 1 GB: a sparse 2 GB file is refused from its size alone.
    const huge = join(dir, 'huge.json');
    await writeFile(huge, '');
    await truncate(huge, 2 * 1024 ** 3);
    const refused = await collect(readInputs([huge], LIMIT));
    assert.deepEqual(describe(refused, dir), ['E_TOO_LARGE /huge.json']);
    assert.match((refused[0] as InputError).message, /over the 1 GB limit/);
  });
});

test('the same JSON file gives the same records in the same order', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'day.json');
    await writeFile(path, JSON.stringify([...ARTICLES, ...ARTICLES]));
    const first = await collect(readInputs([path], LIMIT));
    const second = await collect(readInputs([path], LIMIT));
    assert.deepEqual(second, first);
    assert.equal(first.length, 4);
  });
});

const SAUDI = join(sharedDataDir(), 'saudinewsnet', '2015-08-07.json');

test('SaudiNewsNet 2015-08-07: 1,473 articles, 19 of them with empty content', { skip: !existsSync(SAUDI) && 'shared data (../shared/data/saudinewsnet) is absent' }, async () => {
  const items = await collect(readInputs([SAUDI], { maxBytes: 10 * 1024 * 1024 }));
  assert.equal(items.length, 1473);
  const errors = items.filter((i): i is InputError => i instanceof InputError);
  assert.equal(errors.length, 19);
  assert.ok(errors.every((e) => e.code === 'E_EMPTY' && /:\[\d+\]$/.test(e.input)));
  const records = items.filter((i): i is RecordRaw => !(i instanceof InputError));
  assert.equal(records.length, 1454);
  assert.ok(records.every((r) => r.format === 'json' && r.record.text.trim() !== '' && r.record.site !== null));
  const first = records[0];
  assert.equal(first.index, 0);
  assert.equal(first.record.site, '3alyoum');
  assert.equal(first.record.published, '2015-08-07 06:31:17');
  assert.match(first.record.url ?? '', /^http:\/\/www\.3alyoum\.com\//);
  const { article, source } = parseRawInput(first);
  assert.equal(article.published, '2015-08-07T06:31:17');
  assert.equal(article.title, first.record.title);
  assert.equal(source.format, 'json');
  // Every element index appears once, in order, whether it became a record or an error.
  const indexes = items.map((i) => (i instanceof InputError ? Number(/\[(\d+)\]$/.exec(i.input)![1]) : (i as RecordRaw).index));
  assert.deepEqual(indexes, Array.from({ length: 1473 }, (_, k) => k));
});
