import { loadLangJson } from '../lang/ar/index.js';
import { daysInMonth, gregorianDay, gregorianToHijri, hijriToGregorian, isoDayMs, pad } from './calendar.js';
import { CLITIC_START, DIGIT, NAME_END, WORD_END, WORD_START, alternation, asciiDigits, foldArabic } from './arabic-pattern.js';
import { scanAtTriggers, triggerWords, type ScanRule, type Triggers } from './trigger-scan.js';

export { gregorianToHijri, hijriToGregorian, isoDate, isoDayMs } from './calendar.js';

/**
 * Dates and times as Arabic news sites write them -> ISO 8601. One grammar serves three callers:
 * `parseDateTime` (a field or a line), `parseDatelineLine` (is this whole line a date?) and the
 * `dates` annotator (every date in a body), so they never disagree.
 *
 * Matching runs on the original text with letter classes (أ/إ/آ/ا, ي/ى, ة/ه, optional harakat
 * and tatweel between letters), so every match is an exact range of the input; names are
 * folded only to look them up.
 */

// ---------------------------------------------------------------------------------------------
// Language data, compiled once.

interface MonthsData {
  gregorian: Record<string, string[][]>;
  hijri: string[][];
  hijriEraMarks: string[];
  gregorianEraMarks: string[];
  rfc822: string[];
}
interface WeekdaysData {
  weekdays: string[][];
  rfc822: string[];
}
interface TimeWords {
  am: string[];
  pm: string[];
  timeCues: string[];
  utc: string[];
}

export type Calendar = 'gregorian' | 'islamic';
interface MonthEntry {
  calendar: Calendar;
  month: number;
}

interface Grammar {
  months: Map<string, MonthEntry>;
  weekdays: Map<string, number>;
  hijriEra: Set<string>;
  pmWords: Set<string>;
  amWords: Set<string>;
  rfcMonths: Map<string, number>;
  weekdaySource: string;
  /** Sticky: tried only where `triggers` says a date may start. */
  absolute: RegExp;
  triggers: Triggers;
  /** First words of what may follow a day number: month names, "من", "شهر". */
  afterDay: Set<string>;
  time: RegExp;
  utc: RegExp;
}

let grammar: Grammar | undefined;

