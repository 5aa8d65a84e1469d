import {
  ALEF,
  ARABIC_DIACRITIC_RANGES,
  HEH,
  INVISIBLE_RANGES,
  KAF,
  PRESENTATION_FORM_RANGES,
  SPACE_RANGES,
  TATWEEL,
  WAW,
  YEH,
  inRanges,
  isArabicDiacritic,
  isHighSurrogate,
  isLowSurrogate,
} from './chars.js';
import { digitValue } from './digits.js';

/**
 * Normalization of Arabic text as a per-character table: each UTF-16 unit maps to itself, to
 * nothing, or to a short string. One pass, no regex chain, and every output character knows the
 * input character it came from (see `normalizeWithMap`).
 */
export interface NormalizeOptions {
  /** Remove harakat, tanween, shadda, sukun, superscript alef, Quranic marks. */
  diacritics?: boolean;
  /** Remove tatweel (kashida) U+0640. */
  tatweel?: boolean;
  /** أ إ آ ٱ -> ا */
  alef?: boolean;
  /** ى -> ي (and Farsi yeh ی -> ي) */
  alefMaqsura?: boolean;
  /** ة -> ه */
  taMarbuta?: boolean;
  /** ؤ -> و, ئ -> ي. Standalone ء is kept: dropping it merges distinct words (جزء, جز). */
  hamza?: boolean;
  /** Arabic-Indic and Persian digits -> ASCII. */
  digits?: boolean;
  /** Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) -> NFKC letters, one character at a time. */
  presentationForms?: boolean;
  /** Remove zero-width characters, bidi controls, BOM, Arabic letter mark, soft hyphen. */
  invisibles?: boolean;
  /** No-break and other Unicode spaces -> ' ' (one for one; runs are not collapsed). */
  spaces?: boolean;
  /** ، ؛ ؟ ٪ ٫ ٬ ۔ -> , ; ? % . , . */
  punctuation?: boolean;
  /** Persian letters with an Arabic twin: ک -> ك. */
  persianLetters?: boolean;
  /** Lower-case letters (Latin and other cased scripts) for matching. */
  lowercase?: boolean;
}

export type NormalizeOptionName = keyof NormalizeOptions;

const OPTION_NAMES: readonly NormalizeOptionName[] = [
  'diacritics',
  'tatweel',
  'alef',
  'alefMaqsura',
  'taMarbuta',
  'hamza',
  'digits',
  'presentationForms',
  'invisibles',
  'spaces',
  'punctuation',
  'persianLetters',
  'lowercase',
];

/** Everything on: the form used for search and for `token.norm`. */
export const SEARCH_NORMALIZATION: Readonly<NormalizeOptions> = Object.freeze({
  diacritics: true,
  tatweel: true,
  alef: true,
  alefMaqsura: true,
  taMarbuta: true,
  hamza: true,
  digits: true,
  presentationForms: true,
  invisibles: true,
  spaces: true,
  punctuation: true,
  persianLetters: true,
  lowercase: true,
});

/**
 * For showing text: only changes that are invisible or purely typographic (presentation forms,
 * invisibles, odd spaces, tatweel). Letters, diacritics and digits are left as written.
 */
export const DISPLAY_NORMALIZATION: Readonly<NormalizeOptions> = Object.freeze({
  tatweel: true,
  presentationForms: true,
  invisibles: true,
  spaces: true,
});

/**
 * For lexicon look-ups (clitic segmentation, stemming): orthographic noise removed, but ة/ه and
 * ى/ي kept apart because they carry morphology (كتابة "writing" vs كتابه "his book").
 */
export const LEXICON_NORMALIZATION: Readonly<NormalizeOptions> = Object.freeze({
  diacritics: true,
  tatweel: true,
  alef: true,
  digits: true,
  presentationForms: true,
  invisibles: true,
  persianLetters: true,
});

export const NORMALIZATION_PRESETS: Readonly<Record<string, Readonly<NormalizeOptions>>> = Object.freeze({
  search: SEARCH_NORMALIZATION,
  display: DISPLAY_NORMALIZATION,
  lexicon: LEXICON_NORMALIZATION,
});

