import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, chmodSync, openSync, ftruncateSync, closeSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, EXAMPLE } from '../helpers/run-cli.js';
import type { DocumentJson } from '../../src/doc/json.js';

const CONTRACT_FIELDS = ['id', 'source', 'title', 'published', 'caption', 'lead', 'sections', 'text', 'entities', 'quotes', 'dates', 'topics', 'themes'];

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rasid-cli-'));
}

test('analyze prints one JSON object with every contract field for one file', () => {
  const r = runCli(['analyze', EXAMPLE, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as DocumentJson;
  for (const f of CONTRACT_FIELDS) assert.ok(f in doc, `missing field ${f}`);
  assert.match(doc.id, /^[0-9a-f]{64}$/);
  assert.equal(doc.title, 'موجة جفاف تهدد الموسم الزراعي في حوض النهر');
  assert.equal(doc.published, '2024-03-12T09:45');
  assert.equal(doc.caption, 'مزارعون يتفقدون قناة ري جافة في ريف المدينة.(أرشيف)');
  assert.deepEqual(doc.sections.map((s) => s.heading), [null, 'خطة طوارئ', 'أصوات المزارعين']);
  assert.deepEqual(doc.pullQuotes, ['المياه لم تعد مسألة زراعية فقط، بل قضية أمن وطني']);
  assert.ok(doc.lead?.startsWith('حذرت سلمى الحداد'));
  // who said what: the researcher (her warning, then what she called for: داعية إلى), the minister
  // (direct, then وأضاف), the farmer (reported, then ويضيف)
  assert.deepEqual(
    doc.quotes.map((q) => [q.kind, q.cue, q.speaker?.name, q.text.split(' ').slice(0, 2).join(' ')]),
    [
      ['indirect', 'حذرت', 'سلمى الحداد', 'موجة الجفاف'],
      ['indirect', 'داعية', 'سلمى الحداد', 'خطة طوارئ'],
      ['indirect', 'وتشير', 'سلمى الحداد', 'منسوب النهر'],
      ['direct', 'وقال', 'خالد المصري', 'سنبدأ توزيع'],
      ['indirect', 'وأضاف', 'خالد المصري', 'الحكومة خصصت'],
      ['indirect', 'يقول', 'أبو محمود', 'أرضه لم'],
      ['direct', 'ويضيف', 'أبو محمود', 'نحن نراقب'],
      ['indirect', 'وبحسب', 'سلمى الحداد', 'المياه لم'],
    ],
  );
  for (const q of doc.quotes) assert.equal(doc.text.slice(q.start, q.end), q.text);
});

test('entities: people found and merged across mentions, every mention slicing back to the text', () => {
  const doc = JSON.parse(runCli(['analyze', EXAMPLE]).stdout) as DocumentJson;
  for (const e of doc.entities) {
    assert.match(e.id, /^e\d+$/);
    for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  }
  const byName = new Map(doc.entities.map((e) => [e.name, e]));
  const haddad = byName.get('سلمى الحداد');
  assert.ok(haddad, doc.entities.map((e) => e.name).join(' | '));
  assert.equal(haddad.type, 'PER');
  assert.deepEqual(haddad.mentions.map((m) => m.text), ['سلمى الحداد', 'الحداد'], 'the surname alone joins the full name');
  assert.equal(byName.get('خالد المصري')?.type, 'PER');
});

test('every date offset slices back to its text, and the year and relative dates are resolved', () => {
  const doc = JSON.parse(runCli(['analyze', EXAMPLE]).stdout) as DocumentJson;
  for (const d of doc.dates) assert.equal(doc.text.slice(d.start, d.end), d.text);
  const byText = new Map(doc.dates.map((d) => [d.text, d.value]));
  assert.equal(byText.get('في عام 2008'), '2008');
  assert.equal(byText.get('أمس'), '2024-03-11');
  assert.ok([...byText.keys()].some((t) => t.includes('الأحد الماضي')), [...byText.keys()].join(' | '));
});

test('the body text holds the lead, headings and paragraphs but not the title, caption or pull quote', () => {
  const doc = JSON.parse(runCli(['analyze', EXAMPLE]).stdout) as DocumentJson;
  assert.ok(doc.text.startsWith(doc.lead!));
  assert.ok(!doc.text.includes(doc.title!));
  assert.ok(!doc.text.includes('(أرشيف)'));
  for (const s of doc.sections) for (const p of s.paragraphs) assert.ok(doc.text.includes(p));
});

test('jsonl output is one parseable object per line, and a JSON array for several files', () => {
  const dir = tempDir();
  try {
    const second = join(dir, 'b.txt');
    writeFileSync(second, 'عنوان قصير للخبر\n\nقال المتحدث إن الاجتماع سيعقد غدا في العاصمة لبحث الأزمة.\n');
    const lines = runCli(['analyze', EXAMPLE, second, '--format', 'jsonl']);
    assert.equal(lines.status, 0, lines.stderr);
    const rows = lines.stdout.trim().split('\n').map((l) => JSON.parse(l) as DocumentJson);
    assert.equal(rows.length, 2);
    const array = runCli(['analyze', EXAMPLE, second]);
    assert.equal((JSON.parse(array.stdout) as unknown[]).length, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('jsonl input: one document per record, with title and time taken from the record', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'records.jsonl');
    const rec = (title: string, text: string) => JSON.stringify({ title, text, time: 'Sun, 18 Feb 2018 21:35:43 +0400', url: 'https://example.org/a', source: 'Example' });
    writeFileSync(file, [rec('خبر أول', 'نص الخبر الأول عن الاقتصاد.'), '{not json', rec('خبر ثان', 'نص الخبر الثاني عن الرياضة.')].join('\n') + '\n');
    const r = runCli(['analyze', file, '--format', 'jsonl']);
    assert.equal(r.status, 1, 'one bad line makes the run exit 1');
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as DocumentJson);
    assert.deepEqual(rows.map((d) => d.title), ['خبر أول', 'خبر ثان']);
    assert.equal(rows[0].published, '2018-02-18T21:35:43+04:00');
    assert.equal(rows[0].source.url, 'https://example.org/a');
    assert.equal(rows[0].source.site, 'Example');
    assert.match(r.stderr, /records\.jsonl:2: /);
    assert.equal(r.stderr.trim().split('\n').filter((l) => l.startsWith('rasid:')).length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad inputs among good ones: each named on stderr with a reason, the good ones still analyzed, exit 1', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const big = openSync(join(dir, 'huge.txt'), 'w');
    ftruncateSync(big, 50 * 1024 * 1024);
    closeSync(big);
    writeFileSync(join(dir, 'good.txt'), readFileSync(EXAMPLE));
    writeFileSync(join(dir, 'page.html'), '<html><head><title>دخول</title></head><body><form><input name="u"></form></body></html>');
    const r = runCli(['analyze', dir, '--format', 'jsonl']);
    assert.equal(r.status, 1);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as DocumentJson);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].title, 'موجة جفاف تهدد الموسم الزراعي في حوض النهر');
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('rasid:'));
    assert.equal(errors.length, 4, r.stderr);
    assert.ok(errors.some((l) => l.includes('empty.txt')));
    assert.ok(errors.some((l) => l.includes('binary.txt') && /binary/.test(l)));
    assert.ok(errors.some((l) => l.includes('huge.txt') && /limit/.test(l)));
    assert.ok(errors.some((l) => l.includes('page.html')));
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack traces');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unreadable file in a directory is reported and the rest still come out', { skip: process.getuid?.() === 0 ? 'running as root: permissions do not stop reads' : false }, () => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'good.txt'), readFileSync(EXAMPLE));
    writeFileSync(join(dir, 'locked.txt'), readFileSync(EXAMPLE));
    chmodSync(join(dir, 'locked.txt'), 0o000);
    const r = runCli(['analyze', dir, '--format', 'jsonl']);
    assert.equal(r.status, 1);
    assert.equal(r.stdout.trim().split('\n').length, 1);
    assert.match(r.stderr, /locked\.txt: .*permission/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing file is an input error (exit 1); an unknown option or format is a usage error (exit 2)', () => {
  const missing = runCli(['analyze', '/nonexistent/article.txt']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^rasid: \/nonexistent\/article\.txt: no such file or directory/m);
  assert.equal(missing.stdout, '');
  const badFormat = runCli(['analyze', EXAMPLE, '--format', 'xml']);
  assert.equal(badFormat.status, 2);
  assert.match(badFormat.stderr, /xml/);
  const badOption = runCli(['analyze', EXAMPLE, '--frobnicate']);
  assert.equal(badOption.status, 2);
  const badSize = runCli(['analyze', EXAMPLE, '--max-size', 'lots']);
  assert.equal(badSize.status, 2);
  assert.match(badSize.stderr, /max-size/);
});

