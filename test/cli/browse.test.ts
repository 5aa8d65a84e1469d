import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, runCli } from '../helpers/run-cli.js';
import { ingest } from '../../src/ingest/ingest.js';
import { openStore, type EntitySummary, type StoredDocument, type StoredQuote } from '../../src/store/index.js';
import { csvField, csvRecord } from '../../src/cli/export.js';
import { clip, displayWidth } from '../../src/cli/browse-common.js';

// A wire story and its reprint (one near-duplicate group), an expert's direct quote, and a
// minister's quote. The expert's headline has a comma, quotation marks and a line break: CSV must
// carry all three.
const WIRE =
  'أعلنت وزارة الداخلية العراقية في بغداد يوم الثلاثاء عن إحباط هجوم كان يستهدف سوقا شعبية في العاصمة، ' +
  'وقالت الوزارة في بيان إن قوات الأمن اعتقلت ثلاثة مشتبه بهم ينتمون إلى تنظيم داعش. ' +
  'وأضاف البيان أن العملية جاءت بعد متابعة استخبارية استمرت أسابيع، وأن المعتقلين اعترفوا بالتخطيط لتفجير سيارة مفخخة قرب السوق المزدحمة. ' +
  'وأشار المتحدث باسم الوزارة سعد معن إلى أن التحقيقات مستمرة لكشف بقية أفراد الخلية.';
const EXPERT_TITLE = 'خبير: التنظيم يتراجع, لكنه "لم ينته"\nتحليل';
const ARTICLES = [
  { title: 'إحباط هجوم في بغداد', text: WIRE, source: 'وكالة الأنباء', time: '2018-03-01T10:00' },
  { title: 'العراق: إحباط هجوم على سوق في بغداد', text: WIRE + ' وذكرت مصادر أمنية أن الحادث وقع مساء.', source: 'صحيفة الصباح', time: '2018-03-02T09:00' },
  {
    title: EXPERT_TITLE,
    text:
      'قال الخبير مايكل سميث: "إن تنظيم داعش فقد معظم الأراضي التي كان يسيطر عليها، لكنه ما زال قادرا على تنفيذ هجمات". ' +
      'وأضاف سميث أن الحكومات في المنطقة يجب أن تتعاون أكثر في تبادل المعلومات. ' +
      'وكان مايكل سميث قد عمل سنوات في مكافحة الإرهاب في واشنطن, قبل أن ينتقل إلى لندن.',
    source: 'قناة الأخبار',
    time: '2018-04-10T12:30',
  },
  {
    title: 'زيارة وزير الخارجية إلى القاهرة',
    text:
      'وصل وزير الخارجية الأردني أيمن الصفدي إلى القاهرة اليوم في زيارة رسمية يلتقي خلالها نظيره المصري سامح شكري. ' +
      'وقال الصفدي للصحفيين: "نحن نعمل معا من أجل استقرار المنطقة". ويبحث الوزيران العلاقات الثنائية والأوضاع في سوريا.',
    source: 'وكالة الأنباء',
    time: '2018-05-05T08:15',
  },
];

let dir = '';
let db = '';
let docs: StoredDocument[] = [];
let allQuotes: StoredQuote[] = [];
let entityRowCount = 0;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rasid-browse-'));
  db = join(dir, 'corpus.db');
  const input = join(dir, 'articles.jsonl');
  writeFileSync(input, ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const summary = await ingest([input], { db, maxBytes: 10 * 1024 * 1024, workers: 0 });
  assert.equal(summary.ingested, ARTICLES.length, JSON.stringify(summary.failures));
  const store = openStore(db);
  for await (const d of store.documents()) docs.push(d);
  for await (const q of store.quotes({})) allQuotes.push(q);
  for await (const _ of store.entityRows()) entityRowCount++;
  await store.close();
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const byTitle = (title: string) => docs.find((d) => d.title === title)!;

/** A strict RFC 4180 parser, independent of the encoder: a bare line break or quote outside quotes is an error. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (s[i + 1] === '"') (field += '"'), i++;
      else quoted = false;
    } else if (c === '"') {
      if (field !== '' || wasQuoted) throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = wasQuoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      wasQuoted = false;
      i++;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      if (wasQuoted) throw new Error(`text after a closing quote at ${i}`);
      field += c;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) throw new Error('last record not ended by CRLF');
  return rows;
}

/** Table rows of a CLI table: columns are two or more spaces apart. */
function tableRows(stdout: string): string[][] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.trim().split(/\s{2,}/));
}

