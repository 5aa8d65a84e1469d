import type { RawInput } from '../read/inputs.js';
import { parseRawInput } from '../parse/index.js';
import { composeBody } from '../parse/text.js';
import { documentId } from '../doc/id.js';
import { analyzeArticle, toDocumentJson } from '../analyze/analyze-article.js';
import { searchTerms } from '../search/terms.js';
import { textSignature, bandKeyIds } from '../dedup/index.js';
import type { DocumentToStore } from '../store/store.js';

/**
 * One raw input -> what the store keeps: the full analysis, the search terms of title and body,
 * and the near-duplicate fingerprint. Pure (no I/O), so it runs the same in a worker thread.
 * `isStored` lets a run skip the analysis of content it already has: the id needs only parsing.
 */
export function prepareDocument(raw: RawInput, isStored?: (id: string) => boolean): DocumentToStore | { duplicate: string } {
  const { article, source } = parseRawInput(raw);
  if (isStored) {
    const id = documentId(composeBody(article).text);
    if (isStored(id)) return { duplicate: id };
  }
  const json = toDocumentJson(analyzeArticle(article, source));
  const signature = textSignature(json.text);
  return {
    json,
    terms: { title: searchTerms(json.title ?? '').join(' '), body: searchTerms(json.text).join(' ') },
    signature,
    bands: signature ? bandKeyIds(signature) : [],
  };
}
