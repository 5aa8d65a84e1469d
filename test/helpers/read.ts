import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import type { RawInput } from '../../src/read/inputs.js';

/** Everything a reader yields, in order. */
export async function collect(items: AsyncIterable<RawInput | InputError>): Promise<(RawInput | InputError)[]> {
  const out: (RawInput | InputError)[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** A compact view of what came out: 'kind format input' (or 'kind input') and 'ERROR_CODE input', `root` cut from paths. */
export function describe(items: (RawInput | InputError)[], root: string, opts: { format?: boolean } = {}): string[] {
  return items.map((item) =>
    item instanceof InputError
      ? `${item.code} ${item.input.replace(root, '')}`
      : `${item.kind}${opts.format === false ? '' : ' ' + item.format} ${item.input.replace(root, '')}`,
  );
}

/** Runs `fn` in a fresh temporary directory, removed afterwards (made writable first, in case a test locked it). */
export async function withTempDir(fn: (dir: string) => Promise<void>, prefix = 'rasid-test-'): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    await fn(dir);
  } finally {
    await chmod(dir, 0o700).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}
