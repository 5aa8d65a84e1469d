import type { Span } from '../doc/span.js';
import { loadLangJson } from '../lang/ar/index.js';
import { DIGIT, WORD_END, WORD_START, alternation, arabicPattern, asciiDigits, foldArabic } from '../parse/arabic-pattern.js';
import { scanAtTriggers, triggerWords, type ScanRule, type Triggers } from '../parse/trigger-scan.js';
import {
  absoluteDateRule,
  hijriToGregorian,
  isoDate,
  isoDayMs,
  weekdayNames,
  weekdayNumber,
  weekdayPattern,
} from '../parse/datetime.js';
import type { Annotator } from './annotator.js';

/**
 * Dates in a body: absolute ones (every form `parseDateTime` reads), years with a cue
 * ("في عام 2003"), and relative ones ("أمس", "الثلاثاء الماضي", "قبل يومين") resolved against
 * the publication date. Values are ISO 8601 at the precision the text states:
 * "2003", "2017-08", "2017-08-15", "2017-08-15T13:26"; weeks as ISO weeks ("2017-W32").
 */

type Unit = 'day' | 'week' | 'month' | 'year';

interface RelativeData {
  phrases: { text: string; unit: Unit; offset: number }[];
  todayWords: string[];
  notAfter: string[];
  notBefore: string[];
  weekdayPast: string[];
  weekdayNext: string[];
  weekdayCue: string[];
  ago: string[];
  units: Record<Unit, { one: string[]; two: string[]; many: string[] }>;
  numbers: Record<string, string[]>;
  yearCues: string[];
  yearPrepositions: string[];
}
interface MonthsData {
  hijriEraMarks: string[];
  gregorianEraMarks: string[];
}

interface Compiled {
  /** Sticky; tried only at `triggers`. */
  re: RegExp;
  triggers: Triggers;
  prepositionBefore: RegExp;
  phrases: Map<string, { unit: Unit; offset: number }>;
  todayWords: Set<string>;
  notAfter: Set<string>;
  notBefore: Set<string>;
  past: Set<string>;
  unitOf: Map<string, { unit: Unit; count: number | null }>;
  numbers: Map<string, number>;
  hijriEra: Set<string>;
}

let compiled: Compiled | undefined;

/** A phrase opening with the article also matches after the preposition ل: "للعام المقبل". */
function withArticle(phrase: string): string {
  const f = foldArabic(phrase);
  if (!f.startsWith('ال')) return arabicPattern(f);
  return `(?:${arabicPattern('ا')}|(?<=ل))${arabicPattern(f.slice(1))}`;
}

function alternationWithArticle(phrases: string[]): string {
  const uniq = [...new Set(phrases.map(foldArabic))].sort((a, b) => b.length - a.length);
  return uniq.map(withArticle).join('|');
}