function assertOneLineError(r: { status: number | null; stderr: string }, status: number, message: RegExp): void {
  assert.equal(r.status, status, r.stderr);
  const lines = r.stderr.trimEnd().split('\n');
  assert.match(lines[0], message);
  assert.ok(lines.length <= 2 && (lines.length === 1 || lines[1].startsWith('  hint: ')), `one line and at most a hint:\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
}

test('the fixture store holds the reprint as one near-duplicate group', () => {
  assert.equal(docs.length, 4);
  const wire = byTitle('إحباط هجوم في بغداد');
  const reprint = byTitle('العراق: إحباط هجوم على سوق في بغداد');
  assert.equal(reprint.group, wire.id, 'the earlier wire story represents the group');
  assert.deepEqual(wire.copies, [reprint.id]);
});

test('entities lists the person with mention, document and group counts, merged across documents', () => {
  const r = runCli(['entities', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  const rows = tableRows(r.stdout);
  assert.deepEqual(rows[0], ['#', 'TYPE', 'MENTIONS', 'DOCS', 'GROUPS', 'NAME', 'LATIN']);
  const smith = rows.find((row) => row[5] === 'مايكل سميث');
  assert.ok(smith, r.stdout);
  assert.deepEqual(smith.slice(1), ['PER', '3', '1', '1', 'مايكل سميث', 'Michael Smith'], 'three mentions (مايكل سميث, سميث, مايكل سميث) in one document');
  // the spokesman is named in the wire story and its reprint: two documents, one group
  const maan = rows.find((row) => row[5] === 'سعد معن');
  assert.ok(maan, r.stdout);
  assert.deepEqual(maan.slice(1, 5), ['PER', '2', '2', '1']);

  const json = runCli(['entities', '--db', db, '--type', 'per', '--format', 'json', '--limit', '2']);
  assert.equal(json.status, 0, json.stderr);
  const people = JSON.parse(json.stdout) as EntitySummary[];
  assert.equal(people.length, 2);
  assert.ok(people.every((e) => e.type === 'PER'));
  assert.deepEqual(
    people.find((e) => e.name === 'مايكل سميث'),
    { name: 'مايكل سميث', type: 'PER', latin: 'Michael Smith', mentions: 3, documents: 1, groups: 1 },
  );
});

test('entities --type rejects an unknown type as a usage error', () => {
  const r = runCli(['entities', '--db', db, '--type', 'PERSON']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /PER, ORG, LOC, MISC/);
});

test('quotes --speaker keeps only that speaker, folding spelling, newest first', () => {
  const r = runCli(['quotes', '--db', db, '--speaker', 'سميث']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 4, r.stdout); // two quotes, two lines each
  const expert = docs.find((d) => d.title === EXPERT_TITLE)!;
  assert.ok(lines[0].startsWith(`2018-04-10  ${expert.id.slice(0, 12)}  قناة الأخبار · خبير: التنظيم يتراجع, لكنه "لم ينته" تحليل`), lines[0]);
  assert.equal(lines[1], '    مايكل سميث (الخبير): “إن تنظيم داعش فقد معظم الأراضي التي كان يسيطر عليها، لكنه ما زال قادرا على تنفيذ هجمات”');
  assert.match(lines[3], /^ {4}مايكل سميث \(الخبير\): الحكومات في المنطقة/);

  // أيمن written without its hamza still finds him
  const json = runCli(['quotes', '--db', db, '--speaker', 'ايمن الصفدي', '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  const quotes = JSON.parse(json.stdout) as StoredQuote[];
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].speaker?.name, 'أيمن الصفدي');
  assert.equal(quotes[0].text, 'نحن نعمل معا من أجل استقرار المنطقة');
  assert.equal(quotes[0].title, 'زيارة وزير الخارجية إلى القاهرة');

  const all = runCli(['quotes', '--db', db, '--format', 'jsonl', '--limit', '0']);
  const published = all.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as StoredQuote).published!);
  assert.equal(published.length, allQuotes.length);
  assert.deepEqual(published, [...published].sort().reverse(), 'newest first');

  const none = runCli(['quotes', '--db', db, '--speaker', 'لا أحد بهذا الاسم']);
  assert.equal(none.status, 0);
  assert.match(none.stdout, /^no quotes by a speaker named like/);
});

test('quotes --limit stops early and says there are more', () => {
  const r = runCli(['quotes', '--db', db, '--limit', '1']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0], /^2018-05-05 /);
  assert.match(lines[2], /^\(the newest 1; --limit N for more/);
  assert.equal(runCli(['quotes', '--db', db, '--limit', '1', '--format', 'jsonl']).stdout.trimEnd().split('\n').length, 1);
  assert.equal(runCli(['quotes', '--db', db, '--limit', 'ten']).status, 2);
});

test('show prints the document with its near-duplicate group, entities, quotes and dates', () => {
  const wire = byTitle('إحباط هجوم في بغداد');
  const reprint = byTitle('العراق: إحباط هجوم على سوق في بغداد');
  const r = runCli(['show', reprint.id.slice(0, 8), '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout;
  assert.ok(out.startsWith('── العراق: إحباط هجوم على سوق في بغداد\n'), out);
  assert.match(out, new RegExp(`^  id +${reprint.id}$`, 'm'));
  assert.match(out, /^ {2}source +صحيفة الصباح · .*articles\.jsonl:2 \(jsonl\)$/m);
  assert.match(out, /^ {2}published +2018-03-02T09:00$/m);
  assert.match(out, new RegExp(`^  group +2 near-duplicates · representative ${wire.id.slice(0, 12)}$`, 'm'));
  assert.match(out, new RegExp(`^ +rep +${wire.id.slice(0, 12)} +2018-03-01 +وكالة الأنباء · إحباط هجوم في بغداد$`, 'm'));
  assert.match(out, /^ +1 +PER +سعد معن +Saad Maan$/m);
  assert.match(out, /^ {2}سعد معن \(المتحدث باسم الوزارة\): التحقيقات مستمرة لكشف بقية أفراد الخلية$/m);
  assert.match(out, /^ {2}مصادر أمنية: الحادث وقع مساء$/m);
  assert.match(out, /^dates \(1\)\n {2}يوم الثلاثاء → 2018-02-27$/m);

  const rep = runCli(['show', wire.id, '--db', db]);
  assert.match(rep.stdout, /^ {2}group +2 near-duplicates · representative this document$/m);
  assert.match(rep.stdout, new RegExp(`^ +copy +${reprint.id.slice(0, 12)} +2018-03-02 +صحيفة الصباح`, 'm'));

  const expert = docs.find((d) => d.title === EXPERT_TITLE)!;
  const quoted = runCli(['show', expert.id.slice(0, 6), '--db', db, '--text']);
  assert.match(quoted.stdout, /^ {2}group +no near-duplicates$/m);
  assert.match(quoted.stdout, /^ {2}مايكل سميث \(الخبير\): “إن تنظيم داعش فقد معظم الأراضي/m);
  assert.ok(quoted.stdout.endsWith(`\ntext\n${expert.text}\n`));
});

test('show --format json prints the stored document', () => {
  const reprint = byTitle('العراق: إحباط هجوم على سوق في بغداد');
  const r = runCli(['show', reprint.id.slice(0, 10).toUpperCase(), '--db', db, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), reprint);
});

test('show: an unknown id is "no such document" (1); a malformed one is a usage error (2)', () => {
  assertOneLineError(runCli(['show', 'abcdef', '--db', db]), 1, /^rasid: abcdef: no such document$/);
  assert.equal(runCli(['show', 'abcdef', '--db', db]).stderr, 'rasid: abcdef: no such document\n');
  assertOneLineError(runCli(['show', 'not-an-id', '--db', db]), 2, /^rasid: "not-an-id" is not a document id$/);
  assertOneLineError(runCli(['show', 'abc', '--db', db]), 2, /is not a document id/);
});

test('a missing store is a one-line error with status 1 for every command, and nothing is created', () => {
  const missing = join(dir, 'no-such.db');
  for (const args of [['show', 'abcdef'], ['entities'], ['quotes'], ['export', '--format', 'csv']]) {
    assertOneLineError(runCli([...args, '--db', missing]), 1, /^rasid: .*no-such\.db: no rasid store here$/);
  }
  assert.throws(() => readFileSync(missing), /ENOENT/);
});

test('the store defaults to $RASID_DB when --db is not given', () => {
  const r = spawnSync(process.execPath, [BIN, 'entities', '--type', 'LOC', '--format', 'json'], { encoding: 'utf8', env: { ...process.env, RASID_DB: db } });
  assert.equal(r.status, 0, r.stderr);
  assert.ok((JSON.parse(r.stdout) as EntitySummary[]).some((e) => e.name === 'بغداد'));
});

test('export csv of documents parses back, a field with a comma, quotes and a newline round-tripping', () => {
  const r = runCli(['export', '--db', db, '--format', 'csv']);
  assert.equal(r.status, 0, r.stderr);
  const rows = parseCsv(r.stdout);
  assert.deepEqual(rows[0], ['id', 'title', 'published', 'source', 'group', 'entities', 'quotes', 'text']);
  assert.equal(rows.length, docs.length + 1);
  for (const row of rows) assert.equal(row.length, 8);
  const expert = docs.find((d) => d.title === EXPERT_TITLE)!;
  const row = rows.find((x) => x[0] === expert.id)!;
  assert.equal(row[1], EXPERT_TITLE, 'comma, quotation marks and line break survive');
  assert.deepEqual(row.slice(2, 7), ['2018-04-10T12:30', 'قناة الأخبار', expert.id, String(expert.entities.length), String(expert.quotes.length)]);
  assert.equal(row[7], expert.text);
  const reprint = byTitle('العراق: إحباط هجوم على سوق في بغداد');
  assert.equal(rows.find((x) => x[0] === reprint.id)![4], byTitle('إحباط هجوم في بغداد').id, 'group is the representative');
});

test('export csv of entities and quotes: one row per stored row, with a header', () => {
  const entities = parseCsv(runCli(['export', '--db', db, '--format', 'csv', '--what', 'entities']).stdout);
  assert.deepEqual(entities[0], ['document', 'id', 'type', 'name', 'latin', 'mentions']);
  assert.equal(entities.length - 1, entityRowCount);
  assert.ok(entities.some((e) => e[3] === 'مايكل سميث' && e[2] === 'PER' && e[5] === '3'));

  const quotes = parseCsv(runCli(['export', '--db', db, '--format', 'csv', '--what', 'quotes']).stdout);
  assert.equal(quotes[0].join(','), 'document,published,source,title,kind,speaker,role,outlet,speaker_entity,cue,start,end,text');
  assert.equal(quotes.length - 1, allQuotes.length);
  const smith = quotes.find((q) => q[5] === 'مايكل سميث' && q[4] === 'direct')!;
  assert.equal(smith[6], 'الخبير');
  assert.equal(smith[3], EXPERT_TITLE);

  const bom = runCli(['export', '--db', db, '--format', 'csv', '--what', 'entities', '--bom']).stdout;
  assert.ok(bom.startsWith('\uFEFFdocument,id,'));
});

test('export jsonl: one stored document per line, as many as the store holds, to stdout or --out', () => {
  const r = runCli(['export', '--db', db, '--format', 'jsonl']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, docs.length);
  assert.deepEqual(lines.map((l) => JSON.parse(l) as StoredDocument), docs);

  const file = join(dir, 'quotes.jsonl');
  const q = runCli(['export', '--db', db, '--format', 'jsonl', '--what', 'quotes', '--out', file]);
  assert.equal(q.status, 0, q.stderr);
  assert.equal(q.stdout, '');
  const written = readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as StoredQuote);
  assert.deepEqual(written, allQuotes);
});

test('export: a missing --format or a bad --out is reported in one line', () => {
  assert.equal(runCli(['export', '--db', db]).status, 2);
  assertOneLineError(runCli(['export', '--db', db, '--format', 'csv', '--out', join(dir, 'no', 'dir', 'x.csv')]), 1, /^rasid: .*x\.csv: cannot write \(no such directory\)$/);
  assertOneLineError(runCli(['export', '--db', db, '--format', 'csv', '--out', db]), 2, /that is the store being exported/);
});

test('csvField quotes only what needs quoting and doubles inner quotes (RFC 4180)', () => {
  assert.equal(csvField('بغداد'), 'بغداد');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('قال "نعم"'), '"قال ""نعم"""');
  assert.equal(csvField('line\nbreak'), '"line\nbreak"');
  assert.equal(csvField('cr\rhere'), '"cr\rhere"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(42), '42');
  assert.equal(csvRecord(['a', 'b,c', null]), 'a,"b,c",\r\n');
  const tricky = ['', ',', '"', '""', '\r\n', 'a "b", c\nd', '،؛'];
  assert.deepEqual(parseCsv(csvRecord(tricky)), [tricky]);
});

test('table cells are measured in terminal cells: harakat take none, long text is clipped with …', () => {
  assert.equal(displayWidth('مُحَمَّد'), 4);
  assert.equal(displayWidth('北京'), 4);
  assert.equal(clip('سطر\nثان', 20), 'سطر ثان');
  const clipped = clip('أعلنت وزارة الداخلية العراقية في بغداد يوم الثلاثاء', 12);
  assert.ok(clipped.endsWith('…'));
  assert.ok(displayWidth(clipped) <= 12);
});

test('each browse command teaches with examples in --help', () => {
  for (const cmd of ['show', 'entities', 'quotes', 'export']) {
    const r = runCli([cmd, '--help']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /--db <path>/);
    assert.match(r.stdout, new RegExp(`Examples:\\n {2}rasid ${cmd}\\b`));
  }
});

test('search: an exclusion given as its own shell word (-بغداد) is part of the query; a mistyped --option is a usage error', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'search', ...args, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, RASID_DB: db } });
  const all = run('داعش');
  assert.equal(all.status, 0, all.stderr);
  const withBaghdad = (JSON.parse(all.stdout) as { hits: { title: string }[] }).hits.filter((h) => h.title.includes('بغداد'));
  assert.ok(withBaghdad.length > 0, all.stdout);
  const r = run('داعش', '-بغداد');
  assert.equal(r.status, 0, r.stderr);
  const hits = (JSON.parse(r.stdout) as { hits: { title: string }[] }).hits;
  assert.ok(hits.length > 0 && hits.every((h) => !h.title.includes('بغداد')), r.stdout);
  assertOneLineError(run('داعش', '--limt', '3'), 2, /^rasid: search: unknown option '--limt'$/);
});
