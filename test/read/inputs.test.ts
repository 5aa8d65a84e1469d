import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readInputs, sniffFormat, type RawInput } from '../../src/read/inputs.js';
import { InputError } from '../../src/errors.js';
import { collect, describe, withTempDir } from '../helpers/read.js';

const TEXT = 'أعلنت البلدية افتتاح محطة جديدة لتحلية المياه.\n';
const HTML = '<!DOCTYPE html><html><body><article><p>خبر</p></article></body></html>';
const LIMIT = { maxBytes: 1 << 20 };

test('a directory is walked recursively in sorted order, hidden entries and unknown extensions skipped', async () => {
  await withTempDir(async (dir) => {
    await mkdir(join(dir, 'b-sub', 'deeper'), { recursive: true });
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, 'c.txt'), TEXT);
    await writeFile(join(dir, 'a.HTML'), HTML);
    await writeFile(join(dir, 'b-sub', 'deeper', 'z.htm'), HTML);
    await writeFile(join(dir, 'b-sub', 'y.text'), TEXT);
    await writeFile(join(dir, 'd.jsonl'), '{"text":"خبر أول"}\n{"text":"خبر ثان"}\n');
    await writeFile(join(dir, '.hidden.txt'), TEXT);
    await writeFile(join(dir, '.git', 'HEAD.txt'), TEXT);
    await writeFile(join(dir, 'notes.md'), TEXT);
    await writeFile(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const items = await collect(readInputs([dir], LIMIT));
    assert.deepEqual(describe(items, dir, { format: false }), [
      'html /a.HTML',
      'html /b-sub/deeper/z.htm',
      'text /b-sub/y.text',
      'text /c.txt',
      'record /d.jsonl:1',
      'record /d.jsonl:2',
    ]);
    const first = items[0] as Extract<RawInput, { kind: 'html' }>;
    assert.equal(first.html, HTML);
    assert.equal(first.path, join(dir, 'a.HTML'));
    assert.equal(first.encoding, 'utf-8');
  });
});

test('an unreadable or oversized file inside a directory yields its error and the walk goes on', async (t) => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'a.txt'), TEXT);
    await writeFile(join(dir, 'b-locked.txt'), TEXT);
    await chmod(join(dir, 'b-locked.txt'), 0o000);
    await writeFile(join(dir, 'c-huge.txt'), '');
    await truncate(join(dir, 'c-huge.txt'), 2 << 20);
    await writeFile(join(dir, 'd.txt'), TEXT);
    let items: string[] | null = null;
    if (process.getuid?.() === 0) {
      // Root reads files whatever their mode; walk as 'nobody' in a child process instead.
      await chmod(dir, 0o755);
      items = walkAsNobody(dir, t);
    }
    items ??= describe(await collect(readInputs([dir], LIMIT)), dir, { format: false });
    const locked = items[1] === 'text /b-locked.txt' ? 'text /b-locked.txt' : 'E_UNREADABLE /b-locked.txt';
    if (locked !== 'E_UNREADABLE /b-locked.txt') t.diagnostic('chmod 000 did not stop reads here (CAP_DAC_OVERRIDE?); E_UNREADABLE not asserted');
    assert.deepEqual(items, ['text /a.txt', locked, 'E_TOO_LARGE /c-huge.txt', 'text /d.txt']);
  });
});