function compile(): Compiled {
  const data = loadLangJson<RelativeData>('relative-dates.json');
  const months = loadLangJson<MonthsData>('months.json');
  const D = DIGIT;
  const wd = weekdayPattern();
  const era = alternation([...months.hijriEraMarks, ...months.gregorianEraMarks]);
  const unitOf = new Map<string, { unit: Unit; count: number | null }>();
  const ones: string[] = [];
  const twos: string[] = [];
  const manys: string[] = [];
  for (const [unit, forms] of Object.entries(data.units) as [Unit, RelativeData['units'][Unit]][]) {
    forms.one.forEach((w) => (unitOf.set(foldArabic(w), { unit, count: 1 }), ones.push(w)));
    forms.two.forEach((w) => (unitOf.set(foldArabic(w), { unit, count: 2 }), twos.push(w)));
    forms.many.forEach((w) => (unitOf.set(foldArabic(w), { unit, count: null }), manys.push(w)));
  }
  const numbers = new Map<string, number>();
  for (const [n, words] of Object.entries(data.numbers)) words.forEach((w) => numbers.set(foldArabic(w), Number(n)));

  const year =
    `(?:(?<prep>${alternation(data.yearPrepositions)})\\s+)?(?<cue>${alternation(data.yearCues)})\\s*` +
    `(?<y>${D}{4})(?!${D})(?:\\s*(?<era>${era})${WORD_END})?`;
  const weekdayRelative =
    `(?:(?<wcue>${alternation(data.weekdayCue)})\\s+)?(?<wd>${wd})\\s+(?<dir>${alternation([...data.weekdayPast, ...data.weekdayNext])})${WORD_END}`;
  const bareWeekday = `(?<bcue>${alternation(data.weekdayCue)})\\s+(?<bwd>${wd})${WORD_END}`;
  // "قبل يومين", "منذ ثلاثة أيام", "قبل 5 سنوات", "قبل أسبوع" (not "قبل عام 2003", not "قبل يومين من ...").
  const ago =
    `(?<ago>${alternation(data.ago)})\\s+(?:(?<count>${D}{1,2}|${alternation(Object.keys(Object.fromEntries(numbers)))})\\s+(?<many>${alternation(manys)})` +
    `|(?<two>${alternation(twos)})|(?<one>${alternation(ones)})(?!\\s*${D}))${WORD_END}(?!\\s+(?:من|على)${WORD_END})`;
  const phrase = `(?<phrase>${alternationWithArticle(data.phrases.map((p) => p.text))})${WORD_END}(?:[\\s،,]+(?<pwd>${wd})${WORD_END})?`;
  const source = `${WORD_START}(?<cl>[وف]?[بل]?)(?:${year}|${weekdayRelative}|${bareWeekday}|${ago}|${phrase})`;

  const phrases = new Map<string, { unit: Unit; offset: number }>();
  for (const p of data.phrases) phrases.set(foldArabic(p.text), { unit: p.unit, offset: p.offset });
  return {
    re: new RegExp(source, 'uy'),
    // Prepositions ("في") are too frequent to trigger on: a year match takes its preposition afterwards.
    prepositionBefore: new RegExp(
      `(?:(?<![\\p{L}\\p{M}\\p{N}])|(?<=(?<![\\p{L}\\p{M}\\p{N}])[وف]))(?:${alternation(data.yearPrepositions)})\\s+$`,
      'u',
    ),
    triggers: triggerWords([
      ...data.yearCues, ...data.weekdayCue, ...data.ago,
      ...data.phrases.map((p) => p.text), ...weekdayNames(),
    ]),
    phrases,
    todayWords: new Set(data.todayWords.map(foldArabic)),
    notAfter: new Set(data.notAfter.map(foldArabic)),
    notBefore: new Set(data.notBefore.map(foldArabic)),
    past: new Set(data.weekdayPast.map(foldArabic)),
    unitOf,
    numbers,
    hijriEra: new Set(months.hijriEraMarks.map(foldArabic)),
  };
}

const DAY_MS = 86_400_000;

