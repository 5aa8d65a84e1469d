import { loadLangJson } from '../lang/ar/index.js';
import { SEARCH_NORMALIZATION, normalize } from './normalize.js';

/**
 * Light10-style stemmer for search matching (not linguistics): the word is search-normalized,
 * then a leading و, one article form and common suffixes are stripped. انشقاق, وانشقاقات and
 * الانشقاقات all give انشقاق; أمريكا and امريكا give امريكا. Affix lists live in
 * src/lang/ar/light-stem.json.
 */
interface LightStemConfig {
  conjunction: string;
  minLengthForConjunction: number;
  articles: string[];
  suffixes: string[];
  minStemLength: number;
}

let config: { conj: string; minConj: number; articles: string[]; suffixes: string[]; min: number } | null = null;

function stemConfig(): NonNullable<typeof config> {
  if (!config) {
    const c = loadLangJson<LightStemConfig>('light-stem.json');
    // affixes are matched against normalized words, so normalize them the same way
    const n = (s: string): string => normalize(s, SEARCH_NORMALIZATION);
    config = {
      conj: n(c.conjunction),
      minConj: c.minLengthForConjunction,
      articles: c.articles.map(n),
      suffixes: c.suffixes.map(n),
      min: c.minStemLength,
    };
  }
  return config;
}

export function lightStem(word: string): string {
  return lightStemNormalized(normalize(word, SEARCH_NORMALIZATION));
}

/** Whole forms the stemmer must not cut, checked after the conjunction and after the article go. */
export interface StemExceptions {
  afterConjunction: ReadonlyMap<string, string>;
  afterArticle: ReadonlyMap<string, string>;
}

/** lightStem of a word already in SEARCH_NORMALIZATION form (the search index's hot path). */
export function lightStemNormalized(normalized: string, exceptions?: StemExceptions): string {
  const c = stemConfig();
  let w = normalized;
  if (w.length >= c.minConj && w.startsWith(c.conj)) w = w.slice(c.conj.length);
  const kept = exceptions?.afterConjunction.get(w);
  if (kept !== undefined) return kept;
  for (const a of c.articles) {
    if (w.length - a.length >= c.min && w.startsWith(a)) {
      w = w.slice(a.length);
      const bare = exceptions?.afterArticle.get(w);
      if (bare !== undefined) return bare;
      break;
    }
  }
  for (const s of c.suffixes) {
    if (w.length - s.length >= c.min && w.endsWith(s)) w = w.slice(0, w.length - s.length);
  }
  return w;
}
