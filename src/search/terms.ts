import { SEARCH_NORMALIZATION, normalize, lightStemNormalized } from '../text/index.js';

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
  return lightStemNormalized(word.toLowerCase());
}