/** ISO week ("2017-W33") of a UTC day. */
export function isoWeek(ms: number): string {
  const d = new Date(ms);
  const weekday = d.getUTCDay() || 7;
  const thursday = new Date(ms + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.ceil(((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** `published` moved by `offset` units, at that unit's precision. */
function shift(refMs: number, unit: Unit, offset: number): string {
  const d = new Date(refMs);
  switch (unit) {
    case 'day':
      return isoDate(refMs + offset * DAY_MS);
    case 'week':
      return isoWeek(refMs + offset * 7 * DAY_MS);
    case 'month': {
      const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1));
      return m.toISOString().slice(0, 7);
    }
    case 'year':
      return String(d.getUTCFullYear() + offset).padStart(4, '0');
  }
}

/** The word before `index` and the word from `index`, folded, for context checks. */
function wordBefore(text: string, index: number): string {
  const m = /([\p{L}\p{M}]+)[^\p{L}\p{M}\p{N}]*$/u.exec(text.slice(Math.max(0, index - 30), index));
  return m ? foldArabic(m[1]) : '';
}
function wordAfter(text: string, index: number): string {
  const m = /^[\s،,]*([\p{L}\p{M}]+)/u.exec(text.slice(index, index + 30));
  return m ? foldArabic(m[1]) : '';
}

function span(start: number, end: number, source: string, attrs: Record<string, unknown>): Span {
  return { start, end, label: 'DATE', source, attrs };
}

/**
 * Every date expression in `text`, in order, not overlapping. `published` (ISO) resolves
 * relative expressions and gives the year of "15 أغسطس"; without it their value is null
 * (or "--08-15").
 */
export function findDates(text: string, published: string | null): Span[] {
  compiled ??= compile();
  const c = compiled;
  const refMs = isoDayMs(published);
  const spans: Span[] = [];

  const absolute = absoluteDateRule(published, (d) => {
    const attrs: Record<string, unknown> = { value: d.value };
    if (d.calendar === 'islamic') {
      attrs.calendar = 'islamic';
      if (d.hijri !== undefined) attrs.hijri = d.hijri;
    }
    spans.push(span(d.start, d.end, 'dates/absolute', attrs));
  });
  const relative: ScanRule = {
    re: c.re,
    triggers: c.triggers,
    digits: null,
    accept: (m) => {
      const found = relativeSpan(c, text, m, refMs);
      // A preposition taken back ("في عام") must not reach into the previous match.
      if (found === null || (spans.length > 0 && found.start < spans[spans.length - 1].end)) return false;
      spans.push(found);
      return true;
    },
  };
  // Absolute first: "الثلاثاء 15 أغسطس" is a date, not the weekday "الثلاثاء".
  scanAtTriggers(text, [absolute, relative]);
  return spans.sort((a, b) => a.start - b.start);
}

/** One match of the year/relative pattern -> its span, or null when context says it is no date. */
function relativeSpan(c: Compiled, text: string, m: RegExpExecArray, refMs: number | null): Span | null {
  const g = m.groups as Record<string, string | undefined>;
  let start = m.index + (g.cl?.length ?? 0);
  const end = m.index + m[0].length;
  if (start === end) return null;
  const next = wordAfter(text, end);
  if (c.notBefore.has(next)) return null;

  if (g.y !== undefined) {
    const y = parseInt(asciiDigits(g.y), 10);
    if (g.prep === undefined) {
      const before = c.prepositionBefore.exec(text.slice(Math.max(0, start - 12), start));
      if (before) start -= before[0].length;
    }
    const hijri = g.era !== undefined && c.hijriEra.has(foldArabic(g.era));
    if (hijri) {
      // A Hijri year spans two Gregorian ones: report the one it begins in.
      const first = hijriToGregorian(y, 1, 1);
      if (first === null) return null;
      return span(start, end, 'dates/year', { value: first.slice(0, 4), calendar: 'islamic', hijri: String(y) });
    } else if (y >= 1000 && y <= 2200) {
      return span(start, end, 'dates/year', { value: String(y) });
    }
    return null;
  }

  let value: string | null = null;
  if (g.dir !== undefined || g.bwd !== undefined) {
    const day = weekdayNumber((g.wd ?? g.bwd)!);
    if (day === undefined) return null;
    if (refMs !== null) {
      const refDay = new Date(refMs).getUTCDay();
      let delta: number;
      if (g.dir === undefined) delta = -((refDay - day + 7) % 7); // "يوم الثلاثاء": news tell of the latest one
      else if (c.past.has(foldArabic(g.dir))) delta = -(((refDay - day + 7) % 7) || 7);
      else delta = ((day - refDay + 7) % 7) || 7;
      value = isoDate(refMs + delta * DAY_MS);
    }
  } else if (g.ago !== undefined) {
    const unitWord = (g.many ?? g.two ?? g.one)!;
    const unit = c.unitOf.get(foldArabic(unitWord));
    if (!unit) return null;
    let count = unit.count;
    if (count === null) {
      const raw = g.count!;
      count = /\p{N}/u.test(raw) ? parseInt(asciiDigits(raw), 10) : c.numbers.get(foldArabic(raw)) ?? NaN;
    }
    if (!(count > 0)) return null;
    if (refMs !== null) value = shift(refMs, unit.unit, -count);
  } else if (g.phrase !== undefined) {
    let key = foldArabic(g.phrase);
    if (!c.phrases.has(key) && key.startsWith('ل')) {
      key = 'ا' + key; // "للعام": the proclitic ل has swallowed the article's alef; keep the whole word
      start -= 1;
    }
    const rel = c.phrases.get(key);
    if (!rel) return null;
    if (c.todayWords.has(key) && g.pwd === undefined) {
      // "اليوم الوطني", "اليوم الأول", "عين اليوم": a name or an adjective phrase, not today.
      if (next.startsWith('ال') || c.notAfter.has(wordBefore(text, m.index))) return null;
    }
    if (refMs !== null) value = shift(refMs, rel.unit, rel.offset);
  } else {
    return null;
  }
  return span(start, end, 'dates/relative', { value, relative: true });
}

export const datesAnnotator: Annotator = {
  name: 'dates',
  requires: [],
  adds: ['dates'],
  annotate(doc) {
    doc.setLayer('dates', findDates(doc.text, doc.published));
  },
};

