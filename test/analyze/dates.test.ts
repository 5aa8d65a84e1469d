import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { Doc } from '../../src/doc/doc.js';
import { datesAnnotator, findDates, isoWeek } from '../../src/analyze/dates.js';
import { composeBody, parseArticleText } from '../../src/parse/text.js';

const PUBLISHED = '2017-08-15T13:26'; // a Tuesday
const SAMPLE = join(PACKAGE_ROOT, '..', 'shared', 'samples', 'article-ar-2017-08-15.txt');

/** [surface, value, source] of every date in `text`. */
function dates(text: string, published: string | null = PUBLISHED): [string, unknown, string][] {
  return findDates(text, published).map((s) => [text.slice(s.start, s.end), s.attrs?.value, s.source]);
}

test('a year with its cue words is one span covering the cue, as in the contract example', () => {
  assert.deepEqual(dates('بعد الغزو الأمريكي للعراق في عام 2003، والاحتلال'), [['في عام 2003', '2003', 'dates/year']]);
  assert.deepEqual(dates('منذ العام 2011 وحتى سنة 2015'), [['منذ العام 2011', '2011', 'dates/year'], ['حتى سنة 2015', '2015', 'dates/year']]);
  assert.deepEqual(dates('وفي عام 2003 انتهت'), [['في عام 2003', '2003', 'dates/year']]);
});

test('bare numbers and years without a cue are not dates', () => {
  assert.deepEqual(dates('قتل 2003 شخصا في 2003 وبلغ العدد 15'), []);
  assert.deepEqual(dates('في يوم واحد'), []);
});

test('day month year in each regional series, with Arabic-Indic digits', () => {
  assert.deepEqual(dates('وصل في 15 أغسطس 2017 ثم في ٣ كانون الثاني ٢٠١٨ وفي 1 جانفي 2019 و12 دجنبر 2019'), [
    ['15 أغسطس 2017', '2017-08-15', 'dates/absolute'],
    ['٣ كانون الثاني ٢٠١٨', '2018-01-03', 'dates/absolute'],
    ['1 جانفي 2019', '2019-01-01', 'dates/absolute'],
    ['12 دجنبر 2019', '2019-12-12', 'dates/absolute'],
  ]);
});

test('a weekday before a date and a clock time after it are part of the span', () => {
  assert.deepEqual(dates('الثلاثاء 15 أغسطس 2017 / 13:26 قال'), [['الثلاثاء 15 أغسطس 2017 / 13:26', '2017-08-15T13:26', 'dates/absolute']]);
});

test('month and year, day and month (year from the publication date), combined names', () => {
  assert.deepEqual(dates('في أيار 2016 وفي 3 مارس و15 آب/أغسطس 2017'), [
    ['أيار 2016', '2016-05', 'dates/absolute'],
    ['3 مارس', '2017-03-03', 'dates/absolute'],
    ['15 آب/أغسطس 2017', '2017-08-15', 'dates/absolute'],
  ]);
  assert.deepEqual(dates('في 3 مارس', null), [['3 مارس', '--03-03', 'dates/absolute']]);
});

test('numeric dates D/M/Y and Y/M/D', () => {
  assert.deepEqual(dates('بتاريخ 15/08/2017 و2017-08-16'), [
    ['15/08/2017', '2017-08-15', 'dates/absolute'],
    ['2017-08-16', '2017-08-16', 'dates/absolute'],
  ]);
});

test('Hijri dates convert to Gregorian and keep the Hijri date', () => {
  const [span] = findDates('الموافق 22 ذو القعدة 1438 هـ', PUBLISHED);
  assert.equal(span.attrs?.value, '2017-08-14');
  assert.equal(span.attrs?.hijri, '1438-11-22');
  assert.equal(span.attrs?.calendar, 'islamic');
  assert.deepEqual(dates('في عام 1438 هـ'), [['في عام 1438 هـ', '2016', 'dates/year']]);
});

