import { SEARCH_NORMALIZATION, normalize } from '../text/index.js';
import { searchTerm } from './terms.js';

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640]/u;
const WORD = /[\p{L}\p{M}\p{N}\u0640]+/gu;
const SNIPPET_WORDS = 28;
/** About SNIPPET_WORDS words of Arabic news, in UTF-16 code units: the span a window's hits are counted over. */
const WINDOW_CHARS = 190;
const CONTEXT_WORDS = 4;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

function escapeClass(c: string): string {
  return /[\\\]^-]/.test(c) ? '\\' + c : c;
}

/**
 * For each character a folded term can hold, the characters of raw text that fold to it, and the
 * characters search normalization removes (diacritics, tatweel, invisibles). Built once from the
 * normalization itself, so the two cannot disagree.
 */
let folding: { variants: Map<string, string>; removable: string } | null = null;

function foldingTable(): NonNullable<typeof folding> {
  if (folding) return folding;
  const variants = new Map<string, string>();
  let removable = '';
  const ranges: [number, number][] = [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0x600, 0x6ff], [0x750, 0x77f], [0x200b, 0x200f], [0xfb50, 0xfdff], [0xfe70, 0xfeff]];
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const c = String.fromCodePoint(cp);
      const folded = normalize(c, SEARCH_NORMALIZATION).toLowerCase();
      if (folded === '') removable += escapeClass(c);
      else if (folded.length === 1) variants.set(folded, (variants.get(folded) ?? '') + escapeClass(c));
    }
  }
  folding = { variants, removable };
  return folding;
}

/** The last query's pattern: a search builds one snippet per hit with the same terms. */
let lastPattern: { key: string; pattern: RegExp | null } | null = null;

/** A regular expression that finds, in raw text, every stretch that folds to one of the terms. */
function termPattern(terms: ReadonlySet<string>): RegExp | null {
  const key = [...terms].join('\u0000');
  if (lastPattern?.key !== key) lastPattern = { key, pattern: buildTermPattern(terms) };
  return lastPattern.pattern;
}

function buildTermPattern(terms: ReadonlySet<string>): RegExp | null {
  const { variants, removable } = foldingTable();
  const gap = removable ? `[${removable}]*` : '';
  const alternatives = [...terms]
    .filter((t) => t !== '')
    .map((t) => [...t].map((ch) => `[${variants.get(ch) ?? escapeClass(ch)}]`).join(gap));
  return alternatives.length ? new RegExp(alternatives.join('|'), 'gu') : null;
}

interface Hit {
  start: number;
  end: number;
  term: string;
}

/** The query-term words of `text` in order: a stretch that folds to a term, widened to its word, kept when the word's term is one. */
function findHits(text: string, terms: ReadonlySet<string>): Hit[] {
  const pattern = termPattern(terms);
  if (!pattern) return [];
  const hits: Hit[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(pattern)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
    while (end < text.length && WORD_CHAR.test(text[end])) end++;
    if (start < lastEnd) continue; // a second stretch inside a word already looked at
    lastEnd = end;
    const term = searchTerm(text.slice(start, end));
    if (terms.has(term)) hits.push({ start, end, term });
  }
  return hits;
}

/** Where the window starting at hit `i` is: the most distinct terms, then the most hits, earliest first. */
function bestWindow(hits: Hit[], termCount: number): number {
  let best = 0;
  let bestKey = -1;
  for (let i = 0; i < hits.length; i++) {
    const seen = new Set<string>();
    let n = 0;
    for (let j = i; j < hits.length && hits[j].start - hits[i].start < WINDOW_CHARS; j++) {
      seen.add(hits[j].term);
      n++;
    }
    const key = seen.size * 1000 + n;
    if (key > bestKey) {
      bestKey = key;
      best = i;
    }
    if (seen.size === termCount) break;
  }
  return best;
}

/**
 * The passage of `text` that holds the most distinct query terms, about SNIPPET_WORDS words long,
 * with each matching word wrapped in <mark></mark> (the rest HTML-escaped). Words are matched by
 * their search term, so الانشقاقات is marked for the query انشقاق. The text is never altered
 * beyond escaping: what is shown is what the document says.
 *
 * Fast on long documents: a regular expression built from the terms' folded letters finds the
 * candidate words, so only those are normalized and stemmed, not every word of the text.
 */
export function snippet(text: string, terms: ReadonlySet<string>, maxScan = 20000): string {
  const scan = text.length > maxScan ? text.slice(0, maxScan) : text;
  const hits = findHits(scan, terms);
  let from = 0;
  if (hits.length > 0) {
    from = hits[bestWindow(hits, terms.size)].start;
    // start a few words before the first hit, so it reads in context
    const before = [...scan.slice(Math.max(0, from - 200), from).matchAll(WORD)];
    if (before.length > 0) {
      const back = before[Math.max(0, before.length - CONTEXT_WORDS)];
      from = Math.max(0, from - 200) + back.index;
    }
  }
  const words: { start: number; end: number }[] = [];
  const forward = new RegExp(WORD.source, 'gu');
  forward.lastIndex = from;
  for (let m = forward.exec(scan); m && words.length < SNIPPET_WORDS; m = forward.exec(scan)) words.push({ start: m.index, end: m.index + m[0].length });
  if (words.length === 0) return '';
  const marked = new Set(hits.map((h) => h.start));
  let out = words[0].start > 0 && /[\p{L}\p{N}]/u.test(scan.slice(0, words[0].start)) ? '… ' : '';
  let at = words[0].start;
  for (const w of words) {
    out += escapeHtml(scan.slice(at, w.start).replace(/\s+/g, ' '));
    const word = escapeHtml(scan.slice(w.start, w.end));
    out += marked.has(w.start) ? `<mark>${word}</mark>` : word;
    at = w.end;
  }
  if (forward.exec(scan) !== null) out += ' …';
  return out;
}
