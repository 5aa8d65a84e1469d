import { TATWEEL, FATHA, DAMMA, KASRA, SHADDA, SUKUN } from './chars.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { normalizeSpaced, SEARCH_NORMALIZATION } from './normalize.js';

/**
 * Readable romanization of Arabic names for display ("Khaled al-Masri", not strict ALA-LC).
 * A known-names table (models/ar-translit.tsv, built by scripts/build-gazetteer.ts from the
 * curated name lists, ANETAC and the Google train split) wins for every word or multi-word run it
 * has; other words go through letter rules that guess the unwritten short vowels.
 */


/** models/ar-translit.tsv in the package root. */
export function translitTablePath(): string {
  return join(PACKAGE_ROOT, 'models', 'ar-translit.tsv');
}

/** Table key of a name: SEARCH_NORMALIZATION with single spaces (the gazetteer's key form). */
function tableKey(name: string): string {
  return normalizeSpaced(name, SEARCH_NORMALIZATION);
}

let table: Map<string, string> | null | undefined; // undefined: not loaded; null: none
let tableMaxWords = 1;

function currentTable(): Map<string, string> | null {
  if (table === undefined) {
    const path = translitTablePath();
    table = existsSync(path) ? parseTranslitTable(readFileSync(path, 'utf8')) : null;
    tableMaxWords = 1;
    if (table) for (const k of table.keys()) tableMaxWords = Math.max(tableMaxWords, k.split(' ').length);
  }
  return table;
}

export function parseTranslitTable(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '' || line.charCodeAt(0) === 0x23) continue;
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1).trim());
  }
  return map;
}

/** Whether the known-names table holds this name (one word or several) as written. */
export function isKnownName(name: string): boolean {
  return currentTable()?.has(tableKey(name)) ?? false;
}

/** Replaces the known-names table (null: rules only; undefined: reload models/ar-translit.tsv lazily). */
export function setTranslitTable(t: Map<string, string> | null | undefined): void {
  table = t;
  tableMaxWords = 1;
  if (t) for (const k of t.keys()) tableMaxWords = Math.max(tableMaxWords, k.split(' ').length);
}

export interface TransliterateOptions {
  /** Use the known-names table (default true). */
  table?: boolean;
}

const CONSONANTS: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r',
  'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'gh',
  'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ء': '', 'ؤ': '', 'ئ': '',
  'پ': 'p', 'چ': 'ch', 'ڤ': 'v', 'گ': 'g', 'ک': 'k', 'ژ': 'zh',
};

const LONG_A = new Set(['ا', 'آ', 'أ', 'إ', 'ى', 'ٱ']);

function isVowelLetter(ch: string | undefined): boolean {
  return ch === 'ا' || ch === 'و' || ch === 'ي' || ch === 'ى' || ch === 'آ' || ch === 'ة';
}

/**
 * One word by the letter rules. Written harakat are used when present; otherwise a short vowel is
 * guessed only where the consonant skeleton would be unreadable (word-initial cluster, three
 * consonants in a row, a final two-consonant cluster after a long vowel is kept).
 */
