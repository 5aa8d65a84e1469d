import { UsageError } from '../errors.js';
import { parseQuery } from '../search/query.js';
import { openStore, storeLocation, type SearchResult } from '../store/index.js';
import { writeOut } from './output.js';

export const SEARCH_FORMATS = ['table', 'json'] as const;

export interface SearchCliOptions {
  db?: string;
  format: string;
  limit: string;
  offset?: string;
}

function count(name: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name}: "${value}" is not a whole number from ${min} to ${max}`);
  return n;
}

/** `rasid search QUERY`: ranked groups of documents, a readable list or the JSON contract with facets. */
export async function runSearch(words: string[], opts: SearchCliOptions): Promise<number> {
  const text = words.join(' ');
  if (!(SEARCH_FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`unknown format "${opts.format}"`, `use one of: ${SEARCH_FORMATS.join(', ')}`);
  const limit = count('limit', opts.limit, 1, 10000);
  const offset = opts.offset === undefined ? 0 : count('offset', opts.offset, 0, 1_000_000);
  const query = parseQuery(text);
  const db = storeLocation(opts.db);
  const store = openStore(db, { onNotice: (message) => process.stderr.write(`rasid: note: ${db}: ${message}\n`) });
  try {
    const json = opts.format === 'json';
    const result = await store.search(query, { limit, offset, facets: json });
    await writeOut(process.stdout, json ? JSON.stringify(result, null, 2) + '\n' : formatResult(result, offset, process.stdout.isTTY === true));
  } finally {
    await store.close();
  }
  return 0;
}

/** A list for people: rank, title, source and date, the snippet, and the copies of each hit. */
export function formatResult(result: SearchResult, offset: number, color: boolean): string {
  const mark = (s: string) =>
    s
      .replace(/<mark>(.*?)<\/mark>/g, color ? '\x1b[1;33m$1\x1b[0m' : '[$1]')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  let out = '';
  result.hits.forEach((h, k) => {
    const meta = [h.source, h.published?.slice(0, 16).replace('T', ' ')].filter(Boolean).join(' · ');
    if (h.partial && !result.hits[k - 1]?.partial) out += `     ── from here on, documents with only some of the words ──\n\n`;
    out += `${String(offset + k + 1).padStart(3)}. ${h.title ?? '(no title)'}\n`;
    out += `     ${meta}${meta ? ' · ' : ''}${h.id.slice(0, 12)} · score ${h.score.toFixed(2)}\n`;
    if (h.snippet) out += `     ${mark(h.snippet)}\n`;
    if (h.duplicates.length) out += `     + ${h.duplicates.length} near-duplicate${h.duplicates.length > 1 ? 's' : ''}: ${h.duplicates.slice(0, 5).map((d) => d.slice(0, 12)).join(', ')}${h.duplicates.length > 5 ? ', …' : ''}\n`;
    out += '\n';
  });
  const shown = result.hits.length ? `${offset + 1}–${offset + result.hits.length} of ` : '';
  const how = result.matched === 'any' ? ' (no document has all the words: showing those with any of them)' : '';
  out += `${shown}${result.total} result${result.total === 1 ? '' : 's'} (near-duplicates counted once)${how}\n`;
  return out;
}
