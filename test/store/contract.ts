import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store, DocumentToStore } from '../../src/store/store.js';
import { parseQuery } from '../../src/search/query.js';
import { prepareDocument } from '../../src/ingest/prepare.js';
import { ARTICLES, REPRINT, toRawInput, type TestArticle } from '../helpers/corpus.js';

/**
 * The behaviour every Store must show, whatever holds the data. Run against each implementation
 * (SQLite now; PostgreSQL when it lands) with a function that opens a new, empty store.
 */
export function storeContract(name: string, openEmpty: () => Promise<Store>): void {
  const prepared = (a: TestArticle) => prepareDocument(toRawInput(a)) as DocumentToStore;
  const all = () => ARTICLES.map(prepared);

  const withStore = async (fn: (s: Store) => Promise<void>) => {
    const store = await openEmpty();
    try {
      await fn(store);
    } finally {
      await store.close();
    }
  };

  test(`${name}: stores documents once; the same content again is a duplicate`, () =>
    withStore(async (s) => {
      assert.deepEqual(await s.addDocuments(all()), ['added', 'added', 'added', 'added']);
      assert.deepEqual(await s.addDocuments([prepared(ARTICLES[1])]), ['duplicate']);
      assert.equal((await s.stats()).documents, 4);
    }));

  test(`${name}: a document comes back whole, by id or by a prefix of it`, () =>
    withStore(async (s) => {
      const docs = all();
      await s.addDocuments(docs);
      const d = docs[0].json;
      const back = await s.getDocument(d.id.slice(0, 10));
      assert.ok(back);
      assert.equal(back.id, d.id);
      assert.equal(back.text, d.text);
      assert.equal(back.title, d.title);
      assert.deepEqual(back.entities, d.entities);
      assert.deepEqual(back.quotes, d.quotes);
      for (const e of back.entities) for (const m of e.mentions) assert.equal(back.text.slice(m.start, m.end), m.text);
      assert.equal(await s.getDocument('0'.repeat(64)), null);
      await assert.rejects(s.getDocument('not-an-id'), /not a document id/);
    }));

  test(`${name}: search matches inflected, clitic and spelling variants`, () =>
    withStore(async (s) => {
      await s.addDocuments(all());
      const ids = async (q: string) => (await s.search(parseQuery(q), { limit: 10 })).hits.map((h) => h.title);
      assert.deepEqual(await ids('انشقاق'), [ARTICLES[0].title]); // text says الانشقاقات and انشقاقات
      assert.deepEqual(await ids('امريكا عقوبات'), [ARTICLES[2].title]); // أمريكا
      assert.deepEqual(await ids('والموصل'), [ARTICLES[1].title]);
      assert.deepEqual(await ids('الْمَوْصِل'), [ARTICLES[1].title]); // diacritized
      assert.deepEqual(await ids('اعمار الموصل'), [ARTICLES[1].title]); // إعمار without hamza
    }));

  test(`${name}: phrases, OR, exclusions and the any-word fallback`, () =>
    withStore(async (s) => {
      await s.addDocuments(all());
      const run = (q: string) => s.search(parseQuery(q), { limit: 10 });
      assert.equal((await run('"مكافحة الإرهاب"')).total, 1);
      assert.equal((await run('"الإرهاب مكافحة"')).total, 0);
      assert.equal((await run('الموصل OR القاهرة')).total, 2);
      assert.equal((await run('قال -الموصل')).hits.some((h) => h.title === ARTICLES[1].title), false);
      const any = await run('الموصل القاهرة');
      assert.equal(any.matched, 'any');
      assert.equal(any.total, 2);
    }));

  test(`${name}: when fewer documents than asked have all the words, those with all but one follow, marked partial`, () =>
    withStore(async (s) => {
      const chinese: TestArticle = { title: 'عقوبات على شركات صينية', site: 'Test', published: '2019-01-01T10:00:00', text: 'فرضت الحكومة عقوبات على شركات صينية تعمل في قطاع الاتصالات.' };
      await s.addDocuments([...all(), prepared(chinese)]);
      const r = await s.search(parseQuery('عقوبات شركات إيرانية'), { limit: 10 });
      assert.equal(r.matched, 'all');
      assert.deepEqual(r.hits.map((h) => [h.title, h.partial ?? false]), [[ARTICLES[2].title, false], [chinese.title, true]]);
      assert.equal(r.total, 2);
      // a page that the documents with all the words fill has no partial ones
      const one = await s.search(parseQuery('عقوبات شركات إيرانية'), { limit: 1 });
      assert.deepEqual(one.hits.map((h) => h.partial ?? false), [false]);
    }));

  test(`${name}: when no document has all the words, those with all but one come before those with one`, () =>
    withStore(async (s) => {
      // one rare word in the title and many times (bm25 over any of the words ranks it first), against
      // two common ones once
      const one: TestArticle = { title: 'زلزال', site: 'Test', published: '2019-01-02T10:00:00', text: 'زلزال قوي. ' + 'ضرب الزلزال المدينة. '.repeat(8) };
      const two: TestArticle = { title: 'مدارس مغلقة', site: 'Test', published: '2019-01-03T10:00:00', text: 'أغلقت المدارس أبوابها بسبب الأمطار والفيضانات في الشمال.' };
      const common = ['أمطار في الجنوب', 'مدارس جديدة', 'الأمطار تعود', 'افتتاح مدارس'].map((title, k): TestArticle => ({ title, site: 'Test', published: `2019-02-0${k + 1}T10:00:00`, text: title + ' اليوم ' + k + '.' }));
      await s.addDocuments([...all(), prepared(one), prepared(two), ...common.map(prepared)]);
      const r = await s.search(parseQuery('أمطار مدارس زلزال'), { limit: 10 });
      assert.equal(r.matched, 'any');
      assert.equal(r.hits[0].title, two.title);
      assert.ok(r.hits.some((h) => h.title === one.title));
      assert.equal(r.total, r.hits.length);
    }));

  test(`${name}: filters by speaker, entity, type, source and dates`, () =>
    withStore(async (s) => {
      await s.addDocuments(all());
      const titles = async (q: string) => (await s.search(parseQuery(q), { limit: 10 })).hits.map((h) => h.title).sort();
      assert.deepEqual(await titles('speaker:سميث'), [ARTICLES[0].title]);
      assert.deepEqual(await titles('قال entity:العبادي'), [ARTICLES[1].title]);
      // a name the curated lists give another canonical finds the entity stored under it (داعش)
      assert.deepEqual(await titles('entity:داعش'), [ARTICLES[0].title]);
      assert.deepEqual(await titles('entity:"الدولة الإسلامية"'), [ARTICLES[0].title]);
      assert.deepEqual(await titles('entity:"تنظيم الدولة" type:ORG'), [ARTICLES[0].title]);
      assert.deepEqual(await titles('entity:"الدولة الإسلامية" type:PER'), []);
      assert.deepEqual(await titles('source:bbc'), [ARTICLES[2].title]);
      assert.deepEqual(await titles('from:2018-03 to:2018-06'), [ARTICLES[2].title]);
      assert.deepEqual(await titles('from:2018-05-21 to:2018-05-21'), [ARTICLES[2].title]);
      assert.deepEqual(await titles('to:2017'), [ARTICLES[0].title]);
      assert.ok((await titles('type:PER')).length >= 2);
    }));

  test(`${name}: snippets mark the matching words of the document as written`, () =>
    withStore(async (s) => {
      await s.addDocuments(all());
      const r = await s.search(parseQuery('انشقاق'), { limit: 1 });
      assert.match(r.hits[0].snippet, /<mark>(الانشقاقات|انشقاقات)<\/mark>/);
      // a filter alone: the entity's name is marked, under an alias too
      const f = await s.search(parseQuery('entity:"الدولة الإسلامية"'), { limit: 1 });
      assert.match(f.hits[0].snippet, /<mark>داعش<\/mark>/);
    }));

  test(`${name}: a reprint joins its original's group, in either order, and counts once`, async () => {
    for (const order of [
      [ARTICLES[0], REPRINT],
      [REPRINT, ARTICLES[0]],
    ]) {
      await withStore(async (s) => {
        await s.addDocuments([...order.map(prepared), prepared(ARTICLES[1])]);
        const r = await s.search(parseQuery('انشقاقات داعش'), { limit: 10, facets: true });
        assert.equal(r.total, 1);
        const original = prepared(ARTICLES[0]).json.id;
        const reprint = prepared(REPRINT).json.id;
        // the earliest-published member represents the group
        assert.equal(r.hits[0].id, original);
        assert.deepEqual(r.hits[0].duplicates, [reprint]);
        const back = await s.getDocument(reprint);
        assert.equal(back!.group, original);
        assert.deepEqual(back!.copies, [original]);
        assert.equal((await s.stats()).groups, 2);
      });
    }
  });

  test(`${name}: facets count entities, speakers, sources and months over the hits`, () =>
    withStore(async (s) => {
      await s.addDocuments(all());
      const r = await s.search(parseQuery('قال'), { limit: 10, facets: true });
      assert.ok(r.facets);
      assert.ok(r.facets.sources.length >= 3);
      assert.ok(r.facets.speakers.some((sp) => sp.name.includes('سميث')));
      assert.ok(r.facets.entities.length > 0);
      assert.equal(r.facets.dates.reduce((n, d) => n + d.count, 0), r.facets.over);
    }));

  test(`${name}: entities merge across documents by canonical name; quotes filter by speaker`, () =>
    withStore(async (s) => {
      await s.addDocuments([...all(), prepared(REPRINT)]);
      const top = await s.topEntities({ limit: 100 });
      // the reprint repeats the expert's words: two documents, one group
      const smith = top.find((e) => e.name === 'مايكل سميث');
      assert.ok(smith, 'مايكل سميث is an entity');
      assert.equal(smith.type, 'PER');
      assert.equal(smith.documents, 2);
      assert.equal(smith.groups, 1);
      assert.ok(smith.mentions >= 4);
      const quotes = [];
      for await (const q of s.quotes({ speaker: 'مايكل سميث' })) quotes.push(q);
      assert.ok(quotes.length >= 2);
      for (const q of quotes) assert.match(q.speaker?.name ?? '', /سميث/);
      let n = 0;
      for await (const d of s.documents()) n += d.text.length > 0 ? 1 : 0;
      assert.equal(n, 5);
    }));
}
