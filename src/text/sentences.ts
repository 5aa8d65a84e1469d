import type { Sentence, Token } from '../doc/token.js';
import { loadLangList } from '../lang/ar/index.js';
import { tokenize } from './tokenize.js';

/**
 * Sentence ranges over tokens. A sentence ends after . ! ? ؟ … (and runs of them), with any
 * closing quotes or brackets right after the mark, and at every line break. Full stops inside
 * numbers never reach here (3.5 is one number token); full stops after abbreviations do not end
 * a sentence. Ranges start at a token and end at a token, so surrounding whitespace is outside.
 */

/** Closing quotes and brackets that stay with the sentence they close. */
const ALWAYS_CLOSING = new Set(['»', '”', '’', ')', ']', '}', '›']);
/** Quotes that are both opening and closing: closing when one is open in the sentence. */
const SYMMETRIC_QUOTES = new Set(['"', "'"]);

let abbreviationSet: Set<string> | null = null;
let maxAbbreviationLength = 0;

function abbreviations(): Set<string> {
  if (!abbreviationSet) {
    abbreviationSet = new Set(loadLangList('abbreviations.txt'));
    for (const a of abbreviationSet) maxAbbreviationLength = Math.max(maxAbbreviationLength, a.length);
  }
  return abbreviationSet;
}

function isTerminalToken(t: Token): boolean {
  if (t.kind !== 'punct') return false;
  const c = t.text[0];
  return c === '.' || c === '!' || c === '?' || c === '؟' || c === '…' || c === '۔';
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) return true;
  }
  return false;
}

/**
 * True when the single '.' token at index i closes an abbreviation (د. / Mr. / ق.م. / U.S.)
 * rather than a sentence.
 */
function isAbbreviationStop(text: string, tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i];
  if (dot.text !== '.' || i === 0) return false;
  const prev = tokens[i - 1];
  if (prev.end !== dot.start) return false;
  if (prev.kind !== 'arabic' && prev.kind !== 'latin') return false;
  // An initial: J. Smith
  if (prev.kind === 'latin' && prev.text.length === 1 && prev.text >= 'A' && prev.text <= 'Z') return true;
  const set = abbreviations();
  // Era markers after a year (عام 2017 م.) can end a sentence.
  // (ق. directly followed by م. is the first half of ق.م., not an era marker.)
  const next = tokens[i + 1];
  const continues = next !== undefined && next.start === dot.end && next.kind === 'arabic';
  if (prev.kind === 'arabic' && prev.text.length <= 2 && i >= 2 && tokens[i - 2].kind === 'number' && !continues) return false;
  for (let len = 2; len <= maxAbbreviationLength && len <= dot.end; len++) {
    const from = dot.end - len;
    if (!set.has(text.slice(from, dot.end))) continue;
    // the abbreviation must start at a word start, not inside a longer word (محمد. ends with د.)
    const before = from > 0 ? text.charCodeAt(from - 1) : 0x20;
    if (!isWordChar(before)) return true;
  }
  return false;
}

function isWordChar(c: number): boolean {
  return /[\p{L}\p{M}\p{Nd}]/u.test(String.fromCharCode(c));
}

export function splitSentences(text: string, tokens?: readonly Token[]): Sentence[] {
  const toks = tokens ?? tokenize(text);
  const sentences: Sentence[] = [];
  let first = -1; // index of the first token of the open sentence
  let openSymmetric = 0; // symmetric quotes seen in the open sentence (odd: one is open)
  const close = (lastIndex: number): void => {
    if (first >= 0 && lastIndex >= first) sentences.push({ start: toks[first].start, end: toks[lastIndex].end });
    first = -1;
    openSymmetric = 0;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (first >= 0 && hasLineBreak(text, toks[i - 1].end, t.start)) close(i - 1);
    if (first < 0) first = i;
    if (t.kind === 'punct' && SYMMETRIC_QUOTES.has(t.text[0])) openSymmetric += t.text.length;
    if (!isTerminalToken(t) || isAbbreviationStop(text, toks, i)) continue;
    // Keep closing quotes and brackets that follow the mark directly.
    let last = i;
    while (last + 1 < toks.length) {
      const next = toks[last + 1];
      if (next.start !== toks[last].end || next.kind !== 'punct') break;
      const ch = next.text[0];
      if (ALWAYS_CLOSING.has(ch)) last++;
      else if (SYMMETRIC_QUOTES.has(ch) && openSymmetric % 2 === 1) {
        openSymmetric++;
        last++;
      } else if (isTerminalToken(next)) last++;
      else break;
    }
    close(last);
    i = last;
  }
  if (first >= 0) close(toks.length - 1);
  return sentences;
}