function buildGrammar(): Grammar {
  const monthsData = loadLangJson<MonthsData>('months.json');
  const weekdaysData = loadLangJson<WeekdaysData>('weekdays.json');
  const timeWords = loadLangJson<TimeWords>('time-words.json');

  const months = new Map<string, MonthEntry>();
  const addMonth = (name: string, entry: MonthEntry): void => {
    const key = foldArabic(name);
    const had = months.get(key);
    if (had && (had.calendar !== entry.calendar || had.month !== entry.month)) {
      throw new Error(`months.json: "${name}" names two different months`);
    }
    months.set(key, entry);
  };
  for (const series of Object.values(monthsData.gregorian)) {
    series.forEach((names, i) => names.forEach((n) => addMonth(n, { calendar: 'gregorian', month: i + 1 })));
  }
  monthsData.hijri.forEach((names, i) => names.forEach((n) => addMonth(n, { calendar: 'islamic', month: i + 1 })));

  const weekdays = new Map<string, number>();
  weekdaysData.weekdays.forEach((names, i) => names.forEach((n) => weekdays.set(foldArabic(n), i)));

  const eraMarks = [...monthsData.hijriEraMarks, ...monthsData.gregorianEraMarks];
  const monthSource = alternation(months.keys());
  const weekdaySource = alternation(weekdays.keys());
  const eraSource = alternation(eraMarks);
  const D = DIGIT;
  const monthX = (a: string, b: string): string =>
    `(?<${a}>${monthSource})${NAME_END}(?:\\s*[/(]\\s*(?<${b}>${monthSource})${NAME_END}\\s*\\)?)?`;
  const era = (g: string): string => `(?:\\s*(?<${g}>${eraSource})${WORD_END})?`;
  const year = (g: string): string => `(?<${g}>${D}{4})(?!${D})`;
  const ampm = alternation([...timeWords.am, ...timeWords.pm]);
  const cue = alternation(timeWords.timeCues);
  const timeSource =
    `(?:(?:${cue})\\s*)?(?<hh>${D}{1,2}):(?<mi>${D}{2})(?::(?<ss>${D}{2}))?(?!${D})` +
    `(?:\\s*(?<ampm>${ampm})(?![\\p{L}\\p{N}]))?`;
  const utcSource = `(?:${alternation(timeWords.utc)})(?![\\p{L}\\p{N}])`;

  // Weekday, then one of: day month [year] | month year | numeric; then an optional clock time.
  const absoluteSource =
    `(?:${WORD_START}(?:يوم\\s+)?(?<wd>${weekdaySource})${WORD_END}[\\s،,]*)?${CLITIC_START}` +
    '(?:' +
    `(?<day>${D}{1,2})(?!${D})\\s*(?:\\s*من)?(?:\\s*شهر)?\\s*${monthX('mon', 'mon2')}(?:[\\s،,]*${year('year')}${era('era')})?` +
    `|${monthX('mon3', 'mon4')}[\\s،,]*${year('year2')}${era('era2')}` +
    `|(?<n1>${D}{1,4})(?<sep>[/.\\-])(?<n2>${D}{1,2})\\k<sep>(?<n3>${D}{2,4})(?![${D.slice(1, -1)}/.\\-]?${D})${era('era3')}` +
    ')' +
    `(?:\\s*(?:[/|\\-–—،,]\\s*)?${timeSource})?`;

  const rfcMonths = new Map<string, number>(monthsData.rfc822.map((m, i) => [m.toLowerCase(), i + 1]));
  return {
    months,
    weekdays,
    hijriEra: new Set(monthsData.hijriEraMarks.map(foldArabic)),
    pmWords: new Set(timeWords.pm.map(foldArabic)),
    amWords: new Set(timeWords.am.map(foldArabic)),
    rfcMonths,
    weekdaySource,
    absolute: new RegExp(absoluteSource, 'uy'),
    triggers: triggerWords([...months.keys(), ...weekdays.keys(), 'يوم']),
    afterDay: new Set([...triggerWords([...months.keys(), 'من', 'شهر']).words].filter((w) => !w.startsWith('ل') || months.has(w))),
    time: new RegExp(`${WORD_START}${timeSource}`, 'u'),
    utc: new RegExp(utcSource, 'u'),
  };
}

function getGrammar(): Grammar {
  grammar ??= buildGrammar();
  return grammar;
}

/** Regex source of every weekday name (for callers that build on the grammar). */
export function weekdayPattern(): string {
  return getGrammar().weekdaySource;
}

/** Every weekday name as listed in weekdays.json, folded. */
export function weekdayNames(): string[] {
  return [...getGrammar().weekdays.keys()];
}

/** Weekday number (0 = Sunday) of a surface weekday name, or undefined. */
export function weekdayNumber(surface: string): number | undefined {
  return getGrammar().weekdays.get(foldArabic(surface));
}

// ---------------------------------------------------------------------------------------------
// Matching.

/** One date (and maybe time) found in text. */
export interface DateMatch {
  start: number;
  end: number;
  /** ISO 8601 at the stated precision; null when it cannot be placed (a Hijri day with no year and no reference). */
  value: string | null;
  precision: 'year' | 'month' | 'day' | 'minute' | 'second';
  calendar: Calendar;
  /** The Hijri date as written ("1438-11-22", "1438-11"), for Hijri matches. */
  hijri?: string;
  /** Weekday number named in the match, when one is. */
  weekday?: number;
}

function num(s: string | undefined): number {
  return s === undefined ? NaN : parseInt(asciiDigits(s), 10);
}

function monthOf(g: Grammar, a: string | undefined, b: string | undefined): MonthEntry | undefined {
  const first = a === undefined ? undefined : g.months.get(foldArabic(a));
  if (!first) return undefined;
  // "آب/أغسطس": both names must agree, or the pair is no date.
  if (b !== undefined) {
    const second = g.months.get(foldArabic(b));
    if (!second || second.month !== first.month) return undefined;
  }
  return first;
}

/** "HH:MM[:SS]" from the time groups, honouring ص/م (AM/PM); null when out of range. */
function clockOf(g: Grammar, groups: Record<string, string | undefined>): string | null {
  let hh = num(groups.hh);
  const mi = num(groups.mi);
  const ss = groups.ss === undefined ? null : num(groups.ss);
  if (groups.ampm !== undefined) {
    const w = foldArabic(groups.ampm);
    if (g.pmWords.has(w) && hh < 12) hh += 12;
    else if (g.amWords.has(w) && hh === 12) hh = 0;
  }
  if (!(hh < 24 && mi < 60 && (ss === null || ss < 60))) return null;
  return `${pad(hh)}:${pad(mi)}${ss === null ? '' : ':' + pad(ss)}`;
}

