#!/usr/bin/env node
/**
 * Builds rasid's native SQLite extension (native/rasid-fts5.c: rasid_bm25, bm25 with the
 * document frequencies passed in) into build/, against the SQLite headers better-sqlite3 ships.
 * Runs at install (`postinstall`) and as `npm run build:native`. Without a C compiler it says so
 * in one line and exits 0: search then ranks with SQLite's own bm25(), the same order, slower.
 * Plain JavaScript, so that it runs before the TypeScript is compiled.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const source = join(root, 'native', 'rasid-fts5.c');
const suffix = process.platform === 'darwin' ? 'dylib' : process.platform === 'win32' ? 'dll' : 'so';
const out = join(root, 'build', `rasid-fts5.${suffix}`);

function note(reason) {
  console.log(`rasid: note: native search ranking not built (${reason}); search will use SQLite's bm25(): same results, slower`);
}

function main() {
  let headers;
  try {
    headers = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'deps', 'sqlite3');
  } catch {
    return note('better-sqlite3 is not installed');
  }
  if (!existsSync(join(headers, 'sqlite3ext.h'))) return note(`no sqlite3ext.h in ${headers}`);
  if (process.platform === 'win32') return note('not built on Windows');
  const cc = process.env.CC || 'cc';
  mkdirSync(dirname(out), { recursive: true });
  const args = ['-O2', '-fPIC', '-shared', '-I', headers, source, '-o', out, '-lm'];
  if (process.platform === 'darwin') args.push('-undefined', 'dynamic_lookup');
  const r = spawnSync(cc, args, { encoding: 'utf8' });
  if (r.error) return note(`${cc}: ${r.error.code === 'ENOENT' ? 'no C compiler found' : r.error.message}`);
  if (r.status !== 0) return note(`${cc} failed: ${(r.stderr || '').trim().split('\n')[0]}`);
  console.log(`rasid: built ${out}`);
}

main();
