import { test } from 'node:test';
import assert from 'node:assert/strict';
import { truncate, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_MAX_BYTES, formatSize, fsError, parseSize, readTextFile } from '../../src/read/file.js';
import { InputError } from '../../src/errors.js';
import { withTempDir } from '../helpers/read.js';

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<InputError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof InputError, `expected InputError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    return err;
  }
  assert.fail(`expected InputError ${code}`);
}

test('parseSize reads plain bytes and binary k/M/G units, case-insensitive', () => {
  assert.equal(parseSize('1048576'), 1048576);
  assert.equal(parseSize('500k'), 500 * 1024);
  assert.equal(parseSize('64MB'), 64 * 1024 * 1024);
  assert.equal(parseSize('64 MiB'), 64 * 1024 * 1024);
  assert.equal(parseSize('1g'), 1024 ** 3);
  assert.equal(parseSize('1.5m'), 1.5 * 1024 * 1024);
  assert.equal(parseSize('100b'), 100);
});

test('parseSize throws a clear error on junk', () => {
  for (const junk of ['', 'big', '64 XB', '-5MB', '1e6', 'MB', '0', '10 mb extra']) {
    assert.throws(() => parseSize(junk), /invalid size ".*": (expected a number|must be at least)/, junk);
  }
});

test('formatSize uses one decimal with binary units', () => {
  assert.equal(formatSize(512), '512 bytes');
  assert.equal(formatSize(50 * 1024 * 1024), '50.0 MB');
  assert.equal(formatSize(1536), '1.5 KB');
});

test('readTextFile decodes a file and reports its encoding', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'a.txt');
    await writeFile(path, '\uFEFFخبر قصير\n');
    const result = await readTextFile(path, { maxBytes: DEFAULT_MAX_BYTES });
    assert.deepEqual(result, { text: 'خبر قصير\n', encoding: 'utf-8', warnings: [] });
  });
});

test('a file over the limit is refused from its size, with a hint', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, '');
    await truncate(path, 50 * 1024 * 1024); // sparse: no 50 MB written to disk
    const err = await rejectsWith(readTextFile(path, { maxBytes: DEFAULT_MAX_BYTES }), 'E_TOO_LARGE');
    assert.equal(err.message, `${path}: is 50.0 MB, over the 10 MB limit`);
    assert.equal(err.hint, 'raise it with --max-size 64MB');
  });
});

test('a file exactly at the limit is read', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'edge.txt');
    await writeFile(path, 'abcdefghij');
    assert.equal((await readTextFile(path, { maxBytes: 10 })).text, 'abcdefghij');
    await rejectsWith(readTextFile(path, { maxBytes: 9 }), 'E_TOO_LARGE');
  });
});

test('missing files, directories and unreadable files are refused with their own codes', async () => {
  await withTempDir(async (dir) => {
    const missing = await rejectsWith(readTextFile(join(dir, 'nope.txt'), { maxBytes: 100 }), 'E_NOT_FOUND');
    assert.match(missing.message, /nope\.txt: no such file or directory$/);
    await mkdir(join(dir, 'sub'));
    await rejectsWith(readTextFile(join(dir, 'sub'), { maxBytes: 100 }), 'E_IS_DIRECTORY');
    await rejectsWith(readTextFile(join(dir, 'a.txt', 'b.txt'), { maxBytes: 100 }), 'E_NOT_FOUND');
  });
});

test('a character device is refused as not a regular file', async () => {
  await rejectsWith(readTextFile('/dev/null', { maxBytes: 100 }), 'E_NOT_REGULAR');
});

test('fs errors map to the codes users see', () => {
  const denied = fsError('x.txt', Object.assign(new Error('EACCES'), { code: 'EACCES' }));
  assert.equal(denied.code, 'E_UNREADABLE');
  assert.equal(denied.message, 'x.txt: permission denied');
  assert.equal(fsError('y', Object.assign(new Error('ENOENT'), { code: 'ENOENT' })).code, 'E_NOT_FOUND');
});
