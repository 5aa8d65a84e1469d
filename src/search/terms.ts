import { SEARCH_NORMALIZATION, normalize, lightStemNormalized } from '../text/index.js';
import type { StemExceptions } from '../text/stem.js';
import { loadLangJson } from '../lang/ar/index.js';

/**
 * Bumped whenever what searchTerms returns changes: a store indexed with another version is
 * re-indexed when next opened for writing (SqliteStore.open).
 * 2: الله and مائة/مئة kept whole (src/lang/ar/search-terms.json).
 */
export const SEARCH_TERMS_VERSION = 2;

let exceptions: StemExceptions | null = null;
function stemExceptions(): StemExceptions {
  if (!exceptions) {
    const data = loadLangJson<{ afterConjunction: Record<string, string>; afterArticle: Record<string, string> }>('search-terms.json');
    exceptions = { afterConjunction: new Map(Object.entries(data.afterConjunction)), afterArticle: new Map(Object.entries(data.afterArticle)) };
  }
  return exceptions;
}

/**
 * The terms the search index holds for a text, and that a query word is matched by: each word
 * search-normalized (hamza and alef forms, ta marbuta, alef maqsura, diacritics, tatweel, digits
 * folded) and light-stemmed (و, the article and common suffixes off), so that انشقاق, وانشقاقات
 * and الانشقاقات are one term, and أمريكا and امريكا another. Index and query share this function:
 * whatever it does, both sides agree.
 */
const WORD = /[\p{L}\p{N}]+/gu;

export function searchTerms(text: string): string[] {
  const folded = normalize(text, SEARCH_NORMALIZATION);
  const out: string[] = [];
  for (const m of folded.matchAll(WORD)) {
    const term = termOfNormalized(m[0]);
    if (term) out.push(term);
  }
  return out;
}

/** Words seen recently and their terms: snippets look up every word of each hit's text, and
 *  news vocabulary repeats, so most lookups skip normalizing and stemming. Bounded: cleared when full. */
const TERM_CACHE = new Map<string, string>();
const TERM_CACHE_MAX = 50_000;

/** The index term of one word as written. */
export function searchTerm(word: string): string {
  let term = TERM_CACHE.get(word);
  if (term === undefined) {
    term = termOfNormalized(normalize(word, SEARCH_NORMALIZATION));
    if (TERM_CACHE.size >= TERM_CACHE_MAX) TERM_CACHE.clear();
    TERM_CACHE.set(word, term);
  }
  return term;
}

function termOfNormalized(word: string): string {
  return lightStemNormalized(word.toLowerCase(), stemExceptions());
}
