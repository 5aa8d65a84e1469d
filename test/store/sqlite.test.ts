import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { migrationFiles } from '../../src/store/sqlite/migrate.js';
import { NATIVE_RANK } from '../../src/store/sqlite/native-rank.js';
import { storeContract } from './contract.js';
import { parseQuery } from '../../src/search/query.js';
import { searchTerms } from '../../src/search/terms.js';
import type { DocumentToStore } from '../../src/store/store.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-store-'));
let n = 0;

storeContract('sqlite', async () => SqliteStore.open(join(dir, `contract-${++n}.db`), { create: true }));

test('sqlite: a new store is in WAL mode at the newest schema version', async () => {
  const path = join(dir, 'fresh.db');
  await SqliteStore.open(path, { create: true }).close();
  const db = new Database(path, { readonly: true });
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('user_version', { simple: true }), migrationFiles().at(-1)!.version);
  db.close();
});

test('sqlite: a missing store, a file that is not SQLite and a newer schema are refused by name', async () => {
  assert.throws(() => SqliteStore.open(join(dir, 'absent.db')), /absent\.db: no rasid store here/);
  const junk = join(dir, 'junk.db');
  writeFileSync(junk, 'this is not a database, just text '.repeat(100));
  assert.throws(() => SqliteStore.open(junk), /junk\.db: not an SQLite database/);
  const newer = join(dir, 'newer.db');
  await SqliteStore.open(newer, { create: true }).close();
  const db = new Database(newer);
  db.pragma('user_version = 999');
  db.close();
  assert.throws(() => SqliteStore.open(newer), /schema version 999, newer than this rasid knows/);
});

for (const rank of ['native', 'off'] as const) test(`sqlite: with the document frequencies of term_stats (ranking ${rank === 'off' ? "by SQLite's bm25, by the planned subset of terms" : 'by rasid_bm25'}) the hits are those of plain bm25`, async (t) => {
  if (rank === 'native' && !existsSync(NATIVE_RANK)) return t.skip('native ranking not built');
  const before = process.env.RASID_NATIVE_RANK;
  if (rank === 'off') process.env.RASID_NATIVE_RANK = 'off';
  t.after(() => (before === undefined ? delete process.env.RASID_NATIVE_RANK : (process.env.RASID_NATIVE_RANK = before)));
  // 120 documents: قال in all, الرئيس in most, one of a few rarer words in some, tf varied
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const filler = ['المدينة', 'الحكومة', 'المحادثات', 'الاقتصاد', 'الجيش', 'الانتخابات', 'الشرطة', 'المنطقة', 'الأسبوع', 'الماضي'];
  const rare = ['الانشقاقات', 'الزلزال', 'الفيضانات', 'المجاعة'];
  const docs: DocumentToStore[] = [];
  for (let i = 0; i < 120; i++) {
    const words = ['قال'];
    if (rnd() < 0.8) words.push('الرئيس');
    for (let k = 0; k < 20 + (i % 30); k++) words.push(filler[Math.floor(rnd() * filler.length)]);
    for (const r of rare) if (rnd() < 0.15) for (let k = 0; k < 1 + (i % 4); k++) words.splice(Math.floor(rnd() * words.length), 0, r);
    if (rnd() < 0.5) words.push('قال', 'الرئيس');
    const text = words.join(' ') + ` رقم ${i}`;
    const title = i % 5 === 0 ? `${rare[i % rare.length]} في المدينة` : `خبر ${i}`;
    docs.push({
      json: { id: `d${String(i).padStart(3, '0')}`, source: { path: null, url: null, site: 'test', format: 'jsonl' }, title, published: null, author: null, caption: null, lead: null, pullQuotes: [], dateline: null, sections: [], text, entities: [], quotes: [], dates: [], topics: [], themes: [] },
      terms: { title: searchTerms(title).join(' '), body: searchTerms(text).join(' ') },
      signature: null,
      bands: [],
    });
  }
  const planned = SqliteStore.open(join(dir, `planned-${rank}.db`), { create: true });
  const plain = SqliteStore.open(join(dir, `plain-${rank}.db`), { create: true });
  assert.equal(planned.nativeRank, rank === 'native');
  planned.addDocumentsSync(docs);
  plain.addDocumentsSync(docs);
  // قال, الرئيس and the filler words are in more than half of the documents (bm25 gives them an idf
  // of almost zero): listed as common, so the planner ranks by the rare word alone
  planned.refreshTermStats(30);
  const queries = ['قال الرئيس الانشقاقات', 'الرئيس الزلزال المدينة', 'قال الفيضانات', 'الرئيس المجاعة الجيش الشرطة', 'قال الرئيس'];
  for (const q of queries) {
    for (const limit of [3, 10, 50]) {
      const a = planned.searchSync(parseQuery(q), { limit, snippets: false });
      const b = plain.searchSync(parseQuery(q), { limit, snippets: false });
      assert.equal(a.total, b.total, `${q}: total`);
      // the left-out terms still add a hair of score (FTS5 floors their idf at 1e-6), so documents
      // whose scores agree to 3 decimals may swap: compare the scores, and the documents above the last one
      assert.deepEqual(a.hits.map((h) => h.score), b.hits.map((h) => h.score), `${q} (limit ${limit}): scores`);
      const last = a.hits.at(-1)?.score;
      const above = (r: typeof a) => r.hits.filter((h) => h.score !== last).map((h) => h.id).sort();
      assert.deepEqual(above(a), above(b), `${q} (limit ${limit}): documents`);
    }
  }
  // the planner did leave terms out for some query: its stats are there and list the common terms
  const db = new Database(join(dir, `planned-${rank}.db`), { readonly: true });
  const listed = db.prepare("SELECT term FROM term_stats WHERE term != ''").pluck().all() as string[];
  db.close();
  assert.ok(listed.includes(searchTerms('قال')[0]) && !listed.includes(searchTerms('الانشقاقات')[0]), listed.join(' '));
  await planned.close();
  await plain.close();
});

