import { readdir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../errors.js';
import { decodeBytes, type DecodedText } from './decode.js';
import { fsError, readFileBytes, tooLargeError } from './file.js';
import { readJsonlFile, readJsonlStream, type ArticleRecord, type RecordInput } from './jsonl.js';

export type { ArticleRecord, RecordInput } from './jsonl.js';

export type SourceFormat = 'txt' | 'html' | 'jsonl';

/** One input ready for parsing: plain text, an HTML page, or one JSON record. */
export type RawInput =
  | { kind: 'text'; input: string; format: 'txt'; path: string | null; text: string; encoding: string; warnings: string[] }
  | { kind: 'html'; input: string; format: 'html'; path: string | null; html: string; encoding: string; warnings: string[] }
  | { kind: 'record'; input: string; format: 'jsonl'; path: string | null; line: number; record: ArticleRecord };

export interface ReadInputsOptions {
  /** Cap per file, per stdin document and per JSON line. */
  maxBytes: number;
  /** Where '-' reads from; process.stdin when omitted. */
  stdin?: NodeJS.ReadableStream;
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
};

/** The format a file name says, or null for an extension we do not pick up in directories. */
export function formatFromPath(path: string): SourceFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/**
 * Every input named on the command line, one at a time and in order: files, directories (walked
 * recursively in sorted order; hidden entries and unknown extensions skipped), and '-' for stdin.
 * A problem with one input is yielded as its InputError and the others go on.
 */
export async function* readInputs(args: string[], opts: ReadInputsOptions): AsyncGenerator<RawInput | InputError> {
  let stdinRead = false;
  for (const arg of args) {
    if (arg === '-') {
      if (stdinRead) {
        yield new InputError(STDIN_LABEL, 'E_STDIN_TWICE', "was already read; name '-' only once");
        continue;
      }
      stdinRead = true;
      yield* readStdin(opts.stdin ?? process.stdin, opts.maxBytes);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(arg)).isDirectory();
    } catch (err) {
      yield fsError(arg, err);
      continue;
    }
    if (isDirectory) yield* walkDirectory(arg, opts.maxBytes);
    else yield* readFileInput(arg, formatFromPath(arg), opts.maxBytes);
  }
}

/** Files under `dir` with a known extension, depth first, in code-unit order of names. */
async function* walkDirectory(dir: string, maxBytes: number): AsyncGenerator<RawInput | InputError> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield fsError(dir, err);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
      yield* walkDirectory(path, maxBytes);
    } else if (isFile) {
      const format = formatFromPath(path);
      if (format) yield* readFileInput(path, format, maxBytes);
    }
  }
}

/** One file of a known format, or of unknown format (null) sniffed from its content. */
async function* readFileInput(path: string, format: SourceFormat | null, maxBytes: number): AsyncGenerator<RawInput | InputError> {
  if (format === 'jsonl') {
    for await (const item of readJsonlFile(path, { maxBytes })) yield item instanceof InputError ? item : toRawRecord(item, path);
    return;
  }
  let decoded: DecodedText;
  try {
    decoded = decodeBytes(await readFileBytes(path, maxBytes), path);
  } catch (err) {
    if (err instanceof InputError) {
      yield err;
      return;
    }
    throw err;
  }
  yield* fromDecoded(path, path, format ?? sniffFormat(decoded.text), decoded, maxBytes);
}

async function* fromDecoded(
  input: string,
  path: string | null,
  format: SourceFormat,
  decoded: DecodedText,
  maxBytes: number,
): AsyncGenerator<RawInput | InputError> {
  const { text, encoding, warnings } = decoded;
  if (format === 'html') yield { kind: 'html', input, format, path, html: text, encoding, warnings };
  else if (format === 'txt') yield { kind: 'text', input, format, path, text, encoding, warnings };
  else {
    for await (const item of readJsonlStream([text], input, { maxBytes })) {
      yield item instanceof InputError ? item : toRawRecord(item, path);
    }
  }
}

function toRawRecord(item: RecordInput, path: string | null): RawInput {
  return { kind: 'record', input: item.input, format: 'jsonl', path, line: item.line, record: item.record };
}

/**
 * The format of content with no telling extension: markup when the first non-blank character is
 * '<' (this covers '<!doctype'), JSON Lines when the first non-blank line is a '{...}' object,
 * plain text otherwise.
 */
export function sniffFormat(text: string): SourceFormat {
  const head = text.replace(/^[\s\uFEFF]+/, '');
  if (head.startsWith('<')) return 'html';
  if (head.startsWith('{')) {
    const newline = head.indexOf('\n');
    const firstLine = (newline === -1 ? head : head.slice(0, newline)).trimEnd();
    if (firstLine.endsWith('}')) return 'jsonl';
  }
  return 'txt';
}

const WHITESPACE_BYTES = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0c, 0x0b, 0xef, 0xbb, 0xbf]);

/**
 * Stdin: JSON Lines are streamed record by record (a pipe may be endless); anything else is read
 * whole, up to the cap, then sniffed. Only the first line is buffered to decide.
 */
async function* readStdin(stream: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<RawInput | InputError> {
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
    for await (const item of readJsonlStream(rest(), STDIN_LABEL, { maxBytes })) {
      yield item instanceof InputError ? item : toRawRecord(item, null);
    }
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
  yield* fromDecoded(STDIN_LABEL, null, format, decoded, maxBytes);
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
