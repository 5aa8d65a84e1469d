import { readdir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { extname, isAbsolute, join } from 'node:path';
import { glob } from 'tinyglobby';
import { InputError } from '../errors.js';
import { decodeBytes, type DecodedText } from './decode.js';
import { DEFAULT_MAX_FILE_BYTES, fsError, readFileBytes, tooLargeError } from './file.js';
import { readJsonlFile, readJsonlStream } from './jsonl.js';
import { firstLineIsObject, parseJsonText, readJsonArray } from './json.js';
import { looksLikeFeed, parseFeed, readFeedItems } from './feed.js';
import { readTelegramExport, type TelegramSkipped } from './telegram.js';
import { recordFromObject, type ArticleRecord, type RecordInput } from './record.js';

export type { ArticleRecord, RecordInput } from './record.js';

/**
 * What a file is read as: plain text, an HTML page, JSON Lines (streamed), a whole JSON file
 * (an array of articles, a Telegram export, one article object) or a feed (RSS or Atom).
 */
export type SourceFormat = 'txt' | 'html' | 'jsonl' | 'json' | 'feed';

/** The reader a record came from; SourceInfo.format. See doc/json.ts. */
export type RecordFormat = 'jsonl' | 'json' | 'rss' | 'atom' | 'telegram';

/**
 * One input ready for parsing: plain text, an HTML page, or one record (a JSON Lines line, a
 * JSON array element, a feed item, a Telegram message). `line` is set for JSON Lines records,
 * `index` (0-based position in the file's list) for the elements of multi-document files.
 */
export type RawInput =
  | { kind: 'text'; input: string; format: 'txt'; path: string | null; text: string; encoding: string; warnings: string[] }
  | { kind: 'html'; input: string; format: 'html'; path: string | null; html: string; encoding: string; warnings: string[] }
  | { kind: 'record'; input: string; format: RecordFormat; path: string | null; line?: number; index?: number; record: ArticleRecord };

export interface ReadInputsOptions {
  /** Cap per text or HTML file, per stdin document, per JSON line and per document of a multi-document file. */
  maxBytes: number;
  /**
   * Cap per whole-file source parsed at once (.json, .xml/.rss/.atom). Default: the larger of
   * DEFAULT_MAX_FILE_BYTES (1 GB) and `maxBytes`, so raising `maxBytes` past it raises both.
   */
  maxFileBytes?: number;
  /** The option that raises `maxFileBytes`, named in error hints; when `maxFileBytes` is given without it, hints name none. */
  maxFileBytesFlag?: string;
  /** Where '-' reads from; process.stdin when omitted. */
  stdin?: NodeJS.ReadableStream;
  /**
   * Told what a file held that is not a document and not an error, once per file: a Telegram
   * export's messages of unknown types (polls, stickers, ...), service messages and media alone.
   */
  onNotice?: (input: string, message: string) => void;
}

interface Limits {
  maxBytes: number;
  maxFileBytes: number;
  fileFlag: string | null;
  onNotice?: (input: string, message: string) => void;
}

/** How stdin is named in messages. */
export const STDIN_LABEL = '<stdin>';

const FORMAT_BY_EXTENSION: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** The format a file name says, or null for an extension we do not pick up in directories. */
export function formatFromPath(path: string): SourceFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** Does the file name say it may hold several documents (JSON Lines, a JSON file, a feed)? */
export function mayHoldSeveralDocuments(path: string): boolean {
  const format = formatFromPath(path);
  return format === 'jsonl' || format === 'json' || format === 'feed';
}

/** Glob characters: an argument that names no path but has one of these is expanded. */
export function isGlobPattern(arg: string): boolean {
  return /[*?[{]/.test(arg);
}

/**
 * Every input named on the command line, one at a time and in order: files, directories (walked
 * recursively in sorted order; hidden entries and unknown extensions skipped), glob patterns
 * that name no path themselves (expanded to files, sorted), and '-' for stdin. Files holding
 * several documents (JSON Lines, JSON arrays, feeds, Telegram exports) yield one RawInput per
 * document, in file order. A problem with one input is yielded as its InputError and the others
 * go on. The same bytes always give the same inputs in the same order.
 */
export async function* readInputs(args: string[], opts: ReadInputsOptions): AsyncGenerator<RawInput | InputError> {
  const limits: Limits = {
    maxBytes: opts.maxBytes,
    maxFileBytes: opts.maxFileBytes ?? Math.max(DEFAULT_MAX_FILE_BYTES, opts.maxBytes),
    fileFlag: opts.maxFileBytesFlag ?? (opts.maxFileBytes === undefined ? '--max-size' : null),
    onNotice: opts.onNotice,
  };
  let stdinRead = false;
  for (const arg of args) {
    if (arg === '-') {
      if (stdinRead) {
        yield new InputError(STDIN_LABEL, 'E_STDIN_TWICE', "was already read; name '-' only once");
        continue;
      }
      stdinRead = true;
      yield* readStdin(opts.stdin ?? process.stdin, limits);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(arg)).isDirectory();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException | null)?.code;
      if ((code === 'ENOENT' || code === 'ENOTDIR') && isGlobPattern(arg)) yield* readGlob(arg, limits);
      else yield fsError(arg, err);
      continue;
    }
    if (isDirectory) yield* walkDirectory(arg, limits);
    else yield* readFileInput(arg, formatFromPath(arg), limits);
  }
}

/**
 * The files a glob pattern matches, in code-unit order, each read as a named file (an unknown
 * extension is sniffed). Hidden files match only when the pattern spells the dot.
 */
async function* readGlob(pattern: string, limits: Limits): AsyncGenerator<RawInput | InputError> {
  let matches: string[];
  try {
    matches = await glob(pattern, { absolute: isAbsolute(pattern), onlyFiles: true, expandDirectories: false });
  } catch (err) {
    yield new InputError(pattern, 'E_GLOB', `cannot be expanded (${err instanceof Error ? err.message : String(err)})`);
    return;
  }
  if (matches.length === 0) {
    yield new InputError(pattern, 'E_NO_MATCH', 'no file matches', 'check the pattern and the current directory');
    return;
  }
  matches.sort(compareCodeUnits);
  for (const path of matches) yield* readFileInput(path, formatFromPath(path), limits);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Files under `dir` with a known extension, depth first, in code-unit order of names. */
async function* walkDirectory(dir: string, limits: Limits): AsyncGenerator<RawInput | InputError> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield fsError(dir, err);
    return;
  }
  entries.sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Follow links to files; links to directories are skipped so a loop cannot trap the walk.
      try {
        isFile = (await stat(path)).isFile();
      } catch {
        continue; // a dangling link in a directory is not something the user asked for
      }
      isDirectory = false;
    }
    if (isDirectory) {
      yield* walkDirectory(path, limits);
    } else if (isFile) {
      const format = formatFromPath(path);
      if (format) yield* readFileInput(path, format, limits);
    }
  }
}

