import { createReadStream } from 'node:fs';
import { InputError } from '../errors.js';
import { checkRegularFile, fsError, tooLargeError } from './file.js';
import { recordFromObject, type ArticleRecord, type RecordInput } from './record.js';

export type { ArticleRecord, RecordInput } from './record.js';

const LF = 0x0a;
const CR = 0x0d;

interface RawLine {
  line: number;
  /** null when the line was longer than the cap and was dropped while streaming. */
  bytes: Uint8Array | null;
  length: number;
}

/**
 * Split a byte stream into lines without ever holding more than one line (and never more than
 * `maxBytes` of it): readline would buffer a 1 GB line whole before we could refuse it.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let line = 1;
  const finish = (): RawLine => {
    let bytes: Uint8Array | null = null;
    if (length <= maxBytes) {
      bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
      if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const result = { line, bytes, length };
    parts = [];
    length = 0;
    line++;
    return result;
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(LF, from);
      const end = nl === -1 ? chunk.length : nl;
      length += end - from;
      if (length <= maxBytes && end > from) parts.push(chunk.subarray(from, end));
      else if (length > maxBytes) parts = []; // over the cap: keep counting, drop the bytes
      if (nl === -1) break;
      yield finish();
      from = nl + 1;
    }
  }
  if (length > 0) yield finish(); // a last line without a newline
}

/** One JSON line to an ArticleRecord, or an InputError for `input` saying what is wrong with it. */
export function parseRecordLine(line: string, input: string): ArticleRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new InputError(input, 'E_JSON', `is not valid JSON (${detail})`);
  }
  return recordFromObject(value, input);
}

/**
 * Records from a JSON Lines stream, one at a time. `label` names the source in messages ('path'
 * or '<stdin>'); a bad line yields an InputError for 'label:LINE' and reading goes on. Blank
 * lines are skipped. Each line is capped at `maxBytes`.
 */
export async function* readJsonlStream(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  label: string,
  opts: { maxBytes: number },
): AsyncGenerator<RecordInput | InputError> {
  const decoder = new TextDecoder('utf-8');
  for await (const { line, bytes, length } of splitLines(chunks, opts.maxBytes)) {
    const input = `${label}:${line}`;
    if (bytes === null) {
      yield tooLargeError(input, length, opts.maxBytes);
      continue;
    }
    const text = decoder.decode(bytes); // JSON is UTF-8 (RFC 8259); a leading BOM is dropped
    if (text.trim() === '') continue;
    try {
      yield { input, line, record: parseRecordLine(text, input) };
    } catch (err) {
      if (err instanceof InputError) yield err;
      else throw err;
    }
  }
}

/**
 * Records from a .jsonl file, streamed at bounded memory whatever the file size (the size limit
 * applies per line, not to the file). A file that cannot be opened yields one InputError.
 */
export async function* readJsonlFile(path: string, opts: { maxBytes: number }): AsyncGenerator<RecordInput | InputError> {
  try {
    await checkRegularFile(path, Number.MAX_SAFE_INTEGER);
  } catch (err) {
    if (err instanceof InputError) {
      yield err;
      return;
    }
    throw err;
  }
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  try {
    yield* readJsonlStream(stream, path, opts);
  } catch (err) {
    if (err instanceof InputError) yield err;
    else if ((err as NodeJS.ErrnoException)?.code) yield fsError(path, err);
    else throw err;
  } finally {
    stream.destroy();
  }
}