/**
 * Interpret one match of the absolute grammar. `referenceMs` (the publication day) supplies the
 * year of a "15 أغسطس" with none; without it such a date is "--08-15".
 */
function interpret(g: Grammar, m: RegExpExecArray, referenceMs: number | null): DateMatch | null {
  const gr = m.groups as Record<string, string | undefined>;
  let value: string | null = null;
  let precision: DateMatch['precision'] = 'day';
  let calendar: Calendar = 'gregorian';
  let hijri: string | undefined;

  if (gr.day !== undefined) {
    const mon = monthOf(g, gr.mon, gr.mon2);
    if (!mon) return null;
    const day = num(gr.day);
    calendar = mon.calendar;
    if (gr.year !== undefined) {
      const y = num(gr.year);
      if (calendar === 'islamic' || (gr.era !== undefined && g.hijriEra.has(foldArabic(gr.era)))) {
        if (calendar !== 'islamic') return null; // a Gregorian month with a Hijri era mark
        value = hijriToGregorian(y, mon.month, day);
        hijri = `${y}-${pad(mon.month)}-${pad(day)}`;
      } else {
        value = gregorianDay(y, mon.month, day);
      }
      if (value === null) return null;
    } else if (calendar === 'islamic') {
      // "صفر" alone is also "zero" (scores, counts): a Hijri day-month needs its year.
      if (foldArabic(gr.mon!) === 'صفر' || day > 30) return null;
      hijri = `--${pad(mon.month)}-${pad(day)}`;
      if (referenceMs !== null) {
        const hy = gregorianToHijri(referenceMs)[0];
        value = hijriToGregorian(hy, mon.month, day);
      }
    } else {
      if (day > daysInMonth(2000, mon.month)) return null;
      value = referenceMs !== null ? gregorianDay(new Date(referenceMs).getUTCFullYear(), mon.month, day) : `--${pad(mon.month)}-${pad(day)}`;
    }
  } else if (gr.mon3 !== undefined) {
    const mon = monthOf(g, gr.mon3, gr.mon4);
    if (!mon) return null;
    const y = num(gr.year2);
    calendar = mon.calendar;
    precision = 'month';
    if (calendar === 'islamic') {
      // A Hijri month straddles two Gregorian ones: report the Gregorian month it begins in.
      if (!(y >= 1300 && y <= 1600)) return null;
      const first = hijriToGregorian(y, mon.month, 1);
      if (first === null) return null;
      value = first.slice(0, 7);
      hijri = `${y}-${pad(mon.month)}`;
    } else {
      if (gr.era2 !== undefined && g.hijriEra.has(foldArabic(gr.era2))) return null;
      value = `${pad(y, 4)}-${pad(mon.month)}`;
    }
  } else if (gr.n1 !== undefined) {
    const a = num(gr.n1);
    const b = num(gr.n2);
    const c = num(gr.n3);
    let y: number;
    let mo: number;
    let d: number;
    if (gr.n1.length === 4) [y, mo, d] = [a, b, c];
    else if (gr.n3!.length === 4 && gr.n1.length <= 2) {
      [d, mo, y] = [a, b, c];
      // Day-first is the Arabic convention; take month-first only when day-first cannot be.
      if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    } else return null;
    if (gr.n1.length === 4 && gr.n3!.length > 2) return null;
    const hijriEra = gr.era3 !== undefined && g.hijriEra.has(foldArabic(gr.era3));
    if (hijriEra || (y >= 1300 && y <= 1500)) {
      calendar = 'islamic';
      value = hijriToGregorian(y, mo, d);
      hijri = `${y}-${pad(mo)}-${pad(d)}`;
    } else {
      if (!(y >= 1000 && y <= 2200)) return null;
      value = gregorianDay(y, mo, d);
    }
    if (value === null) return null;
  } else {
    return null;
  }

  const end = m.index + m[0].length;
  if (gr.hh !== undefined) {
    const clock = precision === 'day' && value !== null && !value.startsWith('--') ? clockOf(g, gr) : null;
    if (clock === null) {
      // Keep the date, drop the unusable time from the span.
      return trimTime(g, m, value, precision, calendar, hijri, gr);
    }
    value += 'T' + clock;
    precision = clock.length > 5 ? 'second' : 'minute';
  }
  const out: DateMatch = { start: m.index, end, value, precision, calendar };
  if (hijri !== undefined) out.hijri = hijri;
  if (gr.wd !== undefined) out.weekday = g.weekdays.get(foldArabic(gr.wd));
  return out;
}

