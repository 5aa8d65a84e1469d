import { FOLD, foldArabic } from './arabic-pattern.js';

/**
 * Finding patterns in a body without trying them at every position: a big alternation tried at
 * every position is slow (~0.4 ms per article), so walk the words and try a rule's sticky
 * pattern only where a word could open a match (a month name, a weekday, يوم ...).
 */

/** و ف ب ل */
function isProclitic(c: number): boolean {
  return c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644;
}

/**
 * Folding every word of a body costs more than matching, so words are first screened by a
 * hash of their folded letters, read from the text (no string is built for a word that fails;
 * a word's first three letters were a weaker screen: الا of الأحد let every الانتخابات through).
 */
const FOLD_CODE = new Uint16Array(0x10000).map((_, c) => c);
for (const [k, v] of Object.entries(FOLD)) FOLD_CODE[k.charCodeAt(0)] = v.charCodeAt(0);

/** Words that may open a match (folded), and their keys (see wordKey) for a cheap first screen. */
export interface Triggers {
  words: Set<string>;
  keys: Set<number>;
}

/** The first words of `phrases`, plus their forms without the article's alef ("لعام" in "للعام"). */
export function triggerWords(phrases: Iterable<string>): Triggers {
  const words = new Set<string>();
  for (const p of phrases) {
    const first = foldArabic(p).split(' ')[0];
    words.add(first);
    if (first.startsWith('ال')) words.add(first.slice(1));
  }
  return { words, keys: new Set([...words].map((w) => wordKey(w, 0, w.length))) };
}

/** The folded letters of `text` in [from, end) (as foldArabic folds a word), hashed to one small number. */
function wordKey(text: string, from: number, end: number): number {
  let key = 0;
  for (let i = from; i < end; i++) {
    let c = text.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x0652) || c === 0x0670 || c === 0x0640) continue;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    // (a hash that stays a small integer: a 48-bit number would be boxed for every word; a collision only lets a word through to the exact check)
    key = (Math.imul(key, 65599) + FOLD_CODE[c]) & 0x3fffffff;
  }
  return key;
}

/** One pattern of a scan: where it may start and what to do with a match. */
export interface ScanRule {
  /** Sticky. */
  re: RegExp;
  triggers: Triggers;
  /** Whether the number ending at `end` may open a match (null: numbers never do). */
  digits: ((text: string, end: number) => boolean) | null;
  /** Whether a match counts; an accepted match's text is not scanned again. */
  accept: (m: RegExpExecArray) => boolean;
}

/** A letter of a scanned word: Arabic letters with harakat and tatweel (so a word is never split by them), and Latin. */
function isWordCode(c: number): boolean {
  return (c >= 0x0621 && c <= 0x065f) || (c >= 0x0670 && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/**
 * One pass over the words of `text`: at each word that is (after up to two proclitics) a
 * trigger of a rule, or a number a rule lets through, try that rule's sticky pattern; earlier
 * rules first. Accepted matches come in order and never overlap.
 */
export function scanAtTriggers(text: string, rules: readonly ScanRule[]): void {
  // words (runs of letters) and numbers (runs of digits), read by character class: no regular
  // expression match object per word
  for (let pos = 0; pos < text.length; ) {
    const first = text.charCodeAt(pos);
    const number = isDigitCode(first);
    if (!number && !isWordCode(first)) {
      pos++;
      continue;
    }
    let after = pos + 1;
    while (after < text.length && (number ? isDigitCode(text.charCodeAt(after)) : isWordCode(text.charCodeAt(after)))) after++;
    const start = pos;
    pos = after;
    // Keys from 0, 1 and 2 letters in (after proclitics), computed once per word; the word's string
    // is made only for a word whose key passes (most words' never is).
    let k0 = -1;
    let k1 = -1;
    let k2 = -1;
    if (!number) {
      k0 = wordKey(text, start, after);
      if (after - start > 2 && isProclitic(first)) {
        k1 = wordKey(text, start + 1, after);
        if (after - start > 3 && isProclitic(text.charCodeAt(start + 1))) k2 = wordKey(text, start + 2, after);
      }
    }
    rules: for (const rule of rules) {
      let at = -1;
      if (number) {
        if (rule.digits !== null && rule.digits(text, after)) at = 0;
      } else {
        const p = rule.triggers.keys;
        const t = rule.triggers.words;
        if (p.has(k0) && t.has(foldArabic(text.slice(start, after)))) at = 0;
        else if (k1 >= 0 && p.has(k1) && t.has(foldArabic(text.slice(start + 1, after)))) at = 1;
        else if (k2 >= 0 && p.has(k2) && t.has(foldArabic(text.slice(start + 2, after)))) at = 2;
      }
      if (at < 0) continue;
      // Try at the word start (the pattern may take a proclitic itself), then after the proclitics.
      for (const k of at === 0 ? [0] : [0, at]) {
        rule.re.lastIndex = start + k;
        const m = rule.re.exec(text);
        if (m !== null && rule.accept(m)) {
          pos = m.index + m[0].length;
          break rules;
        }
      }
    }
  }
}
