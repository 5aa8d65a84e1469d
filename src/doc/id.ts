import { createHash } from 'node:crypto';
import { normalizeSpaced, SEARCH_NORMALIZATION } from '../text/normalize.js';

/**
 * A document's id: sha256 of its normalized body, so the same article re-saved with other
 * diacritics, tatweel, invisible marks or spacing gets the same id.
 */
export function documentId(text: string): string {
  const folded = normalizeSpaced(text, SEARCH_NORMALIZATION);
  return createHash('sha256').update(folded, 'utf8').digest('hex');
}