/**
 * One file of a known format, or of unknown format (null) sniffed from its content. Whole-file
 * multi-document sources (.json, feeds) are read under the file cap, everything else under the
 * per-document cap (a file of unknown extension too, whatever it turns out to hold).
 */
async function* readFileInput(path: string, format: SourceFormat | null, limits: Limits): AsyncGenerator<RawInput | InputError> {
  if (format === 'jsonl') {
    for await (const item of readJsonlFile(path, { maxBytes: limits.maxBytes })) yield toRawRecord(item, path, 'jsonl');
    return;
  }
  const whole = format === 'json' || format === 'feed';
  let decoded: DecodedText;
  try {
    const bytes = whole ? await readFileBytes(path, limits.maxFileBytes, limits.fileFlag) : await readFileBytes(path, limits.maxBytes);
    decoded = decodeBytes(bytes, path);
  } catch (err) {
    if (err instanceof InputError) {
      yield err;
      return;
    }
    if (isStringTooLong(err)) {
      yield new InputError(path, 'E_TOO_LARGE', 'is too large to decode as one string', 'split the file into smaller ones');
      return;
    }
    throw err;
  }
  yield* fromDecoded(path, path, format ?? sniffFormat(decoded.text), decoded, limits);
}

/** V8 cannot hold a string past ~512M code units (buffer.constants.MAX_STRING_LENGTH). */
function isStringTooLong(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === 'ERR_STRING_TOO_LONG' || (err instanceof RangeError && /string length/i.test(err.message));
}

async function* fromDecoded(
  input: string,
  path: string | null,
  format: SourceFormat,
  decoded: DecodedText,
  limits: Limits,
): AsyncGenerator<RawInput | InputError> {
  const { text, encoding, warnings } = decoded;
  const perDocument = { maxBytes: limits.maxBytes };
  if (format === 'html') yield { kind: 'html', input, format, path, html: text, encoding, warnings };
  else if (format === 'txt') yield { kind: 'text', input, format, path, text, encoding, warnings };
  else if (format === 'jsonl') yield* jsonlText(text, input, path, limits);
  else if (format === 'json') {
    let content;
    try {
      content = parseJsonText(text, input);
    } catch (err) {
      if (err instanceof InputError) {
        yield err;
        return;
      }
      throw err;
    }
    switch (content.kind) {
      case 'jsonl':
        yield* jsonlText(text, input, path, limits);
        break;
      case 'array':
        for (const item of readJsonArray(content.elements, input, perDocument)) yield toRawRecord(item, path, 'json');
        break;
      case 'telegram': {
        const skipped: TelegramSkipped = { service: 0, otherType: 0, noText: 0, otherTypes: {} };
        for (const item of readTelegramExport(content.value, input, { ...perDocument, skipped })) yield toRawRecord(item, path, 'telegram');
        const parts = [
          skipped.otherType ? `${skipped.otherType} of types rasid does not read (${Object.entries(skipped.otherTypes!).map(([t, n]) => `${t} ${n}`).join(', ')})` : '',
          skipped.service ? `${skipped.service} service message${skipped.service === 1 ? '' : 's'}` : '',
          skipped.noText ? `${skipped.noText} without text (media alone)` : '',
        ].filter(Boolean);
        if (parts.length) limits.onNotice?.(input, `messages passed over: ${parts.join('; ')}`);
        break;
      }
      case 'object':
        try {
          yield toRawRecord({ input, record: recordFromObject(content.value, input, limits.maxBytes) }, path, 'json');
        } catch (err) {
          if (err instanceof InputError) yield err;
          else throw err;
        }
        break;
    }
  } else {
    let feed;
    try {
      feed = parseFeed(text, input);
    } catch (err) {
      if (err instanceof InputError) {
        yield err;
        return;
      }
      throw err;
    }
    for (const item of readFeedItems(feed, input, perDocument)) yield toRawRecord(item, path, feed.format);
  }
}

