import { open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { InputError } from '../errors.js';
import { decodeBytes, type DecodedText } from './decode.js';

/** Inputs larger than this are refused unless the user raises the limit (`--max-size`). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Whole-file sources that hold many documents and must be parsed at once (a JSON array, a feed,
 * a Telegram export) are capped separately: each of their documents still meets the cap above.
 */
export const DEFAULT_MAX_FILE_BYTES = 1024 ** 3;

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/**
 * A byte count from a command-line size: '1048576', '500k', '64MB', '1g', '1.5 MiB'. Units are
 * binary (1k = 1024). Throws an Error saying what is expected on anything else.
 */
export function parseSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b)?\s*$/i.exec(value);
  if (!match || (match[2] === '' && match[3] && match[3].toLowerCase() !== 'b')) {
    throw new Error(`invalid size "${value}": expected a number with an optional unit, like 500k, 64MB or 1g`);
  }
  const unit = match[2] ? match[2].toLowerCase() : match[3] ? 'b' : '';
  const bytes = Math.floor(Number(match[1]) * UNITS[unit]);
  if (!(bytes > 0) || !Number.isSafeInteger(bytes)) {
    throw new Error(`invalid size "${value}": must be at least one byte`);
  }
  return bytes;
}

/** '50.0 MB', '512 bytes', '1.5 GB' (binary units, one decimal). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** A limit reads best without a needless decimal: '10 MB', '500 KB', '1.5 GB'. */
function formatLimit(bytes: number): string {
  return formatSize(bytes).replace(/\.0 /, ' ');
}

/** A round --max-size that fits `bytes`: the next multiple of 16 MB (or 1 MB below 16 MB). */
function suggestedLimit(bytes: number): string {
  const mb = bytes / 1024 ** 2;
  const step = mb < 16 ? 1 : 16;
  return `${Math.max(1, Math.ceil(mb / step) * step)}MB`;
}

/**
 * `flag` names the option that raises the limit in the hint ('--max-size' by default); null
 * gives a hint without one, for callers whose limit has no option of that name.
 */
export function tooLargeError(input: string, size: number, maxBytes: number, sizeIsLowerBound = false, flag: string | null = '--max-size'): InputError {
  const what = sizeIsLowerBound ? `is over ${formatLimit(maxBytes)}` : `is ${formatSize(size)}, over the ${formatLimit(maxBytes)} limit`;
  const hint = flag === null ? `raise the size limit to ${suggestedLimit(size + 1)} or more` : `raise it with ${flag} ${suggestedLimit(size + 1)}`;
  return new InputError(input, 'E_TOO_LARGE', what, hint);
}

/** Turn a failed fs call into the InputError a user understands, or rethrow what is not theirs. */
export function fsError(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new InputError(path, 'E_NOT_FOUND', 'no such file or directory');
    case 'EACCES':
    case 'EPERM':
      return new InputError(path, 'E_UNREADABLE', 'permission denied');
    case 'EISDIR':
      return new InputError(path, 'E_IS_DIRECTORY', 'is a directory');
    case 'ELOOP':
      return new InputError(path, 'E_UNREADABLE', 'is a symbolic link loop');
    case 'ENAMETOOLONG':
      return new InputError(path, 'E_NOT_FOUND', 'file name too long');
    default:
      return new InputError(path, 'E_UNREADABLE', `cannot be read (${code ?? String(err)})`);
  }
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Stat a path and refuse anything that is not a regular file within the size limit. */
export async function checkRegularFile(path: string, maxBytes: number, flag: string | null = '--max-size'): Promise<Stats> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    throw fsError(path, err);
  }
  if (info.isDirectory()) throw new InputError(path, 'E_IS_DIRECTORY', 'is a directory');
  if (!info.isFile()) throw new InputError(path, 'E_NOT_REGULAR', `is ${kindOf(info)}, not a regular file`);
  if (info.size > maxBytes) throw tooLargeError(path, info.size, maxBytes, false, flag);
  return info;
}

/**
 * Read and decode one text file. The size is checked with stat before any byte is read, and
 * again while reading (the file may grow in between), so memory never exceeds the limit.
 */
export async function readTextFile(path: string, opts: { maxBytes: number }): Promise<DecodedText> {
  const bytes = await readFileBytes(path, opts.maxBytes);
  return decodeBytes(bytes, path);
}

/** The raw bytes of a regular file, refused before reading when over `maxBytes` (`flag`: see tooLargeError). */
export async function readFileBytes(path: string, maxBytes: number, flag: string | null = '--max-size'): Promise<Uint8Array> {
  const info = await checkRegularFile(path, maxBytes, flag);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw fsError(path, err);
  }
  try {
    // Read up to one byte past the limit: that byte tells "at the limit" from "grew past it".
    const chunks: Buffer[] = [];
    let total = 0;
    let chunkSize = Math.min(info.size, maxBytes) + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(chunkSize, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLargeError(path, total, maxBytes, true, flag);
      chunkSize = 64 * 1024;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw fsError(path, err);
  } finally {
    await handle.close();
  }
}