test('--max-size lowers the limit and names the file and the limit', () => {
  const r = runCli(['analyze', EXAMPLE, '--max-size', '1k']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /article-ar-2024-03-12\.txt: .*limit/);
});

test('--help teaches the command and --version prints the version', () => {
  const help = runCli(['analyze', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--format/);
  assert.match(help.stdout, /Exit status/);
  const version = runCli(['--version']);
  assert.equal(version.status, 0);
  assert.match(version.stdout.trim(), /^\d+\.\d+\.\d+$/);
});

test('standard input is read with -', () => {
  const r = runCli(['analyze', '-', '--format', 'jsonl'], readFileSync(EXAMPLE));
  assert.equal(r.status, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as DocumentJson).published, '2024-03-12T09:45');
});

test('text format is a readable summary with the headline, date and section headings', () => {
  const r = runCli(['analyze', EXAMPLE, '--format', 'text']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /موجة جفاف تهدد الموسم الزراعي/);
  assert.match(r.stdout, /published\s+2024-03-12T09:45/);
  assert.match(r.stdout, /خطة طوارئ · أصوات المزارعين/);
});

test('a file cut in the middle of a UTF-8 character is analyzed, with a warning naming it', () => {
  const dir = tempDir();
  try {
    const bytes = readFileSync(EXAMPLE);
    const cut = join(dir, 'cut.txt');
    // the first byte of a two-byte Arabic letter, without its second byte
    const full = Buffer.concat([bytes, Buffer.from('ق', 'utf8').subarray(0, 1)]);
    writeFileSync(cut, full);
    const r = runCli(['analyze', cut, '--format', 'jsonl']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^rasid: warning: .*cut\.txt: .*truncated/m);
    assert.equal((JSON.parse(r.stdout) as DocumentJson).title, 'موجة جفاف تهدد الموسم الزراعي في حوض النهر');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
