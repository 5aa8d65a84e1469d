import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateTime, parseDatelineLine, hijriToGregorian } from '../../src/parse/datetime.js';

const cases: [string, string, string | null][] = [
  ['weekday, day, month name, year and time after a slash', 'الثلاثاء 15 أغسطس 2017 / 13:26', '2017-08-15T13:26'],
  ['Egyptian/Gulf month with hamza variant', '3 إبريل 2020', '2020-04-03'],
  ['Egyptian spelling يونيه', '9 يونيه 2016', '2016-06-09'],
  ['Levantine month of two words', 'الاثنين 3 كانون الثاني 2022', '2022-01-03'],
  ['Levantine تشرين الأول', '6 تشرين الأول 1973', '1973-10-06'],
  ['Iraqi آذار with a comma after the weekday', 'الأحد، 19 آذار 2023', '2023-03-19'],
  ['Algerian/Tunisian جانفي', '1 جانفي 2020', '2020-01-01'],
  ['Algerian/Tunisian جويلية and أوت', '14 جويلية 2019', '2019-07-14'],
  ['Algerian أوت', '20 أوت 2018', '2018-08-20'],
  ['Moroccan دجنبر', '12 دجنبر 2019', '2019-12-12'],
  ['Moroccan غشت and شتنبر', '5 شتنبر 2021', '2021-09-05'],
  ['Moroccan يوليوز', '30 يوليوز 2021', '2021-07-30'],
  ['Maghreb ماي', '15 ماي 2019', '2019-05-15'],
  ['combined Levantine/Egyptian names with a slash', '15 آب/أغسطس 2017', '2017-08-15'],
  ['combined names with brackets', '15 آب (أغسطس) 2017', '2017-08-15'],
  ['Arabic-Indic digits', '١٥ أغسطس ٢٠١٧', '2017-08-15'],
  ['year written against the month', 'الجمعة 31 يوليو2015', '2015-07-31'],
  ['alef maqsura for ya in the weekday', 'الثلاثاء 15 أغسطس 2017', '2017-08-15'],
  ['PM marker م', '15 أغسطس 2017 - 1:26 م', '2017-08-15T13:26'],
  ['AM marker ص at noon', '15 أغسطس 2017 12:10 ص', '2017-08-15T00:10'],
  ['time cue الساعة', '15 أغسطس 2017 الساعة 13:26', '2017-08-15T13:26'],
  ['time before the date', '13:26 | 15/08/2017', '2017-08-15T13:26'],
  ['DD/MM/YYYY', '15/08/2017', '2017-08-15'],
  ['DD-MM-YYYY with a time', '15-08-2017 10:05', '2017-08-15T10:05'],
  ['YYYY/MM/DD', '2017/08/15', '2017-08-15'],
  ['Hijri with هـ', '22 ذو القعدة 1438 هـ', '2017-08-14'],
  ['Hijri genitive ذي and attached ه', '22 ذي القعدة 1438ه', '2017-08-14'],
  ['Hijri رمضان without era mark', '1 رمضان 1439', '2018-05-16'],
  ['Hijri numeric', '1438/11/22هـ', '2017-08-14'],
  ['Hijri ربيع الأول', '12 ربيع الأول 1441 هـ.', '2019-11-09'],
  ['month and year only', 'يونيه 2018', '2018-06'],
  ['RFC 822 with an offset', 'Sun, 18 Feb 2018 21:35:43 +0400', '2018-02-18T21:35:43+04:00'],
  ['RFC 822 in GMT', 'Sun, 18 Feb 2018 21:35:43 GMT', '2018-02-18T21:35:43Z'],
  ['ISO with a space', '2018-02-18 21:35', '2018-02-18T21:35'],
  ['ISO with Z kept', '2018-02-18T21:35:00Z', '2018-02-18T21:35:00Z'],
  ['time in GMT said in Arabic', '15 أغسطس 2017 13:26 بتوقيت غرينتش', '2017-08-15T13:26Z'],
  ['an impossible day', '31 فبراير 2017', null],
  ['no date at all', 'مرحبا', null],
  ['a day and month without a year', '15 أغسطس', null],
];

for (const [name, input, expected] of cases) {
  test(`parseDateTime: ${name}`, () => {
    assert.equal(parseDateTime(input), expected);
  });
}

test('hijriToGregorian follows Umm al-Qura and rejects a 30th the month lacks', () => {
  assert.equal(hijriToGregorian(1438, 12, 10), '2017-09-01');
  assert.equal(hijriToGregorian(1445, 9, 1), '2024-03-11');
  assert.equal(hijriToGregorian(1438, 11, 31), null);
});

test('parseDatelineLine accepts a line that is only a date, with label, weekday and separators', () => {
  assert.equal(parseDatelineLine('الثلاثاء 15 أغسطس 2017 / 13:26'), '2017-08-15T13:26');
  assert.equal(parseDatelineLine('تاريخ النشر: الخميس 10 أوت 2017 - 11:30'), '2017-08-10T11:30');
  assert.equal(parseDatelineLine('نشر في: 12/10/2019'), '2019-10-12');
  assert.equal(parseDatelineLine('Sun, 18 Feb 2018 21:35:43 +0400'), '2018-02-18T21:35:43+04:00');
});

test('parseDatelineLine rejects sentences that merely mention a date', () => {
  assert.equal(parseDatelineLine('وصل الوفد في 15 أغسطس 2017 إلى القاهرة'), null);
  assert.equal(parseDatelineLine('انشقاقات داخلية تنذر بزوال سريع'), null);
  assert.equal(parseDatelineLine('15 أغسطس'), null);
});