async function* jsonlText(text: string, input: string, path: string | null, limits: Limits): AsyncGenerator<RawInput | InputError> {
  for await (const item of readJsonlStream([text], input, { maxBytes: limits.maxBytes })) yield toRawRecord(item, path, 'jsonl');
}

function toRawRecord(item: RecordInput | InputError, path: string | null, format: RecordFormat): RawInput | InputError {
  if (item instanceof InputError) return item;
  const raw: Extract<RawInput, { kind: 'record' }> = { kind: 'record', input: item.input, format, path, record: item.record };
  if (item.line !== undefined) raw.line = item.line;
  if (item.index !== undefined) raw.index = item.index;
  return raw;
}

/**
 * The format of content with no telling extension: a feed when it is XML with an <rss>, <feed>
 * or <rdf:RDF> root; other markup (this covers '<!doctype') is HTML; JSON Lines when the first
 * non-blank line is a '{...}' object; a whole JSON file when it opens like a JSON object or an
 * array of objects; plain text otherwise.
 */
export function sniffFormat(text: string): SourceFormat {
  const head = text.replace(/^[\s\uFEFF]+/, '');
  if (head.startsWith('<')) return looksLikeFeed(head) ? 'feed' : 'html';
  if (firstLineIsObject(head)) return 'jsonl';
  if (/^\{\s*["}]/.test(head) || /^\[\s*[{\]]/.test(head)) return 'json';
  return 'txt';
}

const WHITESPACE_BYTES = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0c, 0x0b, 0xef, 0xbb, 0xbf]);

/**
 * Stdin: JSON Lines are streamed record by record (a pipe may be endless); anything else is read
 * whole, up to the cap, then sniffed. Only the first line is buffered to decide.
 */
async function* readStdin(stream: NodeJS.ReadableStream, limits: Limits): AsyncGenerator<RawInput | InputError> {
  const { maxBytes } = limits;
  const iterator = (stream as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  let firstLine: Buffer | null = null;
  while (firstLine === null && headLength <= maxBytes) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = toBuffer(next.value);
    head.push(chunk);
    headLength += chunk.length;
    firstLine = firstNonBlankLine(Buffer.concat(head, headLength));
  }
  const headBytes = Buffer.concat(head, headLength);
  const complete = firstLine ?? (ended ? firstNonBlankLine(headBytes, true) : null);
  let isJsonl: boolean;
  if (complete) {
    const probe = complete.toString('utf8').trim();
    isJsonl = probe.startsWith('{') && probe.endsWith('}');
  } else {
    // The cap was reached before the first line ended: its first byte is all we can judge by.
    isJsonl = !ended && headBytes.toString('utf8', 0, 64).trimStart().startsWith('{');
  }
  if (isJsonl) {
    const rest = async function* (): AsyncGenerator<Uint8Array | string> {
      yield headBytes;
      if (ended) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    };
    for await (const item of readJsonlStream(rest(), STDIN_LABEL, { maxBytes })) yield toRawRecord(item, null, 'jsonl');
    return;
  }

  const chunks: Buffer[] = [headBytes];
  let total = headLength;
  while (!ended && total <= maxBytes) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = toBuffer(next.value);
    chunks.push(chunk);
    total += chunk.length;
  }
  if (total > maxBytes) {
    await iterator.return?.();
    yield tooLargeError(STDIN_LABEL, total, maxBytes, true);
    return;
  }
  let decoded: DecodedText;
  try {
    decoded = decodeBytes(Buffer.concat(chunks, total), STDIN_LABEL);
  } catch (err) {
    if (err instanceof InputError) {
      yield err;
      return;
    }
    throw err;
  }
  const format = sniffFormat(decoded.text);
  yield* fromDecoded(STDIN_LABEL, null, format, decoded, limits);
}

/** The first line holding a non-blank byte, once its newline (or, at the end, EOF) is seen. */
function firstNonBlankLine(bytes: Buffer, atEnd = false): Buffer | null {
  let start = 0;
  while (start < bytes.length && WHITESPACE_BYTES.has(bytes[start])) start++;
  if (start === bytes.length) return null;
  const newline = bytes.indexOf(0x0a, start);
  if (newline === -1) return atEnd ? bytes.subarray(start) : null;
  return bytes.subarray(start, newline);
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
