import { searchTerm } from './terms.js';

const WORD = /[\p{L}\p{M}\p{N}\u0640]+/gu;
const SNIPPET_WORDS = 28;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * The passage of `text` that holds the most distinct query terms, about SNIPPET_WORDS words long,
 * with each matching word wrapped in <mark></mark> (the rest HTML-escaped). Words are matched by
 * their search term, so الانشقاقات is marked for the query انشقاق. The text is never altered
 * beyond escaping: what is shown is what the document says.
 */
export function snippet(text: string, terms: ReadonlySet<string>, maxScan = 20000): string {
  const words: { start: number; end: number; hit: string | null }[] = [];
  const scan = text.length > maxScan ? text.slice(0, maxScan) : text;
  // stop reading once a window holds every term (no later window can hold more distinct terms)
  const lastSeen = new Map<string, number>();
  let stopAt = Infinity;
  for (const m of scan.matchAll(WORD)) {
    const term = searchTerm(m[0]);
    const hit = terms.has(term) ? term : null;
    words.push({ start: m.index, end: m.index + m[0].length, hit });
    const at = words.length - 1;
    if (hit && stopAt === Infinity) {
      lastSeen.set(hit, at);
      if (lastSeen.size === terms.size) {
        const first = Math.min(...lastSeen.values());
        if (at - first < SNIPPET_WORDS) stopAt = first + SNIPPET_WORDS;
      }
    }
    if (at >= stopAt) break;
  }
  if (words.length === 0) return '';
  // the window with the most distinct terms, then the most hits, earliest first
  let best = 0;
  let bestKey = -1;
  for (let i = 0; i < words.length; i++) {
    if (!words[i].hit && i !== 0) continue;
    const seen = new Set<string>();
    let hits = 0;
    for (let j = i; j < Math.min(words.length, i + SNIPPET_WORDS); j++) {
      const h = words[j].hit;
      if (h) {
        seen.add(h);
        hits++;
      }
    }
    const key = seen.size * 1000 + hits;
    if (key > bestKey) {
      bestKey = key;
      best = i;
    }
    if (seen.size === terms.size) break;
  }
  // start a few words before the first hit, so it reads in context
  const first = Math.max(0, best - (best === 0 ? 0 : 4));
  const last = Math.min(words.length, first + SNIPPET_WORDS) - 1;
  let out = first > 0 ? '… ' : '';
  let at = words[first].start;
  for (let k = first; k <= last; k++) {
    const w = words[k];
    out += escapeHtml(text.slice(at, w.start).replace(/\s+/g, ' '));
    const word = escapeHtml(text.slice(w.start, w.end));
    out += w.hit ? `<mark>${word}</mark>` : word;
    at = w.end;
  }
  if (last < words.length - 1) out += ' …';
  return out;
}
