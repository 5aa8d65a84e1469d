import { InputError } from '../errors.js';
import { isJsonObject, recordFromObject, type JsonObject, type RecordInput } from './record.js';
import { isTelegramExport } from './telegram.js';

/**
 * What a whole-file JSON source holds (a `.json` file, or content sniffed as JSON):
 * - `array`: a JSON array of article objects (SaudiNewsNet and similar dumps);
 * - `telegram`: a Telegram Desktop export (`result.json`: an object with a `messages` array);
 * - `object`: one article object spread over several lines;
 * - `jsonl`: JSON Lines after all (the first line is a whole object), as many `.json` dumps are.
 */
export type JsonContent =
  | { kind: 'array'; elements: unknown[] }
  | { kind: 'telegram'; value: JsonObject }
  | { kind: 'object'; value: JsonObject }
  | { kind: 'jsonl' };

/** True when the first non-blank line of `text` is a whole `{...}` object: JSON Lines. */
export function firstLineIsObject(text: string): boolean {
  const head = text.replace(/^[\s\uFEFF]+/, '');
  if (!head.startsWith('{')) return false;
  const newline = head.indexOf('\n');
  return (newline === -1 ? head : head.slice(0, newline)).trimEnd().endsWith('}');
}

/**
 * Parse a whole JSON file and say what it holds. Throws InputError E_JSON (with the line and
 * column of the fault) when it is not JSON and not JSON Lines, E_FORMAT when its top level is
 * neither an array nor an object.
 */
export function parseJsonText(text: string, input: string): JsonContent {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    // JSON Lines fail as a whole at the second line; they are read line by line instead.
    if (firstLineIsObject(text)) return { kind: 'jsonl' };
    throw new InputError(input, 'E_JSON', `is not valid JSON (${jsonErrorDetail(err, text)})`);
  }
  if (Array.isArray(value)) return { kind: 'array', elements: value };
  if (isJsonObject(value)) {
    if (isTelegramExport(value)) return { kind: 'telegram', value };
    // A one-line object is read as JSON Lines so that it is named 'path:1' as it always was.
    return firstLineIsObject(text) ? { kind: 'jsonl' } : { kind: 'object', value };
  }
  throw new InputError(
    input,
    'E_FORMAT',
    `holds a JSON ${value === null ? 'null' : typeof value}, not articles`,
    'expected an array of article objects, one article object, or a Telegram export (result.json)',
  );
}

/**
 * The elements of a JSON array file as records, one at a time: element i is named `label:[i]`;
 * a bad element yields its InputError and the others go on. `maxBytes` caps each text.
 */
export function* readJsonArray(elements: unknown[], label: string, opts: { maxBytes: number }): Generator<RecordInput | InputError> {
  for (let index = 0; index < elements.length; index++) {
    const input = `${label}:[${index}]`;
    try {
      yield { input, index, record: recordFromObject(elements[index], input, opts.maxBytes) };
    } catch (err) {
      if (err instanceof InputError) yield err;
      else throw err;
    }
  }
}

const MAX_DETAIL = 120;

/** A JSON.parse error as one readable line, with the line and column where V8 gives a position. */
export function jsonErrorDetail(err: unknown, text: string): string {
  let detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  // V8 quotes the input in some messages ('"..." is not valid JSON'): binary junk must not reach a terminal.
  detail = detail.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (detail.length > MAX_DETAIL) detail = detail.slice(0, MAX_DETAIL - 1) + '…';
  const position = /at position (\d+)/.exec(detail);
  if (position && !/line \d+/.test(detail)) {
    const offset = Number(position[1]);
    let line = 1;
    let lineStart = 0;
    for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    const column = offset - lineStart + 1;
    detail += ` (line ${line}, column ${column})`;
  }
  return detail;
}