test('sqlite: a store indexed with older search terms is re-indexed once when opened for writing', async () => {
  const path = join(dir, 'old-terms.db');
  const text = 'قال المتحدث إن حزب الله أعلن مسؤوليته عن الهجوم، وإن العملية جاءت ردا على القصف.';
  const doc: DocumentToStore = {
    json: { id: 'f'.repeat(64), source: { path: null, url: null, site: 'test', format: 'jsonl' }, title: 'بيان', published: null, author: null, caption: null, lead: null, pullQuotes: [], dateline: null, sections: [], text, entities: [], quotes: [], dates: [], topics: [], themes: [] },
    terms: { title: searchTerms('بيان').join(' '), body: searchTerms(text).join(' ') },
    signature: null,
    bands: [],
  };
  const s = SqliteStore.open(path, { create: true });
  s.addDocumentsSync([doc]);
  await s.close();
  // what an older rasid left: another terms version and an index that does not match it
  const raw = new Database(path);
  raw.prepare("UPDATE meta SET value = '1' WHERE key = 'search_terms_version'").run();
  raw.prepare("INSERT INTO search(search) VALUES ('delete-all')").run();
  raw.close();
  const notices: string[] = [];
  const again = SqliteStore.open(path, { onNotice: (m) => notices.push(m) });
  assert.equal(again.searchSync(parseQuery('"حزب الله"'), { limit: 10 }).total, 1);
  assert.equal(notices.length, 2, notices.join('\n'));
  assert.match(notices[0], /rebuilding the search index of 1 document .*version 1 -> 2/);
  await again.close();
  const third: string[] = [];
  await SqliteStore.open(path, { onNotice: (m) => third.push(m) }).close();
  assert.deepEqual(third, [], 'once');
});

