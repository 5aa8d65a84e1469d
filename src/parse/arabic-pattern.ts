/**
 * Arabic text as regular expressions and lookup keys: word edges that know Arabic letters, digits
 * in all three scripts, a folding of spelling variants for lookups (foldArabic), and patterns
 * that match a phrase in running text with its spelling variants and optional harakat
 * (arabicPattern), so that every match is an exact range of the original text.
 */
const TATWEEL = '\u0640';
/** Harakat, tanwin, shadda, sukun and the superscript alef: written or not, same word. */
const HARAKAT = '\u064B-\u0652\u0670';
const OPTIONAL_MARKS = `[${HARAKAT}${TATWEEL}]*`;
/** ASCII, Arabic-Indic and Eastern Arabic-Indic (Persian) digits. */
export const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const ARABIC_INDIC_ZERO = 0x0660;
const EASTERN_ARABIC_INDIC_ZERO = 0x06f0;

/** Word edges for Arabic text (`\b` knows only ASCII letters). */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';
/** A word start, or just after a one-letter proclitic (و ف ب ل) at a word start: "و3 مارس". */
export const CLITIC_START = '(?:(?<![\\p{L}\\p{M}\\p{N}])|(?<=(?<![\\p{L}\\p{M}\\p{N}])[وفبل]))';
/** After a month name a year may follow with no space ("يوليو2015"), so only letters end it. */
export const NAME_END = '(?![\\p{L}\\p{M}])';

/** Arabic-Indic digits -> ASCII, one code unit for one, so offsets do not move. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= EASTERN_ARABIC_INDIC_ZERO ? c - EASTERN_ARABIC_INDIC_ZERO : c - ARABIC_INDIC_ZERO);
  });
}

/** Letters folded for lookup: alef forms -> ا, alef maqsura and Persian ya -> ي, ta marbuta -> ه, Persian kaf -> ك. */
export const FOLD: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ة': 'ه', 'ک': 'ك' };

const FOLD_LOOP_MAX = 24;
const MARKS_RE = new RegExp(`[${HARAKAT}${TATWEEL}]`, 'g');
const FOLDABLE_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/**
 * The key a name is looked up by: no harakat or tatweel, one alef, one ya, ha for ta marbuta,
 * single spaces, Latin lower-cased. A plain loop: it runs on every word of every body.
 */
export function foldArabic(s: string): string {
  // Long strings (whole lines): a few native replaces beat building the string a letter at a time.
  if (s.length > FOLD_LOOP_MAX) {
    return s
      .replace(MARKS_RE, '')
      .replace(FOLDABLE_RE, (ch) => FOLD[ch])
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  }
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x0652) || c === 0x0670 || c === 0x0640) continue;
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || c === 0xa0 || (c >= 0x2000 && c <= 0x200a)) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += FOLD[ch] ?? (c >= 0x41 && c <= 0x5a ? ch.toLowerCase() : ch);
  }
  return out;
}

const LETTER_CLASS: Record<string, string> = {
  'ا': '[اأإآٱ]', 'أ': '[اأإآٱ]', 'إ': '[اأإآٱ]', 'آ': '[اأإآٱ]', 'ٱ': '[اأإآٱ]',
  'ي': '[يىی]', 'ى': '[يىی]', 'ی': '[يىی]',
  'ة': '[ةه]', 'ه': '[ةه]',
  'ك': '[كک]',
};

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * A regex source matching `phrase` in running text: spelling variants of each letter, optional
 * harakat/tatweel after each letter, any whitespace between words. Latin is case-insensitive.
 */
export function arabicPattern(phrase: string): string {
  let out = '';
  for (const ch of foldArabic(phrase)) {
    if (ch === ' ') out += '\\s+';
    else if (LETTER_CLASS[ch]) out += LETTER_CLASS[ch] + OPTIONAL_MARKS;
    else if (/[\u0621-\u064A]/.test(ch)) out += ch + OPTIONAL_MARKS;
    else if (/[a-z]/.test(ch)) out += `[${ch}${ch.toUpperCase()}]`;
    else out += escapeRe(ch);
  }
  return out;
}

/** An alternation of phrases, longest first so a longer name wins where both would fit. */
export function alternation(phrases: Iterable<string>): string {
  const uniq = [...new Set([...phrases].map(foldArabic))].sort((a, b) => b.length - a.length);
  return uniq.map(arabicPattern).join('|');
}
