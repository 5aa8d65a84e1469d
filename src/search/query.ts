import { UsageError } from '../errors.js';
import { normalize, SEARCH_NORMALIZATION } from '../text/index.js';
import { searchTerms } from './terms.js';
import { ENTITY_TYPES } from '../doc/json.js';

/**
 * The query language of `rasid search`:
 *   words            every word must match (in any inflection: و/ال/ب... and suffixes folded)
 *   "exact phrase"   the words in this order
 *   a OR b           either (binds the items on its two sides)
 *   -word, -"phrase" documents with it are left out
 *   speaker:NAME entity:NAME type:PER|ORG|LOC|MISC source:NAME from:DATE to:DATE
 *                    filters; NAME may be "quoted"; DATE is YYYY, YYYY-MM or YYYY-MM-DD
 */
export interface QueryItem {
  /** As the user wrote it (for messages and snippets). */
  raw: string;
  /** Index terms: one word, or a phrase of several in order. */
  terms: string[];
}

export interface QueryFilters {
  speaker: string[];
  entity: string[];
  type: string[];
  source: string[];
  /** Inclusive lower bound, compared with ISO `published` strings. */
  from: string | null;
  /** Exclusive upper bound (the day, month or year after `to:`). */
  to: string | null;
}

export interface ParsedQuery {
  text: string;
  /** All of these groups must match; a group matches when any of its items does. */
  groups: QueryItem[][];
  exclude: QueryItem[];
  filters: QueryFilters;
}

export const FILTER_FIELDS = ['speaker', 'entity', 'type', 'source', 'from', 'to'] as const;

/** A query that cannot be run: says what is wrong and how to write it. */
export class QueryError extends UsageError {
  constructor(query: string, reason: string, hint = 'see `rasid search --help` for the query syntax') {
    super(`query ${JSON.stringify(query)}: ${reason}`, hint);
    this.name = 'QueryError';
  }
}

interface Lexeme {
  kind: 'word' | 'phrase' | 'or' | 'filter';
  negated: boolean;
  text: string;
  field?: string;
}

