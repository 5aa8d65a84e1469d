import type { Token, TokenKind } from '../doc/token.js';
import { ZERO_WIDTH_JOINER, ZERO_WIDTH_NON_JOINER, TATWEEL, isArabicDiacritic, isArabicLetter } from './chars.js';
import { SEARCH_NORMALIZATION, normalize } from './normalize.js';
import { loadLangList } from '../lang/ar/index.js';

/**
 * Offset-exact tokenizer: one pass over UTF-16 units with a character-class table. Whitespace and
 * stray invisible characters are the gaps between tokens; tokens plus gaps rebuild the input.
 */

// Character classes.
const OTHER = 0;
const SPACE = 1;
const AR = 2; // Arabic letter
const AR_MARK = 3; // Arabic diacritic or tatweel: continues an Arabic word
const LATIN = 4;
const DIGIT = 5; // ASCII, Arabic-Indic or Persian digit
const PUNCT = 6;
const SYMBOL = 7;
const MARK = 8; // any other combining mark: stays with the character before it
const INVISIBLE = 9; // format characters (ZWNJ, bidi controls, BOM)
const HIGH = 10;
const LOW = 11;
const LETTER = 12; // letter of another script

let classes: Uint8Array | null = null;

function classify(code: number): number {
  const ch = String.fromCodePoint(code);
  if (code === TATWEEL.charCodeAt(0) || isArabicDiacritic(code)) return AR_MARK;
  if (/\p{Cf}/u.test(ch)) return INVISIBLE;
  if (/\s/u.test(ch)) return SPACE;
  if (/\p{Nd}/u.test(ch)) return code < 0x80 || (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9) ? DIGIT : LETTER;
  if (isArabicLetter(code)) return AR;
  if (/\p{M}/u.test(ch)) return MARK;
  if (/\p{L}/u.test(ch)) return /\p{Script=Latin}/u.test(ch) ? LATIN : /\p{Script=Arabic}/u.test(ch) ? AR : LETTER;
  if (/\p{P}/u.test(ch)) return PUNCT;
  if (/\p{S}/u.test(ch)) return SYMBOL;
  return OTHER;
}

function classTable(): Uint8Array {
  if (classes) return classes;
  const t = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdbff) t[code] = HIGH;
    else if (code >= 0xdc00 && code <= 0xdfff) t[code] = LOW;
    else t[code] = classify(code);
  }
  classes = t;
  return t;
}

const astralCache = new Map<number, number>();

const FULL_STOP = 0x2e;
let webSuffixes: string[] | null = null;

/** Where an Arabic site-name ending listed in web-suffixes.txt that starts at `from` ends (a whole word), or -1. */
function webSuffixEnd(text: string, from: number): number {
  webSuffixes ??= loadLangList('web-suffixes.txt');
  for (const w of webSuffixes) {
    if (!text.startsWith(w, from)) continue;
    const after = from + w.length;
    if (after >= text.length || !isArabicLetter(text.charCodeAt(after))) return after;
  }
  return -1;
}
function astralClass(cp: number): number {
  let k = astralCache.get(cp);
  if (k === undefined) {
    k = classify(cp);
    astralCache.set(cp, k);
  }
  return k;
}

const ZWNJ = ZERO_WIDTH_NON_JOINER.charCodeAt(0);
const ZWJ = ZERO_WIDTH_JOINER.charCodeAt(0);
const UNDERSCORE = 0x5f;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** Number separators that join digits on both sides: . , ٫ ٬ */
function isNumberSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x66b || c === 0x66c;
}

/** Sentence-final marks that form one token when repeated or mixed: ... !! ?! ؟؟ */
function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x2026 || c === 0x6d4;
}