/** A match whose trailing time was unusable: re-match the date part alone. */
function trimTime(
  g: Grammar,
  m: RegExpExecArray,
  value: string | null,
  precision: DateMatch['precision'],
  calendar: Calendar,
  hijri: string | undefined,
  gr: Record<string, string | undefined>,
): DateMatch {
  const text = m[0];
  const t = g.time.exec(text);
  let end = text.length;
  if (t) {
    end = t.index;
    while (end > 0 && /[\s/|\-–—،,]/.test(text[end - 1])) end--;
  }
  const out: DateMatch = { start: m.index, end: m.index + end, value, precision, calendar };
  if (hijri !== undefined) out.hijri = hijri;
  if (gr.wd !== undefined) out.weekday = g.weekdays.get(foldArabic(gr.wd));
  return out;
}

const NEXT_WORD_RE = /[\u0621-\u065F\u0670-\u06D3\u06FA-\u06FF]+/y;

/**
 * A cheap look past a number before the full pattern is tried (most numbers are counts): is it
 * followed by a date separator and a digit, a clock time, or a word that can come after a day?
 */
function mayOpenDate(g: Grammar, text: string, end: number): boolean {
  let i = end;
  while (i < text.length && i < end + 3 && (text[i] === ' ' || text[i] === '\u00A0')) i++;
  const ch = text[i];
  if (ch === undefined) return false;
  if (ch === '/' || ch === '-' || ch === '.') return /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(text[i + 1] ?? '');
  NEXT_WORD_RE.lastIndex = i;
  const w = NEXT_WORD_RE.exec(text);
  return w !== null && g.afterDay.has(foldArabic(w[0]));
}

/**
 * Every absolute date in `text` (day-month-year, month-year, day-month, numeric), with a clock
 * time when one follows. `published` gives the year of dates written without one.
 */
export function findAbsoluteDates(text: string, published: string | null = null): DateMatch[] {
  const out: DateMatch[] = [];
  scanAtTriggers(text, [absoluteDateRule(published, (d) => out.push(d))]);
  return out;
}

