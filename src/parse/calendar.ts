/**
 * Calendar arithmetic for dates in Arabic text: Hijri (Umm al-Qura) <-> Gregorian, ISO day
 * strings, and day validity. Pure functions; ICU (Node's Intl) provides the Umm al-Qura tables.
 */

export const DAY_MS = 86_400_000;
/** 1 Muharram 1 AH = 19 July 622 (proleptic Gregorian), the civil epoch. */
const HIJRI_EPOCH_MS = Date.UTC(622, 6, 19);
const MEAN_HIJRI_YEAR = 354.36667;
const MEAN_HIJRI_MONTH = 29.530589;

let umalqura: Intl.DateTimeFormat | undefined;

/** The Umm al-Qura Hijri date of a UTC day: [year, month, day]. */
export function gregorianToHijri(ms: number): [number, number, number] {
  umalqura ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of umalqura.formatToParts(ms)) {
    if ((p.type as string) === 'year' || (p.type as string) === 'relatedYear') y = y || parseInt(p.value, 10);
    else if (p.type === 'month') m = parseInt(p.value, 10);
    else if (p.type === 'day') d = parseInt(p.value, 10);
  }
  return [y, m, d];
}

/**
 * Hijri (Umm al-Qura) -> Gregorian "YYYY-MM-DD", or null when that day does not exist. ICU has
 * no reverse conversion, so estimate with mean month lengths and search the days around it.
 */
export function hijriToGregorian(year: number, month: number, day: number): string | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 30 && year >= 1)) return null;
  const estimate = HIJRI_EPOCH_MS + Math.round((year - 1) * MEAN_HIJRI_YEAR + (month - 1) * MEAN_HIJRI_MONTH + (day - 1)) * DAY_MS;
  for (let delta = 0; delta <= 6; delta++) {
    for (const sign of delta === 0 ? [0] : [-1, 1]) {
      const ms = estimate + sign * delta * DAY_MS;
      const [y, m, d] = gregorianToHijri(ms);
      if (y === year && m === month && d === day) return isoDate(ms);
    }
  }
  return null;
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function gregorianDay(year: number, month: number, day: number): string | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The UTC midnight of the date part of an ISO string, or null. */
export function isoDayMs(iso: string | null): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return Date.UTC(+m[1], +m[2] - 1, +m[3]);
}