const URL_RE = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"«»\u200B-\u200F\u202A-\u202E\u2066-\u2069]+/iy;
const DOMAIN_RE =
  /[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:com|net|org|gov|edu|int|info|io|tv|me|ae|sa|eg|qa|kw|jo|lb|ma|tn|dz|iq|sy|ps|ye|om|bh|sd|ly|uk|fr|de)(?:\/[^\s<>"«»]*)?(?![a-z0-9])/iy;
const EMAIL_RE = /[a-z0-9](?:[a-z0-9._%+-]*[a-z0-9_%+-])?@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![a-z0-9])/iy;
/** Trailing characters a URL rarely ends with; they belong to the sentence instead. */
const URL_TRAILING = new Set('.,;:!?)]}\'"»”’،؛؟…'.split('').map((c) => c.charCodeAt(0)));

function matchAt(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : -1;
}

function trimUrl(text: string, start: number, end: number): number {
  while (end > start + 1 && URL_TRAILING.has(text.charCodeAt(end - 1))) {
    // keep a closing parenthesis that closes one opened inside the URL (wikipedia links)
    if (text.charCodeAt(end - 1) === 0x29 && text.slice(start, end - 1).includes('(')) break;
    end--;
  }
  return end;
}

export function tokenize(text: string): Token[] {
  const cls = classTable();
  const n = text.length;
  const tokens: Token[] = [];
  const classAt = (j: number): number => {
    const c = text.charCodeAt(j);
    const k = cls[c];
    if (k === HIGH && j + 1 < n) {
      const d = text.charCodeAt(j + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
    }
    return k;
  };
  /** Width in UTF-16 units of the character at j (2 for a surrogate pair). */
  const widthAt = (j: number): number => {
    const c = text.charCodeAt(j);
    if (c >= 0xd800 && c <= 0xdbff && j + 1 < n) {
      const d = text.charCodeAt(j + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return 2;
    }
    return 1;
  };
  const push = (start: number, end: number, kind: TokenKind): void => {
    const t = text.slice(start, end);
    tokens.push({ start, end, text: t, kind, norm: normalize(t, SEARCH_NORMALIZATION) });
  };
  /** Skips combining marks (of any script) after position j. */
  const skipMarks = (j: number): number => {
    while (j < n) {
      const k = cls[text.charCodeAt(j)];
      if (k === MARK || k === AR_MARK) j++;
      else break;
    }
    return j;
  };
  /** End of a word of letters/digits/marks/underscores (hashtags, mentions). */
  const scanTagBody = (j: number): number => {
    while (j < n) {
      const c = text.charCodeAt(j);
      const k = cls[c];
      if (k === AR || k === AR_MARK || k === LATIN || k === DIGIT || k === MARK || k === LETTER || c === UNDERSCORE) j++;
      else if ((c === ZWNJ || c === ZWJ) && j + 1 < n && cls[text.charCodeAt(j + 1)] === AR) j++;
      else break;
    }
    return j;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = cls[c];
    if (k === SPACE || k === INVISIBLE) {
      i++;
      continue;
    }
    const start = i;
    if (k === AR || k === AR_MARK) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        const kd = cls[d];
        if (kd === AR || kd === AR_MARK || kd === MARK) i++;
        // ZWNJ/ZWJ between Arabic letters shape the word; they are part of it.
        else if ((d === ZWNJ || d === ZWJ) && i + 1 < n && cls[text.charCodeAt(i + 1)] === AR) i++;
        else break;
      }
      // "العربية.نت": a site's name with its Arabic ending is one token, a url
      if (i + 2 < n && text.charCodeAt(i) === FULL_STOP) {
        const end = webSuffixEnd(text, i + 1);
        if (end > 0) {
          i = end;
          push(start, i, 'url');
          continue;
        }
      }
      push(start, i, 'arabic');
      continue;
    }
    if (k === LATIN || k === DIGIT) {
      // URLs, domains and e-mail addresses start with a letter or digit.
      if (start === 0 || !isWordClass(cls[text.charCodeAt(start - 1)])) {
        if (c === 0x68 || c === 0x48 || c === 0x77 || c === 0x57 || c === 0x66 || c === 0x46) {
          const end = matchAt(URL_RE, text, start);
          if (end > 0) {
            i = trimUrl(text, start, end);
            push(start, i, 'url');
            continue;
          }
        }
      }
    }
    if (k === LATIN) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        const kd = cls[d];
        if (kd === LATIN || kd === MARK || kd === DIGIT) i++;
        else if ((d === APOSTROPHE || d === RIGHT_SINGLE_QUOTE) && i + 1 < n && cls[text.charCodeAt(i + 1)] === LATIN) i++;
        else break;
      }
      if (i < n && isEmailOrDomainChar(text.charCodeAt(i)) && (start === 0 || !isWordClass(cls[text.charCodeAt(start - 1)]))) {
        const e = matchAt(EMAIL_RE, text, start);
        if (e > 0) {
          i = e;
          push(start, i, 'email');
          continue;
        }
        const d = matchAt(DOMAIN_RE, text, start);
        if (d > 0) {
          i = trimUrl(text, start, d);
          push(start, i, 'url');
          continue;
        }
      }
      push(start, i, 'latin');
      continue;
    }
    if (k === DIGIT) {
      i++;
      for (;;) {
        while (i < n && cls[text.charCodeAt(i)] === DIGIT) i++;
        if (i + 1 < n && isNumberSeparator(text.charCodeAt(i)) && cls[text.charCodeAt(i + 1)] === DIGIT) {
          i += 2;
          continue;
        }
        // 13:26 is a clock time; 2:1 (a score) or 3:16 in other uses splits anyway when not hh:mm.
        if (
          i + 2 < n &&
          text.charCodeAt(i) === 0x3a &&
          i - start <= 2 &&
          cls[text.charCodeAt(i + 1)] === DIGIT &&
          cls[text.charCodeAt(i + 2)] === DIGIT &&
          (i + 3 >= n || cls[text.charCodeAt(i + 3)] !== DIGIT)
        ) {
          i += 3;
          break;
        }
        break;
      }
      if (i < n && (cls[text.charCodeAt(i)] === LATIN || text.charCodeAt(i) === 0x40) && (start === 0 || !isWordClass(cls[text.charCodeAt(start - 1)]))) {
        const e = matchAt(EMAIL_RE, text, start);
        if (e > 0) {
          i = e;
          push(start, i, 'email');
          continue;
        }
      }
      push(start, i, 'number');
      continue;
    }
    if (c === 0x23 /* # */ || c === 0x40 /* @ */) {
      const end = scanTagBody(i + 1);
      if (end > i + 1) {
        i = end;
        push(start, i, c === 0x23 ? 'hashtag' : 'mention');
        continue;
      }
    }
    if (k === PUNCT) {
      i++;
      if (isTerminal(c)) while (i < n && isTerminal(text.charCodeAt(i))) i++;
      else while (i < n && text.charCodeAt(i) === c) i++;
      push(start, i, 'punct');
      continue;
    }
    if (k === LETTER) {
      i++;
      while (i < n) {
        const kd = cls[text.charCodeAt(i)];
        if (kd === LETTER || kd === MARK || kd === DIGIT) i++;
        else break;
      }
      push(start, i, 'other');
      continue;
    }
    // Symbols, astral characters, stray marks, lone surrogates, anything else: one character
    // with the combining marks that follow it.
    const kk = classAt(i);
    i = skipMarks(i + widthAt(i));
    push(start, i, kk === SYMBOL ? 'symbol' : kk === PUNCT ? 'punct' : 'other');
  }
  return tokens;
}

function isWordClass(k: number): boolean {
  return k === AR || k === AR_MARK || k === LATIN || k === DIGIT || k === LETTER || k === MARK;
}

function isEmailOrDomainChar(c: number): boolean {
  return c === 0x40 || c === 0x2e || c === 0x5f || c === 0x2d || c === 0x2b || c === 0x25;
}

/** The gaps between tokens, in order: gaps[0] before the first token, gaps[tokens.length] after the last. */
export function gapsBetween(text: string, tokens: readonly Token[]): string[] {
  const gaps: string[] = [];
  let last = 0;
  for (const t of tokens) {
    gaps.push(text.slice(last, t.start));
    last = t.end;
  }
  gaps.push(text.slice(last));
  return gaps;
}
