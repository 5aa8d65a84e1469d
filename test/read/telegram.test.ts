import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { readInputs, type RawInput } from '../../src/read/inputs.js';
import { readTelegramExport, type TelegramSkipped } from '../../src/read/telegram.js';
import type { RecordInput } from '../../src/read/record.js';
import { parseRawInput } from '../../src/parse/index.js';
import { InputError } from '../../src/errors.js';
import { collect, describe } from '../helpers/read.js';

type RecordRaw = Extract<RawInput, { kind: 'record' }>;
const DIR = join(PACKAGE_ROOT, 'test', 'fixtures', 'telegram');
const EXPORT = join(DIR, 'result.json');
const LIMIT = { maxBytes: 1 << 20 };
const CHANNEL = { name: 'قناة الراصد', id: '1234567890', type: 'public_channel' };

test('a Telegram export: one record per text message; service, other types and media-only messages skipped; malformed messages are errors', async () => {
  const items = await collect(readInputs([EXPORT], LIMIT));
  assert.deepEqual(describe(items, DIR), [
    'record telegram /result.json#message 2',
    'record telegram /result.json#message 3',
    'E_RECORD /result.json#message 6',
    'E_RECORD /result.json#message 7',
    'record telegram /result.json#message 8',
  ]);
  const [first, second, badText, noDate, last] = items as [RecordRaw, RecordRaw, InputError, InputError, RecordRaw];
  assert.deepEqual(first.record, {
    id: '2',
    title: null,
    text: 'عاجل: انفجار في وسط المدينة\nوقالت الشرطة إن فرق الإسعاف وصلت إلى المكان.',
    published: '2023-10-07T06:30:00',
    url: null,
    site: 'قناة الراصد',
    author: null,
    channel: CHANNEL,
    post: { id: 2, views: 1520, forwardedFrom: null, replyTo: null },
  });
  assert.equal(first.index, 1);
  // Text as an array: plain strings and entity objects, concatenated as shown.
  assert.equal(second.record.text, 'تحديث: ارتفع عدد المصابين إلى ١٢ شخصا، حسب بيان وزارة الصحة. #عاجل');
  assert.deepEqual(second.record.post, { id: 3, views: null, forwardedFrom: 'وكالة الأنباء', replyTo: 2 });
  assert.equal(badText.message, `${EXPORT}#message 6: has a "text" that is an object, not a string or an array`);
  assert.equal(noDate.message, `${EXPORT}#message 7: has no "date" string`);
  assert.equal(last.record.author, 'مراسل الجنوب');
  assert.equal(last.index, 7);
});

test('a Telegram post keeps its first line as body text: no title is invented', async () => {
  const items = await collect(readInputs([EXPORT], LIMIT));
  const first = items[0] as RecordRaw;
  const { article, source } = parseRawInput(first);
  assert.equal(article.title, null);
  assert.equal(article.lead, 'عاجل: انفجار في وسط المدينة');
  assert.equal(article.published, '2023-10-07T06:30:00');
  assert.deepEqual(source, {
    path: EXPORT,
    url: null,
    site: 'قناة الراصد',
    format: 'telegram',
    index: 1,
    channel: CHANNEL,
    post: { id: 2, views: 1520, forwardedFrom: null, replyTo: null },
  });
  // The same text as a JSON Lines record would lose its first line to a guessed headline.
  const asJsonl: RawInput = { kind: 'record', input: 'x:1', format: 'jsonl', path: null, line: 1, record: { ...first.record, channel: undefined, post: undefined } };
  assert.equal(parseRawInput(asJsonl).article.title, 'عاجل: انفجار في وسط المدينة');
});

test('skipped messages are counted by kind', () => {
  const value = JSON.parse(readFileSync(EXPORT, 'utf8')) as Record<string, unknown>;
  const skipped: TelegramSkipped = { service: 0, otherType: 0, noText: 0 };
  const items = [...readTelegramExport(value, 'result.json', { maxBytes: 1 << 20, skipped })];
  assert.equal(items.filter((i) => !(i instanceof InputError)).length, 3);
  assert.deepEqual(skipped, { service: 1, otherType: 1, noText: 1 });
});

test('malformed messages: not an object, no type, no id, bad text parts; the others go on', () => {
  const value = {
    name: 'قناة',
    id: 99,
    messages: [
      'نص',
      { id: 10, date: '2024-01-01T00:00:00', text: 'بلا نوع' },
      { type: 'message', date: '2024-01-01T00:00:00', text: 'بلا رقم' },
      { id: 12, type: 'message', date: '2024-01-01T00:00:00', text: ['أ', { type: 'bold' }] },
      { id: 13, type: 'message', date: '2024-01-01T00:00:00', text: ['أ', 5] },
      { id: '14', type: 'message', date: '2024-01-01T00:00:00', text: 'رقم نصي' },
      { id: 15, type: 'message', date: '', text: 'تاريخ فارغ' },
      { id: 16, type: 'message', date: '2024-01-01T00:00:00', text: null },
    ],
  };
  const items = [...readTelegramExport(value, 'r.json', { maxBytes: 1 << 20 })];
  assert.deepEqual(
    items.map((i) => (i instanceof InputError ? `${i.code} ${i.message}` : `ok ${(i as RecordInput).input}`)),
    [
      'E_RECORD r.json#messages[0]: is not a JSON object',
      'E_RECORD r.json#message 10: has no "type" string',
      'E_RECORD r.json#messages[2]: has no numeric "id"',
      'E_RECORD r.json#message 12: has a "text" part (1) that is neither a string nor a {type, text} entity',
      'E_RECORD r.json#message 13: has a "text" part (1) that is neither a string nor a {type, text} entity',
      'ok r.json#message 14',
      'E_RECORD r.json#message 15: has no "date" string',
      'E_RECORD r.json#message 16: has a "text" that is null, not a string or an array',
    ],
  );
  const ok = items[5] as RecordInput;
  assert.equal(ok.record.post?.id, 14);
  assert.deepEqual(ok.record.channel, { name: 'قناة', id: '99', type: null });
});

test('a Telegram export is read under the file cap and each message under the document cap', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'rasid-telegram-'));
  try {
    const path = join(dir, 'result.json');
    const messages = [
      { id: 1, type: 'message', date: '2024-01-01T00:00:00', text: 'ب'.repeat(700) },
      { id: 2, type: 'message', date: '2024-01-01T00:01:00', text: 'خبر قصير' },
    ];
    await writeFile(path, JSON.stringify({ name: 'قناة', type: 'public_channel', id: 5, messages }, null, 1));
    const items = await collect(readInputs([path], { maxBytes: 1000 }));
    assert.deepEqual(describe(items, dir), ['E_TOO_LARGE /result.json#message 1', 'record telegram /result.json#message 2']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the same export gives the same records in the same order', async () => {
  const first = await collect(readInputs([EXPORT], LIMIT));
  const second = await collect(readInputs([EXPORT], LIMIT));
  assert.deepEqual(second, first);
});

test('what an export held besides documents and errors is told once per file: unknown types by name, service and media-only messages', async () => {
  const notices: string[] = [];
  await collect(readInputs([EXPORT], { ...LIMIT, onNotice: (input, message) => notices.push(`${input.replace(DIR, '')}: ${message}`) }));
  assert.equal(notices.length, 1);
  assert.equal(notices[0], '/result.json: messages passed over: 1 of types rasid does not read (poll_results_v2 1); 1 service message; 1 without text (media alone)');
});