test('yesterday, today, tomorrow and last night resolve against the publication date', () => {
  assert.deepEqual(dates('قال أمس إن الاجتماع اليوم وغداً، بعد أن وصل أول أمس والليلة الماضية'), [
    ['أمس', '2017-08-14', 'dates/relative'],
    ['اليوم', '2017-08-15', 'dates/relative'],
    ['غداً', '2017-08-16', 'dates/relative'],
    ['أول أمس', '2017-08-13', 'dates/relative'],
    ['الليلة الماضية', '2017-08-14', 'dates/relative'],
  ]);
});

test('a named weekday with الماضي/المقبل/القادم resolves to the previous or next one', () => {
  assert.deepEqual(dates('الثلاثاء الماضي والخميس المقبل ويوم الأحد القادم'), [
    ['الثلاثاء الماضي', '2017-08-08', 'dates/relative'],
    ['الخميس المقبل', '2017-08-17', 'dates/relative'],
    ['يوم الأحد القادم', '2017-08-20', 'dates/relative'],
  ]);
  assert.deepEqual(dates('أمس الاثنين'), [['أمس الاثنين', '2017-08-14', 'dates/relative']]);
});

test('last/next week, month and year resolve to an ISO week, a month and a year', () => {
  assert.deepEqual(dates('الأسبوع الماضي والأسبوع المقبل والشهر الماضي والعام الماضي وللعام المقبل'), [
    ['الأسبوع الماضي', '2017-W32', 'dates/relative'],
    ['الأسبوع المقبل', '2017-W34', 'dates/relative'],
    ['الشهر الماضي', '2017-07', 'dates/relative'],
    ['العام الماضي', '2016', 'dates/relative'],
    ['للعام المقبل', '2018', 'dates/relative'],
  ]);
  assert.equal(isoWeek(Date.UTC(2021, 0, 3)), '2020-W53');
});

test('"N days ago" counts back from the publication date', () => {
  assert.deepEqual(dates('قبل يومين ومنذ ثلاثة أيام وقبل 5 سنوات'), [
    ['قبل يومين', '2017-08-13', 'dates/relative'],
    ['منذ ثلاثة أيام', '2017-08-12', 'dates/relative'],
    ['قبل 5 سنوات', '2012', 'dates/relative'],
  ]);
  assert.deepEqual(dates('قبل يومين من الانتخابات'), []);
});

test('relative dates without a publication date have a null value and say they are relative', () => {
  const [span] = findDates('وصل أمس', null);
  assert.deepEqual(span.attrs, { value: null, relative: true });
});

test('"اليوم" in names and adjective phrases is not today; "بأمس الحاجة" is not yesterday', () => {
  assert.deepEqual(dates('احتفل باليوم الوطني وفي اليوم الأول، كما ذكرت عين اليوم، وهو بأمس الحاجة'), []);
});

test('spans are exact slices and never overlap', () => {
  const text = 'الثلاثاء 15 أغسطس 2017 وقال أمس الثلاثاء الماضي في عام 2003';
  const spans = findDates(text, PUBLISHED);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start);
  assert.ok(spans.every((s) => s.label === 'DATE'));
});

test('the annotator fills the dates layer of a Doc', () => {
  const doc = new Doc('وصل أمس', PUBLISHED);
  datesAnnotator.annotate(doc);
  assert.equal(doc.layer('dates').length, 1);
  assert.deepEqual(datesAnnotator.adds, ['dates']);
});

test('the reference article yields "في عام 2003" as a year', { skip: !existsSync(SAMPLE) && 'reference sample ../shared is absent' }, () => {
  const a = parseArticleText(readFileSync(SAMPLE, 'utf8'));
  const text = composeBody(a).text;
  const found = findDates(text, a.published).map((s) => ({ text: text.slice(s.start, s.end), value: s.attrs?.value }));
  assert.ok(found.some((d) => d.text === 'في عام 2003' && d.value === '2003'), JSON.stringify(found));
});