/** Run the directory walk as uid/gid 65534 so that mode 000 really denies reads. */
function walkAsNobody(dir: string, t: { diagnostic(message: string): void }): string[] | null {
  const inputsModule = new URL('../../src/read/inputs.js', import.meta.url).href;
  const script = `
    const { readInputs } = await import(${JSON.stringify(inputsModule)});
    const out = [];
    for await (const item of readInputs([${JSON.stringify(dir)}], { maxBytes: ${LIMIT.maxBytes} })) {
      out.push((item.code ?? item.kind) + ' ' + item.input.slice(${dir.length}));
    }
    console.log(JSON.stringify(out));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { uid: 65534, gid: 65534, encoding: 'utf8' });
  if (child.status !== 0) {
    t.diagnostic(`could not run as nobody (${child.stderr.split('\n')[0]}); walking as root`);
    return null;
  }
  return JSON.parse(child.stdout) as string[];
}

test('named files: unknown extensions are sniffed, missing paths are reported, others go on', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'page.php'), `\n  ${HTML}`);
    await writeFile(join(dir, 'story'), TEXT);
    await writeFile(join(dir, 'dump.json'), '{"text":"خبر"}\n');
    await writeFile(join(dir, 'bad.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]));
    const args = ['page.php', 'missing.txt', 'story', 'dump.json', 'bad.txt'].map((f) => join(dir, f));
    const items = await collect(readInputs(args, LIMIT));
    assert.deepEqual(describe(items, dir, { format: false }), [
      'html /page.php',
      'E_NOT_FOUND /missing.txt',
      'text /story',
      'record /dump.json:1',
      'E_BINARY /bad.txt',
    ]);
    assert.equal((items[1] as InputError).message, `${join(dir, 'missing.txt')}: no such file or directory`);
  });
});

test("'-' reads stdin and sniffs JSON Lines, HTML or plain text", async () => {
  const jsonl = await collect(readInputs(['-'], { ...LIMIT, stdin: Readable.from([Buffer.from('\n{"text":"خبر"}\n{"te'), Buffer.from('xt":"آخر"}\nnot json\n')]) }));
  assert.deepEqual(describe(jsonl, '', { format: false }), ['record <stdin>:2', 'record <stdin>:3', 'E_JSON <stdin>:4']);
  assert.equal((jsonl[1] as Extract<RawInput, { kind: 'record' }>).record.text, 'آخر');
  assert.equal((jsonl[1] as Extract<RawInput, { kind: 'record' }>).path, null);

  const html = await collect(readInputs(['-'], { ...LIMIT, stdin: Readable.from([Buffer.from(HTML)]) }));
  assert.deepEqual(describe(html, '', { format: false }), ['html <stdin>']);

  const text = await collect(readInputs(['-'], { ...LIMIT, stdin: Readable.from([Buffer.from(TEXT)]) }));
  assert.deepEqual(describe(text, '', { format: false }), ['text <stdin>']);
  assert.equal((text[0] as Extract<RawInput, { kind: 'text' }>).text, TEXT);
});

test('stdin over the limit, empty stdin and a second - are errors', async () => {
  const big = await collect(readInputs(['-'], { maxBytes: 10, stdin: Readable.from([Buffer.from(TEXT)]) }));
  assert.deepEqual(describe(big, '', { format: false }), ['E_TOO_LARGE <stdin>']);
  const empty = await collect(readInputs(['-'], { ...LIMIT, stdin: Readable.from([]) }));
  assert.deepEqual(describe(empty, '', { format: false }), ['E_EMPTY <stdin>']);
  const twice = await collect(readInputs(['-', '-'], { ...LIMIT, stdin: Readable.from([Buffer.from(TEXT)]) }));
  assert.deepEqual(describe(twice, '', { format: false }), ['text <stdin>', 'E_STDIN_TWICE <stdin>']);
});

test('inputs are produced lazily, one at a time', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'a.txt'), TEXT);
    await writeFile(join(dir, 'b.txt'), TEXT);
    const iterator = readInputs([dir], LIMIT);
    const first = await iterator.next();
    assert.equal((first.value as RawInput).input, join(dir, 'a.txt'));
    // b.txt is only read now: removing it first turns it into an error, not stale data.
    await rm(join(dir, 'b.txt'));
    const second = await iterator.next();
    assert.ok(second.value instanceof InputError);
    assert.equal(second.value.code, 'E_NOT_FOUND');
  });
});

test('sniffFormat: markup, a feed, a JSON object line, a whole JSON file, or text', () => {
  assert.equal(sniffFormat('\uFEFF  <!doctype html><p>x'), 'html');
  assert.equal(sniffFormat('<?xml version="1.0"?><rss version="2.0"><channel/></rss>'), 'feed');
  assert.equal(sniffFormat('{"text": "x"}\n{"text": "y"}'), 'jsonl');
  assert.equal(sniffFormat('{\n  "text": "x"\n}'), 'json');
  assert.equal(sniffFormat('[\n  {"text": "x"}\n]'), 'json');
  assert.equal(sniffFormat('[]'), 'json');
  assert.equal(sniffFormat('[تحديث] خبر عاجل'), 'txt');
  assert.equal(sniffFormat('{ملاحظة} نص'), 'txt');
  assert.equal(sniffFormat(TEXT), 'txt');
});

const RSS_FEED =
  '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>صحيفة</title>' +
  '<item><title>خبر</title><link>https://s.example/1</link><description>&lt;p&gt;نص الخبر.&lt;/p&gt;</description></item>' +
  '</channel></rss>';
const TELEGRAM = JSON.stringify({
  name: 'قناة',
  type: 'public_channel',
  id: 1,
  messages: [{ id: 1, type: 'message', date: '2024-01-01T10:00:00', text: 'منشور' }],
});

test('a mixed directory: every known extension is read, binary junk and broken files are clean errors, unknown extensions skipped', async () => {
  await withTempDir(async (dir) => {
    await mkdir(join(dir, 'feeds'));
    await writeFile(join(dir, 'a.txt'), TEXT);
    await writeFile(join(dir, 'b.json'), JSON.stringify([{ text: 'خبر أول' }, { content: 'خبر ثان' }]));
    await writeFile(join(dir, 'c-junk.json'), Buffer.from([0x1f, 0x8b, 8, 0, 0x13, 0x37, 0, 0, 0xff]));
    await writeFile(join(dir, 'd-bad.json'), '[{"text": "خبر"},');
    await writeFile(join(dir, 'e-telegram.json'), TELEGRAM);
    await writeFile(join(dir, 'feeds', 'f.rss'), RSS_FEED);
    await writeFile(join(dir, 'feeds', 'g-junk.xml'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    await writeFile(join(dir, 'feeds', 'h-broken.atom'), '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>خبر</entry></feed>');
    await writeFile(join(dir, 'feeds', 'i-empty.xml'), '');
    await writeFile(join(dir, 'feeds', 'j-text.rss'), 'مجرد نص عادي');
    await writeFile(join(dir, 'k.bin'), Buffer.from([0, 1, 2, 3]));
    await writeFile(join(dir, 'l.csv'), 'a,b\n');
    const items = await collect(readInputs([dir], LIMIT));
    assert.deepEqual(describe(items, dir, { format: false }), [
      'text /a.txt',
      'record /b.json:[0]',
      'record /b.json:[1]',
      'E_BINARY /c-junk.json',
      'E_JSON /d-bad.json',
      'record /e-telegram.json#message 1',
      'record /feeds/f.rss#item 1',
      'E_BINARY /feeds/g-junk.xml',
      'E_XML /feeds/h-broken.atom',
      'E_EMPTY /feeds/i-empty.xml',
      'E_XML /feeds/j-text.rss',
    ]);
    const formats = items.filter((i): i is RawInput => !(i instanceof InputError)).map((i) => i.format);
    assert.deepEqual(formats, ['txt', 'json', 'json', 'telegram', 'rss']);
  });
});

test('a glob pattern that names no path is expanded: sorted, files only, each read by its extension', async () => {
  await withTempDir(async (dir) => {
    await mkdir(join(dir, 'sub'));
    await mkdir(join(dir, 'dir.json'));
    await writeFile(join(dir, 'b.json'), JSON.stringify([{ text: 'خبر' }]));
    await writeFile(join(dir, 'a.json'), JSON.stringify([{ text: 'خبر' }, { text: 'آخر' }]));
    await writeFile(join(dir, 'c.txt'), TEXT);
    await writeFile(join(dir, '.hidden.json'), JSON.stringify([{ text: 'خبر' }]));
    await writeFile(join(dir, 'sub', 'd.json'), JSON.stringify([{ text: 'خبر' }]));
    await writeFile(join(dir, 'sub', 'feed.rss'), RSS_FEED);

    const star = await collect(readInputs([join(dir, '*.json')], LIMIT));
    assert.deepEqual(describe(star, dir, { format: false }), ['record /a.json:[0]', 'record /a.json:[1]', 'record /b.json:[0]']);
    assert.equal((star[0] as RawInput).path, join(dir, 'a.json'));

    const deep = await collect(readInputs([join(dir, '**', '*.{json,rss}')], LIMIT));
    assert.deepEqual(describe(deep, dir, { format: false }), ['record /a.json:[0]', 'record /a.json:[1]', 'record /b.json:[0]', 'record /sub/d.json:[0]', 'record /sub/feed.rss#item 1']);

    const question = await collect(readInputs([join(dir, '?.txt'), join(dir, '[ab].json')], LIMIT));
    assert.deepEqual(describe(question, dir, { format: false }), ['text /c.txt', 'record /a.json:[0]', 'record /a.json:[1]', 'record /b.json:[0]']);

    // A relative pattern gives paths relative to the working directory, as the shell would.
    const relativeDir = relative(process.cwd(), dir);
    const rel = await collect(readInputs([join(relativeDir, 'c.*')], LIMIT));
    assert.deepEqual(rel.map((i) => (i as RawInput).path), [join(relativeDir, 'c.txt')]);
  });
});

test('a glob that matches nothing is an error; a path that exists is read as named even with glob characters', async () => {
  await withTempDir(async (dir) => {
    await writeFile(join(dir, 'report[1].txt'), TEXT);
    const items = await collect(readInputs([join(dir, '*.xml'), join(dir, 'report[1].txt'), join(dir, 'missing.txt')], LIMIT));
    assert.deepEqual(describe(items, dir, { format: false }), ['E_NO_MATCH /*.xml', 'text /report[1].txt', 'E_NOT_FOUND /missing.txt']);
    assert.equal((items[0] as InputError).message, `${join(dir, '*.xml')}: no file matches`);
  });
});