/** What one character becomes under the options, before composing with the other options. */
function mapOne(code: number, o: NormalizeOptions): string {
  const ch = String.fromCharCode(code);
  if (o.invisibles && inRanges(code, INVISIBLE_RANGES)) return '';
  if (o.diacritics && isArabicDiacritic(code)) return '';
  if (o.tatweel && ch === TATWEEL) return '';
  if (o.spaces) {
    if (inRanges(code, SPACE_RANGES)) return ' ';
    if (code === 0x2028 || code === 0x2029 || code === 0x85) return '\n';
  }
  if (o.digits) {
    const v = digitValue(code);
    if (v >= 0) return String.fromCharCode(0x30 + v);
  }
  switch (code) {
    case 0x0622: // alef madda
    case 0x0623: // alef hamza above
    case 0x0625: // alef hamza below
    case 0x0671: // alef wasla
    case 0x0672: // alef wavy hamza above
    case 0x0673: // alef wavy hamza below
      if (o.alef) return ALEF;
      break;
    case 0x0649: // alef maqsura
    case 0x06cc: // Farsi yeh (looks like final alef maqsura / yeh)
      if (o.alefMaqsura) return YEH;
      break;
    case 0x0629:
      if (o.taMarbuta) return HEH;
      break;
    case 0x0624:
      if (o.hamza) return WAW;
      break;
    case 0x0626:
      if (o.hamza) return YEH;
      break;
    case 0x06a9: // keheh
      if (o.persianLetters) return KAF;
      break;
    case 0x060c:
    case 0x066c:
      if (o.punctuation) return ',';
      break;
    case 0x061b:
      if (o.punctuation) return ';';
      break;
    case 0x061f:
      if (o.punctuation) return '?';
      break;
    case 0x066a:
      if (o.punctuation) return '%';
      break;
    case 0x066b:
    case 0x06d4:
      if (o.punctuation) return '.';
      break;
  }
  if (o.presentationForms && inRanges(code, PRESENTATION_FORM_RANGES)) {
    let nfkc = ch.normalize('NFKC');
    // Isolated harakat forms decompose to space + mark: the space is an artefact, not text.
    if (nfkc.length === 2 && nfkc[0] === ' ' && isArabicDiacritic(nfkc.charCodeAt(1))) nfkc = nfkc.slice(1);
    return nfkc;
  }
  if (o.lowercase && code >= 0x41 && !isHighSurrogate(code) && !isLowSurrogate(code)) {
    const lower = ch.toLowerCase();
    if (lower !== ch) return lower;
  }
  return ch;
}

/** The replacement table: null keeps the character, a string replaces it (possibly with ''). */
type Table = (string | null)[];

const tableCache = new Map<number, Table>();

function optionsKey(o: NormalizeOptions): number {
  let key = 0;
  for (let i = 0; i < OPTION_NAMES.length; i++) if (o[OPTION_NAMES[i]]) key |= 1 << i;
  return key;
}

function buildTable(o: NormalizeOptions): Table {
  const table: Table = new Array<string | null>(0x10000).fill(null);
  const raw = (code: number): string => mapOne(code, o);
  for (let code = 0; code < 0x10000; code++) {
    let out = raw(code);
    if (out.length === 1 && out.charCodeAt(0) === code) continue;
    // Compose with the other options until stable, so that normalize is idempotent
    // (e.g. presentation form ﻷ -> لأ -> لا when alef is on).
    for (let round = 0; round < 4; round++) {
      let next = '';
      for (let i = 0; i < out.length; i++) next += raw(out.charCodeAt(i));
      if (next === out) break;
      out = next;
    }
    table[code] = out;
  }
  return table;
}

/** Tables by options object: callers pass the same frozen presets, and the key loop showed in profiles. */
const tableByOptions = new WeakMap<NormalizeOptions, Table>();

function tableFor(o: NormalizeOptions): Table {
  let table = tableByOptions.get(o);
  if (table) return table;
  const key = optionsKey(o);
  table = tableCache.get(key);
  if (!table) {
    table = buildTable(o);
    tableCache.set(key, table);
  }
  // a mutable options object may change later: only frozen ones are remembered by identity
  if (Object.isFrozen(o)) tableByOptions.set(o, table);
  return table;
}

