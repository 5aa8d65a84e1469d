import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, QueryError } from '../../src/search/query.js';
import { searchTerms } from '../../src/search/terms.js';
import { snippet } from '../../src/search/snippet.js';
import { matchExpression } from '../../src/store/sqlite/query-sql.js';

test('search terms fold clitics, suffixes, hamza, ta marbuta, diacritics and tatweel', () => {
  assert.deepEqual(searchTerms('انشقاق وانشقاقات الانشقاقات'), ['انشقاق', 'انشقاق', 'انشقاق']);
  assert.deepEqual(searchTerms('أمريكا امريكا'), ['امريكا', 'امريكا']);
  assert.deepEqual(searchTerms('الحكومة الحكومه الحُكُومـــة'), ['حكوم', 'حكوم', 'حكوم']);
  assert.deepEqual(searchTerms('Trump ٢٠١٨'), ['trump', '2018']);
});

test('words, phrases, OR, exclusions and filters parse into groups', () => {
  const q = parseQuery('داعش "الدولة الإسلامية" OR تنظيم -العراق speaker:"مايكل سميث" source:bbc from:2017-02 to:2018');
  assert.deepEqual(
    q.groups.map((g) => g.map((i) => i.terms.join(' '))),
    [['داعش'], ['دول اسلام', 'تنظيم']],
  );
  assert.deepEqual(q.exclude.map((i) => i.terms), [['عراق']]);
  assert.deepEqual(q.filters.speaker, ['مايكل سميث']);
  assert.deepEqual(q.filters.source, ['bbc']);
  assert.equal(q.filters.from, '2017-02');
  assert.equal(q.filters.to, '2019'); // to: includes the whole of 2018
  assert.equal(matchExpression(q, 'all'), '"داعش" AND ("دول اسلام" OR "تنظيم") NOT ("عراق")');
});

test('a filter alone is a query; to: a day includes that day', () => {
  const q = parseQuery('entity:داعش type:org to:2024-02-28');
  assert.deepEqual(q.groups, []);
  assert.deepEqual(q.filters.type, ['ORG']);
  assert.equal(q.filters.to, '2024-02-29');
});

test('malformed queries get a message that says what is wrong, never an SQL error', () => {
  const cases: [string, RegExp][] = [
    ['"غير مغلق', /never closed/],
    ['', /nothing to search for/],
    ['-داعش', /exclusions alone/],
    ['OR داعش', /OR must stand between/],
    ['داعش OR', /OR must stand between/],
    ['lang:ar', /unknown filter "lang:"/],
    ['from:2024-13', /no month 13/],
    ['from:2023-02-30', /not a day of the calendar/],
    ['from:yesterday', /is not a date/],
    ['from:2024 to:2023', /from: is not before to:/],
    ['type:PERSON', /not an entity type/],
    ['speaker:', /has no value/],
    ['-speaker:x داعش', /cannot be negated/],
  ];
  for (const [q, message] of cases) {
    assert.throws(() => parseQuery(q), (e: unknown) => e instanceof QueryError && message.test(e.message), q);
  }
  // hostile characters are just text: they become no terms, or terms of letters only
  assert.deepEqual(parseQuery('داعش*) NEAR( ;DROP').groups.map((g) => g[0].terms), [['داعش'], ['near'], ['drop']]);
});

test('the snippet is the passage with the most query terms, marked as the document writes them', () => {
  const text = 'مقدمة طويلة لا علاقة لها بالموضوع. ' + 'كلام عام. '.repeat(30) + 'وتحدث عن الانشقاقات في صفوف التنظيم <داعش> أمس.';
  const s = snippet(text, new Set(['انشقاق', 'داعش']));
  assert.match(s, /<mark>الانشقاقات<\/mark>/);
  assert.match(s, /&lt;<mark>داعش<\/mark>&gt;/);
  assert.ok(s.startsWith('… '));
});

test('search terms keep الله and مائة whole: not the pronoun له, not the particle ما', () => {
  assert.deepEqual(searchTerms('الله والله بالله لله'), ['الله', 'الله', 'الله', 'الله']);
  assert.notEqual(searchTerms('له')[0], 'الله');
  assert.deepEqual(new Set(searchTerms('مائة مئة المئة بالمئة ومائة')).size, 1);
  assert.notEqual(searchTerms('مائة')[0], searchTerms('ما')[0]);
});
