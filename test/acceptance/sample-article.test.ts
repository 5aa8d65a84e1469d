import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { sharedSamplePath } from '../../scripts/lib/shared-data.js';
import { encodeUtf16leWithBom, encodeWindows1256 } from '../../scripts/lib/encode.js';
import type { DocumentJson } from '../../src/doc/json.js';

// The reference article is third-party text: read from ../shared, never copied into the repo.
const SAMPLE = sharedSamplePath();
const skip = existsSync(SAMPLE) ? false : `reference sample not found at ${SAMPLE}`;

const HEADINGS = ['انقلاب الطاولة', 'استهزاء', 'إنكار الهزائم', 'تفسخ داخلي', 'أرضية مشتركة'];

function checkSample(doc: DocumentJson): void {
  assert.equal(doc.title, 'انشقاقات داخلية تنذر بزوال سريع لداعش');
  assert.equal(doc.published, '2017-08-15T13:26');
  assert.equal(doc.caption, 'مقاتلون من داعش ينفذون عمليات إعدام علنية.(أرشيف)');
  assert.ok(doc.lead?.startsWith('تساءل طوم أوكونور، محلل سياسي لدى مجلة نيوزويك'), doc.lead ?? 'no lead');
  assert.deepEqual(doc.pullQuotes, ['على الرغم من تماسكه الظاهري، لربما يواجه داعش حالة تفسخ داخلية']);
  assert.deepEqual(
    doc.sections.map((s) => s.heading),
    [null, ...HEADINGS],
  );
  assert.equal(doc.text.split('مقاتلون من داعش ينفذون').length, 1, 'the caption is not in the body');
  for (const d of doc.dates) assert.equal(doc.text.slice(d.start, d.end), d.text);
  assert.ok(doc.dates.some((d) => d.value === '2003'), 'the year 2003 is found');
}

test('the reference article: headline, dateline, caption once, lead, pull quote, five subheadings', { skip }, () => {
  const r = runCli(['analyze', SAMPLE]);
  assert.equal(r.status, 0, r.stderr);
  checkSample(JSON.parse(r.stdout) as DocumentJson);
});

test('the reference article gives the same result re-encoded as Windows-1256 and as UTF-16 LE with BOM', { skip }, () => {
  const text = readFileSync(SAMPLE, 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'rasid-sample-'));
  try {
    const utf8 = JSON.parse(runCli(['analyze', SAMPLE]).stdout) as DocumentJson;
    for (const [name, bytes] of [
      ['windows-1256.txt', encodeWindows1256(text)],
      ['utf16le.txt', encodeUtf16leWithBom(text)],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const r = runCli(['analyze', path]);
      assert.equal(r.status, 0, r.stderr);
      const doc = JSON.parse(r.stdout) as DocumentJson;
      checkSample(doc);
      assert.deepEqual({ ...doc, source: null }, { ...utf8, source: null }, `${name} differs from UTF-8`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the reference article: its people, organisations and places, each one entity under its canonical name', { skip }, () => {
  const doc = JSON.parse(runCli(['analyze', SAMPLE]).stdout) as DocumentJson;
  const byName = new Map(doc.entities.map((e) => [e.name, e]));
  const expect = (name: string, type: string, surfaces: string[] = [name]) => {
    const e = byName.get(name);
    assert.ok(e, `${name} missing; found: ${doc.entities.map((x) => x.name).join(' | ')}`);
    assert.equal(e.type, type, name);
    for (const s of surfaces) assert.ok(e.mentions.some((m) => m.text === s), `${name}: no mention "${s}" in ${e.mentions.map((m) => m.text).join(', ')}`);
    return e;
  };
  expect('طوم أوكونور', 'PER', ['طوم أوكونور', 'أو كونور']);
  expect('مايكل سميث', 'PER', ['مايكل سميث', 'سميث']);
  assert.equal(expect('ميا بلوم', 'PER', ['ميا بلوم', 'بلوم']).mentions.length, 5);
  expect('والي نصر', 'PER');
  expect('نيوزويك', 'ORG');
  assert.ok(expect('داعش', 'ORG').mentions.length >= 10, 'every داعش / لداعش is one entity');
  expect('جامعة جورجيا الحكومية', 'ORG');
  expect('البشمركة', 'ORG', []); // "قوات البشمركة" or "البشمركة": one entity either way
  for (const place of ['العراق', 'سوريا', 'الولايات المتحدة', 'روسيا', 'إيران']) expect(place, 'LOC');
  // one entity per name, no clitic duplicates, nothing from the headings, offsets exact
  assert.equal(new Set(doc.entities.map((e) => e.name)).size, doc.entities.length);
  for (const e of doc.entities) {
    assert.ok(!/^[وفبلك]/.test(e.name) || !byName.has(e.name.slice(1)), `clitic duplicate: ${e.name}`);
    for (const s of doc.sections) if (s.heading) assert.ok(!s.heading.includes(e.name), `heading fragment: ${e.name}`);
    for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  }
});

test('the reference article: who said what — three direct quotes, reported speech of Bloom and O\'Connor, no quoted terms', { skip }, () => {
  const r = runCli(['analyze', SAMPLE]);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as DocumentJson;
  for (const q of doc.quotes) assert.equal(doc.text.slice(q.start, q.end), q.text);
  const direct = doc.quotes.filter((q) => q.kind === 'direct');
  assert.deepEqual(
    direct.map((q) => [q.speaker?.name, q.text.slice(0, 12)]),
    [
      ['مايكل سميث', 'ما يهم هو تأ'],
      ['والي نصر', 'لا بد للاعبي'],
      ['والي نصر', 'إما أن تعتقد'],
    ],
  );
  assert.equal(direct[0].speaker?.role, 'خبير في مكافحة الإرهاب');
  assert.equal(direct[0].speaker?.outlet, 'نيوزويك');
  assert.equal(direct[2].cue, 'وأضاف');
  const said = (start: string) => doc.quotes.find((q) => q.kind === 'indirect' && q.text.startsWith(start))?.speaker?.name;
  // المحلل and الكاتب are O'Connor; كما يلفت أو كونور is the same man spelled apart
  assert.equal(said('داعش، في أوج قوته'), 'طوم أوكونور');
  assert.equal(said('يمثل فقدان الأرض'), 'طوم أوكونور');
  assert.equal(said('التنظيم الذي خرج من رحم القاعدة'), 'طوم أوكونور');
  assert.equal(said('داعش يتعمد إنكار هزائمه'), 'ميا بلوم');
  assert.equal(said('يعاني اليوم داعش'), 'ميا بلوم');
  assert.equal(said('على الرغم من تماسكه الظاهري'), 'ميا بلوم');
  for (const term of ['نيوزويك', 'أكاذيب', 'مزاحمة ذاتية']) assert.ok(!doc.quotes.some((q) => q.text === term), `"${term}" is not a quote`);
});