function ruleWord(word: string): string {
  // letters with their (optional) written vowel
  const letters: { ch: string; vowel: string; double: boolean }[] = [];
  for (const ch of word) {
    if (ch === TATWEEL) continue;
    const last = letters[letters.length - 1];
    if (ch === FATHA || ch === DAMMA || ch === KASRA) {
      if (last) last.vowel = ch === FATHA ? 'a' : ch === DAMMA ? 'u' : 'i';
      continue;
    }
    if (ch === SHADDA) {
      if (last) last.double = true;
      continue;
    }
    if (ch === SUKUN || (ch >= '\u064B' && ch <= '\u065F') || ch === '\u0670') {
      if (ch === SUKUN && last) last.vowel = '-';
      continue;
    }
    letters.push({ ch, vowel: '', double: false });
  }
  let out = '';
  const n = letters.length;
  const isCons = (i: number): boolean => i >= 0 && i < n && !isVowelLetter(letters[i].ch) && !LONG_A.has(letters[i].ch);
  for (let i = 0; i < n; i++) {
    const { ch, vowel, double } = letters[i];
    const prev = i > 0 ? letters[i - 1].ch : undefined;
    const next = i + 1 < n ? letters[i + 1].ch : undefined;
    let piece: string;
    if (ch === 'ا' || ch === 'ٱ') piece = i > 0 && (prev === 'ا' || prev === 'و' && i === 1) ? '' : 'a';
    else if (ch === 'أ') piece = i === 0 && (next === 'و' || next === 'ي') ? '' : 'a';
    else if (ch === 'إ') piece = 'i';
    else if (ch === 'آ') piece = 'a';
    else if (ch === 'ى') piece = 'a';
    else if (ch === 'ة') piece = i === n - 1 ? 'a' : 't';
    else if (ch === 'و') {
      if (i === 0) piece = 'w';
      else if (prev === 'ا' || prev === 'ي' || prev === 'و' || next === 'ا' || next === 'ي' && i + 1 < n - 1) piece = 'w';
      else piece = 'o';
    } else if (ch === 'ي') {
      if (i === 0) piece = 'y';
      else if (next === 'ة' && i === n - 2) piece = 'iy';
      else if (prev === 'ا' || prev === 'و' || prev === 'ي' || next === 'ا' || next === 'و' || next === 'ي') piece = next === 'ا' && i === n - 2 ? 'i' : 'y';
      else piece = 'i';
    } else if (ch === 'ع') {
      piece = i === 0 || isCons(i - 1) ? (next !== undefined && isCons(i + 1) ? 'a' : '') : '';
      if (i > 0 && !isCons(i - 1) && next !== undefined && isCons(i + 1)) piece = "'";
    } else piece = CONSONANTS[ch] ?? ch;
    if (double && piece.length === 1) piece += piece;
    out += piece;
    // a written vowel; else guess one after a consonant that starts a cluster
    if (vowel && vowel !== '-') out += vowel;
    else if (!vowel && CONSONANTS[ch] !== undefined && ch !== 'ع') {
      // Arabic words never start with two consonants, and three in a row need a vowel in the
      // middle; a final pair after a long vowel reads with e (خالد Khaled, سالم Salem)
      const initial = i === 0 && isCons(1);
      const medial = i > 0 && isCons(i - 1) && isCons(i + 1) && i + 1 < n - 1;
      const finalPair = i === n - 2 && isCons(i + 1) && i > 0 && LONG_A.has(letters[i - 1].ch) && !double;
      if (initial || medial) out += 'a';
      else if (finalPair) out += 'e';
    }
  }
  return out;
}

function capitalize(s: string): string {
  const i = s.search(/[A-Za-z]/);
  return i < 0 ? s : s.slice(0, i) + s[i].toUpperCase() + s.slice(i + 1);
}

/**
 * The table's entry for a word, unless it reads against the word's first letter: the table's keys
 * fold the alef forms, so إسلام (Islam) would find اسلام (the name Aslam).
 */
function tableEntry(t: Map<string, string> | null, word: string): string | undefined {
  const known = t?.get(tableKey(word));
  if (known && word[0] === 'إ' && /^[Aa]/.test(known)) return undefined;
  return known;
}

/** One word, without the table: the article ال becomes "al-". */
function romanizeWord(word: string, t: Map<string, string> | null): string {
  const bare = word.split(TATWEEL).join('');
  const known = tableEntry(t, bare);
  if (known) return known;
  if (bare.startsWith('ال') && bare.length > 3) {
    const rest = bare.slice(2);
    return 'al-' + capitalize(tableEntry(t, rest) ?? ruleWord(rest));
  }
  return capitalize(ruleWord(bare));
}

/**
 * Readable Latin form of an Arabic name: known names from the table (longest run of words first),
 * the letter rules for the rest. Latin and digits pass through.
 */
export function transliterate(arabicName: string, options: TransliterateOptions = {}): string {
  const t = options.table === false ? null : currentTable();
  const words = arabicName.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let done = false;
    if (t) {
      for (let len = Math.min(tableMaxWords, words.length - i); len >= 2; len--) {
        const known = t.get(tableKey(words.slice(i, i + len).join(' ')));
        if (known) {
          out.push(known);
          i += len;
          done = true;
          break;
        }
      }
    }
    if (!done) {
      out.push(/[\u0600-\u06FF]/.test(words[i]) ? romanizeWord(words[i], t) : words[i]);
      i++;
    }
  }
  return out.join(' ');
}