test('sqlite: rasid_bm25 given the document frequencies scores exactly as bm25 (built wherever a C compiler is)', async (t) => {
  if (!existsSync(NATIVE_RANK)) {
    // not built is fine only where it cannot be: no C compiler
    assert.ok(spawnSync(process.env.CC || 'cc', ['--version']).error, `a C compiler is here but ${NATIVE_RANK} is not: run npm run build:native`);
    return t.skip('no C compiler: native ranking not built');
  }
  const path = join(dir, 'native.db');
  const store = SqliteStore.open(path, { create: true });
  const texts = [
    'قال الرئيس إن الحكومة ستواصل المحادثات مع الجيش',
    'الجيش أعلن انتهاء العملية في المدينة وقال إن المحادثات مستمرة',
    'المحادثات بين الحكومة والمعارضة تتعثر في المدينة',
    'الرئيس يزور المدينة بعد الزلزال',
    'قال الجيش إن الزلزال لم يسبب أضرارا في المدينة، وقال الرئيس إن الحكومة مستعدة',
  ];
  store.addDocumentsSync(texts.map((text, i) => ({
    json: { id: String(i).repeat(64).slice(0, 64), source: { path: null, url: null, site: 'test', format: 'jsonl' }, title: i === 3 ? 'الزلزال' : `خبر ${i}`, published: null, author: null, caption: null, lead: null, pullQuotes: [], dateline: null, sections: [], text, entities: [], quotes: [], dates: [], topics: [], themes: [] },
    terms: { title: searchTerms(i === 3 ? 'الزلزال' : `خبر ${i}`).join(' '), body: searchTerms(text).join(' ') },
    signature: null,
    bands: [],
  })));
  await store.close();
  const db = new Database(path, { readonly: true });
  db.loadExtension(NATIVE_RANK);
  const df = (term: string) => db.prepare("SELECT count(*) FROM search WHERE search MATCH ?").pluck().get(`"${term}"`) as number;
  const [qal, jaysh, madina, zilzal] = ['قال', 'الجيش', 'المدينة', 'الزلزال'].map((w) => searchTerms(w)[0]);
  const expressions = [`"${qal}" AND "${madina}"`, `"${jaysh}" OR "${zilzal}"`, `("${qal}" AND "${jaysh}") OR ("${madina}" AND "${zilzal}")`, `"${madina}" NOT "${zilzal}"`];
  for (const expr of expressions) {
    const phrases = [...expr.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    const scores = (sql: string, args: unknown[]) => db.prepare(`SELECT rowid, ${sql} AS s FROM search WHERE search MATCH ? ORDER BY rowid`).raw().all(...args, expr);
    const builtIn = scores('bm25(search, 3.0, 1.0)', []);
    assert.ok(builtIn.length > 0, expr);
    // every frequency given, none given (counted), and some of each
    assert.deepEqual(scores(`rasid_bm25(search, 3.0, 1.0${', ?'.repeat(phrases.length)})`, phrases.map(df)), builtIn, `${expr}: given`);
    assert.deepEqual(scores('rasid_bm25(search, 3.0, 1.0)', []), builtIn, `${expr}: counted`);
    assert.deepEqual(scores(`rasid_bm25(search, 3.0, 1.0${', ?'.repeat(phrases.length)})`, phrases.map((p, i) => (i % 2 ? null : df(p)))), builtIn, `${expr}: mixed`);
  }
  // a wrong frequency does change the score: the argument is read, not ignored
  const wrong = db.prepare(`SELECT rasid_bm25(search, 3.0, 1.0, ?, ?) FROM search WHERE search MATCH ? ORDER BY rowid`).pluck().all(1, 1, expressions[0]);
  const right = db.prepare(`SELECT bm25(search, 3.0, 1.0) FROM search WHERE search MATCH ? ORDER BY rowid`).pluck().all(expressions[0]);
  assert.notDeepEqual(wrong, right);
  db.close();
});

test('sqlite: the total counts every match, whether it comes from the ranked rows or from a count', async () => {
  const store = SqliteStore.open(join(dir, 'totals.db'), { create: true });
  const docs: DocumentToStore[] = [];
  for (let i = 0; i < 330; i++) {
    // المحادثات in all 330, الانتخابات in 150 of them, source "a" for the first 260
    const text = `تواصلت المحادثات ${i % 330 < 150 ? 'قبل الانتخابات ' : ''}في اليوم رقم ${i}`;
    docs.push({
      json: { id: `t${String(i).padStart(63, '0')}`, source: { path: null, url: null, site: i < 260 ? 'a' : 'b', format: 'jsonl' }, title: `خبر ${i}`, published: null, author: null, caption: null, lead: null, pullQuotes: [], dateline: null, sections: [], text, entities: [], quotes: [], dates: [], topics: [], themes: [] },
      terms: { title: searchTerms(`خبر ${i}`).join(' '), body: searchTerms(text).join(' ') },
      signature: null,
      bands: [],
    });
  }
  store.addDocumentsSync(docs);
  for (const [q, total] of [['المحادثات', 330], ['الانتخابات', 150], ['المحادثات source:a', 260], ['الانتخابات source:b', 0], ['المحادثات source:b', 70]] as const) {
    for (const limit of [1, 10]) {
      const r = store.searchSync(parseQuery(q), { limit, snippets: false });
      assert.equal(r.total, total, `${q} (limit ${limit})`);
      assert.equal(r.hits.length, Math.min(limit, total), `${q} (limit ${limit}): hits`);
    }
  }
  await store.close();
});