/** The scan rule for absolute dates, for callers that scan for more in the same pass. */
export function absoluteDateRule(published: string | null, found: (d: DateMatch) => void): ScanRule {
  const g = getGrammar();
  const ref = isoDayMs(published);
  return {
    re: g.absolute,
    triggers: g.triggers,
    digits: (text, end) => mayOpenDate(g, text, end),
    accept: (m) => {
      const d = interpret(g, m, ref);
      if (d) found(d);
      // A near miss ("31 فبراير", "2 صفر" as a score) is no date, nor is any part of it.
      return true;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Whole strings.

const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$/;
const RFC_ZONES: Record<string, string> = {
  UT: 'Z', UTC: 'Z', GMT: 'Z', Z: 'Z',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

function offsetOf(zone: string | undefined): string {
  if (zone === undefined) return '';
  const upper = zone.toUpperCase();
  if (RFC_ZONES[upper]) return RFC_ZONES[upper];
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return '';
  return m[2] === '00' && (m[3] ?? '00') === '00' && m[1] === '+' ? 'Z' : `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

function parseIso(s: string): string | null {
  const m = ISO_RE.exec(s);
  if (!m) return null;
  const [, y, mo, d, hh, mi, ss, frac, zone] = m;
  if (mo === undefined) return y;
  if (d === undefined) return +mo >= 1 && +mo <= 12 ? `${y}-${mo}` : null;
  const day = gregorianDay(+y, +mo, +d);
  if (day === null) return null;
  if (hh === undefined) return day;
  if (!(+hh < 24 && +mi < 60 && (ss === undefined || +ss < 60))) return null;
  return `${day}T${hh}:${mi}${ss === undefined ? '' : ':' + ss + (frac ?? '')}${offsetOf(zone)}`;
}

function parseRfc822(s: string): string | null {
  const g = getGrammar();
  const m = /^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})[\s-]+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?$/.exec(s);
  if (!m) return null;
  const [, d, monName, yRaw, hh, mi, ss, zone] = m;
  const mo = g.rfcMonths.get(monName.slice(0, 3).toLowerCase());
  if (mo === undefined) return null;
  const y = yRaw.length === 2 ? (+yRaw < 50 ? 2000 : 1900) + +yRaw : +yRaw;
  const day = gregorianDay(y, mo, +d);
  if (day === null) return null;
  if (hh === undefined) return day;
  if (!(+hh < 24 && +mi < 60 && (ss === undefined || +ss < 60))) return null;
  return `${day}T${pad(+hh)}:${mi}${ss === undefined ? '' : ':' + ss}${offsetOf(zone)}`;
}

/** The first full date in `s`, with its time (found after it, or anywhere else in `s`). */
function parseInText(s: string): { value: string; start: number; end: number; extra: [number, number][] } | null {
  const g = getGrammar();
  const dates = findAbsoluteDates(s);
  const d = dates.find((x) => x.value !== null && !x.value.startsWith('--') && x.precision !== 'year');
  if (!d || d.value === null) return null;
  let value = d.value;
  const extra: [number, number][] = [];
  if (d.precision === 'day') {
    // A clock time written before the date ("13:26 - 15/08/2017").
    const t = g.time.exec(s.slice(0, d.start)) ?? null;
    if (t) {
      const clock = clockOf(g, t.groups as Record<string, string | undefined>);
      if (clock !== null) {
        value += 'T' + clock;
        extra.push([t.index, t.index + t[0].length]);
      }
    }
  }
  if (value.includes('T')) {
    const rest = s.slice(d.end);
    const u = g.utc.exec(rest);
    if (u) {
      value += 'Z';
      extra.push([d.end + u.index, d.end + u.index + u[0].length]);
    }
  }
  return { value, start: d.start, end: d.end, extra };
}

/**
 * A date or date-time string -> ISO 8601 ("2017-08-15T13:26"), with a UTC offset only when the
 * source gives one; null when `s` holds no complete date. Accepts ISO 8601, RFC 822 (RSS), and
 * Arabic forms: weekday, day, month name in any regional series or Hijri, year, clock time with
 * ص/م, numeric D/M/Y and Y/M/D, Arabic-Indic digits.
 */
export function parseDateTime(s: string): string | null {
  const trimmed = s.trim();
  if (trimmed === '') return null;
  const ascii = asciiDigits(trimmed);
  return parseIso(ascii) ?? parseRfc822(ascii) ?? parseInText(trimmed)?.value ?? null;
}

interface ArticleCues {
  datelineLabels: string[];
}
let labelRe: RegExp | undefined;

/**
 * The ISO date when the whole line is a date/time (a weekday, separators and a "تاريخ النشر:"
 * style label allowed around it), else null. Lets the article parser recognise datelines
 * without mistaking a sentence that mentions a date for one.
 */
export function parseDatelineLine(line: string): string | null {
  let s = line.trim();
  if (s === '' || s.length > 120) return null;
  labelRe ??= new RegExp(
    `^(?:${alternation(loadLangJson<ArticleCues>('article-cues.json').datelineLabels)})${WORD_END}\\s*[:：]?\\s*`,
    'u',
  );
  s = s.replace(labelRe, '');
  const ascii = asciiDigits(s);
  const whole = parseIso(ascii) ?? parseRfc822(ascii);
  if (whole !== null) return whole;
  const found = parseInText(s);
  if (!found) return null;
  // Everything outside the date, its time and a weekday must be separators.
  const keep = s.split('');
  const blank = (a: number, b: number): void => {
    for (let i = a; i < b; i++) keep[i] = ' ';
  };
  blank(found.start, found.end);
  for (const [a, b] of found.extra) blank(a, b);
  let rest = keep.join('');
  const wd = new RegExp(`${WORD_START}(?:${getGrammar().weekdaySource})${WORD_END}`, 'gu');
  rest = rest.replace(wd, ' ');
  return /^[\s|/\\\-–—،,:.()[\]•·]*$/u.test(rest) ? found.value : null;
}
