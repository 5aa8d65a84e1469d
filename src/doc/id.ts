import { createHash } from 'node:crypto';
import { normalize, SEARCH_NORMALIZATION } from '../text/index.js';

/**
 * A document's id: sha256 of its normalized body, so the same article re-saved with other
 * diacritics, tatweel, invisible marks or spacing gets the same id.
 */
export function documentId(text: string): string {
  const folded = normalize(text, SEARCH_NORMALIZATION).replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(folded, 'utf8').digest('hex');
}