/** Characters below this code point are never changed unless `lowercase` is on. */
function fastLimit(o: NormalizeOptions): number {
  return o.lowercase ? 0x41 : o.spaces ? 0x85 : 0xad;
}

/**
 * Normalizes `text` with the named options (default: SEARCH_NORMALIZATION). Returns the input
 * string itself when nothing changes.
 */
export function normalize(text: string, options: Readonly<NormalizeOptions> = SEARCH_NORMALIZATION): string {
  const table = tableFor(options);
  const limit = fastLimit(options);
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < limit) continue;
    const rep = table[c];
    if (rep === null) continue;
    out += text.slice(last, i) + rep;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** JavaScript's whitespace (what \s matches and trim() removes), by code unit. */
const IS_SPACE = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) t[c] = 1;
  return t;
})();

/** Output buffer of normalizeSpaced, reused (grown as needed). */
let spacedBuffer = new Uint16Array(4096);

/**
 * `normalize(text, options).replace(/\s+/g, ' ').trim()` in one pass, without the intermediate
 * strings: the key of a whole body (a document's id) or of a name. The same result, character
 * for character.
 */
export function normalizeSpaced(text: string, options: Readonly<NormalizeOptions> = SEARCH_NORMALIZATION): string {
  const table = tableFor(options);
  const limit = fastLimit(options);
  if (spacedBuffer.length < text.length + 16) spacedBuffer = new Uint16Array(2 * text.length + 16);
  let buf = spacedBuffer;
  let n = 0;
  // a space is written only before the next character that is not one: runs become one, ends none
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const rep = code < limit ? null : table[code];
    const count = rep === null ? 1 : rep.length;
    for (let k = 0; k < count; k++) {
      const c = rep === null ? code : rep.charCodeAt(k);
      if (IS_SPACE[c]) {
        pending = n > 0;
        continue;
      }
      if (n + 2 > buf.length) {
        const grown = new Uint16Array(2 * buf.length);
        grown.set(buf);
        buf = spacedBuffer = grown;
      }
      if (pending) {
        buf[n++] = 0x20;
        pending = false;
      }
      buf[n++] = c;
    }
  }
  let out = '';
  for (let at = 0; at < n; at += 8192) out += String.fromCharCode.apply(null, buf.subarray(at, Math.min(n, at + 8192)) as unknown as number[]);
  return out;
}

export interface NormalizedText {
  text: string;
  /**
   * `offsets[i]` is the index in the original string of normalized character i;
   * `offsets[text.length]` is the original length.
   */
  offsets: number[];
}

/** Like `normalize`, plus a map from every normalized character back to the original string. */
export function normalizeWithMap(
  text: string,
  options: Readonly<NormalizeOptions> = SEARCH_NORMALIZATION,
): NormalizedText {
  const table = tableFor(options);
  const limit = fastLimit(options);
  const offsets: number[] = [];
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const rep = c < limit ? null : table[c];
    if (rep === null) {
      offsets.push(i);
      continue;
    }
    out += text.slice(last, i) + rep;
    last = i + 1;
    for (let k = 0; k < rep.length; k++) offsets.push(i);
  }
  out = last === 0 ? text : out + text.slice(last);
  offsets.push(text.length);
  return { text: out, offsets };
}

/**
 * The original range of the normalized range [start, end): start maps to the original index of
 * its first character, end to just after the original character of the last one (a whole
 * expanded ligature, never half of it). Removed characters after the match (invisibles, spaces)
 * are left out; pass `original` to keep removed diacritics that follow the last letter, so a
 * highlight covers the whole written word.
 */
export function originalRange(
  map: NormalizedText,
  start: number,
  end: number,
  original?: string,
): { start: number; end: number } {
  const { offsets } = map;
  const origStart = offsets[start];
  if (end <= start) return { start: origStart, end: origStart };
  let origEnd = offsets[end - 1] + 1;
  if (original !== undefined) {
    const limit = offsets[end];
    while (origEnd < limit && (isArabicDiacritic(original.charCodeAt(origEnd)) || original[origEnd] === TATWEEL)) origEnd++;
  }
  return { start: origStart, end: origEnd };
}
