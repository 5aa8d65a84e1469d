import { UsageError } from '../errors.js';
import { DEFAULT_MAX_BYTES, parseSize } from '../read/file.js';

/** The per-document size cap of --max-size (DEFAULT_MAX_BYTES when not given); a bad size is a usage error. */
export function maxSizeOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  try {
    return parseSize(value);
  } catch (e) {
    throw new UsageError(`--max-size: ${(e as Error).message}`, 'write a size such as 10MB, 500k or 1g');
  }
}
