import { InputError } from '../errors.js';
import type { ChannelInfo, PostInfo } from '../doc/json.js';
import { tooLargeError } from './file.js';

/**
 * One article (or post) as a record carries it: a JSON Lines line, an element of a JSON array
 * file, a feed item, a Telegram message. The optional fields appear only where they apply.
 */
export interface ArticleRecord {
  /** `docno` or `id`; a feed item's guid / entry id; a Telegram message id. */
  id: string | null;
  title: string | null;
  /** The body exactly as the record holds it (not trimmed); plain text for feeds, converted from HTML. */
  text: string;
  /** Raw value of `time`, `published`, `date` or `date_extracted`, a feed's pubDate/published/updated,
   * a Telegram message's `date` (e.g. RFC-822 'Sun, 18 Feb 2018 21:35:43 +0400'). */
  published: string | null;
  url: string | null;
  /** The record's `source` (or `site`) field, e.g. 'Alarabia'; a feed's title; a Telegram channel's name. */
  site: string | null;
  author: string | null;
  /** Telegram: the channel the message belongs to. */
  channel?: ChannelInfo;
  /** Telegram: the message's id, views, forward and reply details. */
  post?: PostInfo;
}

/** A record with where it was found. */
export interface RecordInput {
  /** Names the record in messages: 'path:LINE', 'path:[INDEX]', 'path#item N', 'path#message ID'. */
  input: string;
  /** JSON Lines: the 1-based physical line number (blank lines count). */
  line?: number;
  /** Multi-document files: the 0-based position in the file's list (see SourceInfo.index). */
  index?: number;
  record: ArticleRecord;
}

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The first of `names` holding a non-blank string (trimmed) or a finite number (as a string). */
export function stringField(obj: JsonObject, ...names: string[]): string | null {
  for (const name of names) {
    const value = obj[name];
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

const RECORD_HINT = 'each article must be a JSON object with a "text" (or "content") string field';

/**
 * A parsed JSON value (a JSON Lines line, a JSON array element) to an ArticleRecord, or an
 * InputError for `input` saying what is wrong with it. Field names of the corpora we read:
 * ANT (`docno`, `time`, `text`), SaudiNewsNet (`content`, `date_extracted`), and the usual
 * `id`, `title`/`headline`, `published`/`date`, `url`/`link`, `source`/`site`, `author`.
 * `maxBytes`, when given, caps the text's UTF-8 size.
 */
export function recordFromObject(value: unknown, input: string, maxBytes?: number): ArticleRecord {
  if (!isJsonObject(value)) throw new InputError(input, 'E_RECORD', 'is not a JSON object', RECORD_HINT);
  const text = typeof value.text === 'string' ? value.text : typeof value.content === 'string' ? value.content : null;
  if (text === null) throw new InputError(input, 'E_RECORD', 'has no "text" string field', RECORD_HINT);
  if (text.trim() === '') throw new InputError(input, 'E_EMPTY', `has an empty "${typeof value.text === 'string' ? 'text' : 'content'}" field`);
  if (maxBytes !== undefined) checkTextSize(text, input, maxBytes);
  return {
    id: stringField(value, 'docno', 'id'),
    title: stringField(value, 'title', 'headline'),
    text,
    published: stringField(value, 'time', 'published', 'date', 'date_extracted'),
    url: stringField(value, 'url', 'link'),
    site: stringField(value, 'source', 'site'),
    author: stringField(value, 'author'),
  };
}

/** Refuse one document's text over the per-document cap (measured in UTF-8 bytes, as files are). */
export function checkTextSize(text: string, input: string, maxBytes: number): void {
  // A UTF-16 code unit is at most 3 UTF-8 bytes: skip the exact count when it cannot matter.
  if (text.length * 3 <= maxBytes) return;
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) throw tooLargeError(input, size, maxBytes);
}