function lex(query: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  const n = query.length;
  const readQuoted = (): string => {
    // at an opening quote: up to the closing one
    const open = query[i];
    const close = open === '«' ? '»' : open === '“' ? '”' : open;
    const end = query.indexOf(close, i + 1);
    if (end < 0) throw new QueryError(query, `the quotation mark at character ${i + 1} is never closed`, 'close the phrase with a second quotation mark');
    const inner = query.slice(i + 1, end);
    i = end + 1;
    return inner;
  };
  while (i < n) {
    const c = query[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let negated = false;
    if (c === '-' && i + 1 < n && !/\s/.test(query[i + 1])) {
      negated = true;
      i++;
    }
    if (isQuote(query[i])) {
      out.push({ kind: 'phrase', negated, text: readQuoted() });
      continue;
    }
    let j = i;
    while (j < n && !/\s/.test(query[j]) && !isQuote(query[j])) j++;
    const word = query.slice(i, j);
    i = j;
    const colon = word.indexOf(':');
    const field = colon > 0 ? word.slice(0, colon).toLowerCase() : '';
    if (colon > 0 && /^[a-z]+$/.test(field)) {
      if (!(FILTER_FIELDS as readonly string[]).includes(field)) {
        throw new QueryError(query, `unknown filter "${field}:"`, `filters are ${FILTER_FIELDS.map((f) => f + ':').join(' ')}`);
      }
      let value = word.slice(colon + 1);
      if (value === '' && i < n && isQuote(query[i])) value = readQuoted();
      if (value.trim() === '') throw new QueryError(query, `the filter "${field}:" has no value`, `write ${field}:VALUE, with "quotes" around a value of several words`);
      out.push({ kind: 'filter', negated, text: value.trim(), field });
      continue;
    }
    if (word === 'OR' && !negated) out.push({ kind: 'or', negated: false, text: word });
    else out.push({ kind: 'word', negated, text: word });
  }
  return out;
}

function isQuote(c: string | undefined): boolean {
  return c === '"' || c === '«' || c === '“';
}

/** YYYY, YYYY-MM or YYYY-MM-DD -> [its first instant, the first instant after it] as ISO prefixes. */
function dateRange(query: string, field: string, value: string): [string, string] {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
  if (!m) throw new QueryError(query, `${field}:${value} is not a date`, `write ${field}:2024, ${field}:2024-03 or ${field}:2024-03-12`);
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  const pad = (x: number) => String(x).padStart(2, '0');
  if (mo !== null && (mo < 1 || mo > 12)) throw new QueryError(query, `${field}:${value} has no month ${mo}`);
  if (d !== null) {
    const date = new Date(Date.UTC(y, mo! - 1, d));
    if (date.getUTCDate() !== d) throw new QueryError(query, `${field}:${value} is not a day of the calendar`);
    const next = new Date(Date.UTC(y, mo! - 1, d + 1));
    return [`${y}-${pad(mo!)}-${pad(d)}`, next.toISOString().slice(0, 10)];
  }
  if (mo !== null) return [`${y}-${pad(mo)}`, mo === 12 ? `${y + 1}-01` : `${y}-${pad(mo + 1)}`];
  return [`${y}`, `${y + 1}`];
}

/** Parses a query, or throws a QueryError that says what is wrong with it. */
export function parseQuery(query: string): ParsedQuery {
  const filters: QueryFilters = { speaker: [], entity: [], type: [], source: [], from: null, to: null };
  const groups: QueryItem[][] = [];
  const exclude: QueryItem[] = [];
  let pendingOr = false;
  const lexemes = lex(query);
  for (const [k, l] of lexemes.entries()) {
    if (l.kind === 'or') {
      if (groups.length === 0 || pendingOr || k === lexemes.length - 1 || lexemes[k + 1].kind === 'or' || lexemes[k + 1].negated || lexemes[k + 1].kind === 'filter') {
        throw new QueryError(query, 'OR must stand between two words or phrases', 'write a OR b, or "a b" OR c');
      }
      pendingOr = true;
      continue;
    }
    if (l.kind === 'filter') {
      if (l.negated) throw new QueryError(query, `a filter cannot be negated (-${l.field}:)`, 'leave words out with -word; filters only narrow');
      const field = l.field as (typeof FILTER_FIELDS)[number];
      if (field === 'from' || field === 'to') {
        const [start, after] = dateRange(query, field, l.text);
        if (field === 'from') filters.from = start;
        else filters.to = after;
      } else if (field === 'type') {
        const type = l.text.toUpperCase();
        if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new QueryError(query, `type:${l.text} is not an entity type`, `use one of ${ENTITY_TYPES.join(', ')}`);
        filters.type.push(type);
      } else {
        filters[field].push(l.text);
      }
      continue;
    }
    const item: QueryItem = { raw: l.text, terms: searchTerms(l.text) };
    if (item.terms.length === 0) {
      if (l.kind === 'phrase') throw new QueryError(query, `the phrase "${l.text}" has no words to search for`);
      continue; // punctuation alone: nothing to match
    }
    if (l.negated) exclude.push(item);
    else if (pendingOr) groups[groups.length - 1].push(item);
    else groups.push([item]);
    pendingOr = false;
  }
  if (filters.from && filters.to && filters.from >= filters.to) {
    throw new QueryError(query, 'from: is not before to:', 'write from:2024-01 to:2024-06');
  }
  const hasFilter = filters.speaker.length + filters.entity.length + filters.type.length + filters.source.length > 0 || filters.from || filters.to;
  if (groups.length === 0 && !hasFilter) {
    throw new QueryError(
      query,
      exclude.length ? 'a query of exclusions alone matches everything' : 'nothing to search for',
      'give at least one word, "phrase" or filter such as speaker:NAME',
    );
  }
  return { text: query, groups, exclude, filters };
}

/** The folded key names are compared by in filters (speaker:, entity:, source:). */
export function nameKey(name: string): string {
  return normalize(name, SEARCH_NORMALIZATION).toLowerCase().replace(/\s+/g, ' ').trim();
}
