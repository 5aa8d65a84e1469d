import type { Span } from '../doc/span.js';

/** A family name of the ال...ي form (العتيبي، الحوثي): the tagger often leaves it out of the person. */
const FAMILY_NISBA = /^ال[\u0621-\u064A]{3,}ي$/;

/**
 * "سفير الكويت لدى الأمم المتحدة منصور العتيبي": the tagger may take only the first name, and the
 * entity then merges with another person whose surname it is (رياض منصور). A person span of one
 * word that is a known first name, followed after one space by an untagged word of the form ال...ي
 * that is no nationality (السعودي، اللبناني), takes that word in as the family name.
 */
export function extendFamilyNisba(text: string, spans: readonly Span[], isFirstName: (word: string) => boolean, isNationality: (word: string) => boolean): Span[] {
  const starts = new Set(spans.map((s) => s.start));
  return spans.map((s) => {
    if (s.label !== 'PER') return s;
    const surface = text.slice(s.start, s.end);
    if (/\s/.test(surface) || !isFirstName(surface) || text[s.end] !== ' ') return s;
    const m = /^[\u0621-\u064A]+/.exec(text.slice(s.end + 1, s.end + 30));
    if (!m || starts.has(s.end + 1) || !FAMILY_NISBA.test(m[0]) || isNationality(m[0])) return s;
    return { ...s, end: s.end + 1 + m[0].length };
  });
}
