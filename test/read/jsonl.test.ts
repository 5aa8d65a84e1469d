import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRecordLine, readJsonlFile, readJsonlStream, splitLines, type RecordInput } from '../../src/read/jsonl.js';
import { InputError } from '../../src/errors.js';

const RECORD_A = {
  docno: 'X-1',
  source: 'Sahil',
  category: 'local',
  url: 'https://sahil.example/a',
  title: 'افتتاح محطة تحلية',
  time: 'Tue, 12 Mar 2024 09:30:00 +0300',
  author: 'سلمى الحداد',
  abstract: 'ملخص',
  text: 'افتتحت البلدية محطة جديدة.\nوقال رئيس البلدية إنها تكفي الأحياء الشرقية.',
};
const RECORD_B = { id: 7, text: 'خبر ثان بلا عنوان.', published: '2024-03-13' };

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

test('a record maps the corpus fields and keeps the text untouched', () => {
  const record = parseRecordLine(JSON.stringify(RECORD_A), 'f.jsonl:1');
  assert.deepEqual(record, {
    id: 'X-1',
    title: 'افتتاح محطة تحلية',
    text: RECORD_A.text,
    published: 'Tue, 12 Mar 2024 09:30:00 +0300',
    url: 'https://sahil.example/a',
    site: 'Sahil',
    author: 'سلمى الحداد',
  });
  const b = parseRecordLine(JSON.stringify(RECORD_B), 'f.jsonl:2');
  assert.equal(b.id, '7');
  assert.equal(b.published, '2024-03-13');
  assert.equal(b.title, null);
});

test('bad records are refused with the reason', () => {
  const cases: [string, string, RegExp][] = [
    ['{"text": "x",', 'E_JSON', /^f:3: is not valid JSON \(/],
    ['[1,2]', 'E_RECORD', /is not a JSON object/],
    ['{"title": "t"}', 'E_RECORD', /has no "text" string field/],
    ['{"text": 5}', 'E_RECORD', /has no "text" string field/],
    ['{"text": "  \\n "}', 'E_EMPTY', /has an empty "text" field/],
  ];
  for (const [line, code, message] of cases) {
    assert.throws(() => parseRecordLine(line, 'f:3'), (err: unknown) => err instanceof InputError && err.code === code && message.test(err.message));
  }
});

test('a JSON Lines file with a bad middle line yields good, error, good; blank lines are skipped', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'rasid-jsonl-'));
  try {
    const path = join(dir, 'corpus.jsonl');
    await writeFile(path, [JSON.stringify(RECORD_A), '', '{"text": oops}', '   ', JSON.stringify(RECORD_B)].join('\r\n'));
    const items = await collect(readJsonlFile(path, { maxBytes: 1 << 20 }));
    assert.equal(items.length, 3);
    const [first, bad, last] = items;
    assert.ok(!(first instanceof InputError));
    assert.equal((first as RecordInput).input, `${path}:1`);
    assert.equal((first as RecordInput).record.text, RECORD_A.text);
    assert.ok(bad instanceof InputError);
    assert.equal(bad.code, 'E_JSON');
    assert.equal(bad.input, `${path}:3`);
    assert.ok(!(last instanceof InputError));
    assert.equal((last as RecordInput).line, 5);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a missing JSON Lines file yields one not-found error', async () => {
  const items = await collect(readJsonlFile('/nonexistent/rasid/corpus.jsonl', { maxBytes: 100 }));
  assert.equal(items.length, 1);
  assert.equal((items[0] as InputError).code, 'E_NOT_FOUND');
});

test('a line over the cap is refused while streaming and the next line is still read', async () => {
  const long = JSON.stringify({ text: 'ا'.repeat(5000) });
  // Chunks split the long line several times, as a file stream would.
  const bytes = Buffer.from(`${long}\n${JSON.stringify(RECORD_B)}\n`);
  const chunks = [bytes.subarray(0, 1000), bytes.subarray(1000, 7000), bytes.subarray(7000)];
  const items = await collect(readJsonlStream(Readable.from(chunks), '<stdin>', { maxBytes: 2000 }));
  assert.equal(items.length, 2);
  assert.ok(items[0] instanceof InputError);
  assert.equal(items[0].code, 'E_TOO_LARGE');
  assert.equal(items[0].input, '<stdin>:1');
  assert.equal((items[1] as RecordInput).record.text, RECORD_B.text);
});

test('splitLines keeps multi-byte characters split across chunks and a last line without newline', async () => {
  const bytes = Buffer.from('سطر أول\nسطر ثان');
  const chunks = Array.from(bytes, (b) => Buffer.from([b])); // one byte per chunk
  const lines = await collect(splitLines(chunks, 100));
  assert.deepEqual(
    lines.map((l) => Buffer.from(l.bytes!).toString('utf8')),
    ['سطر أول', 'سطر ثان'],
  );
  assert.deepEqual(lines.map((l) => l.line), [1, 2]);
});
