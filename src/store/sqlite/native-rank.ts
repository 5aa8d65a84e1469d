import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { PACKAGE_ROOT } from '../../package-root.js';

/** The native ranking function, built at install by scripts/build-native.mjs. */
export const NATIVE_RANK = join(PACKAGE_ROOT, 'build', `rasid-fts5.${process.platform === 'darwin' ? 'dylib' : process.platform === 'win32' ? 'dll' : 'so'}`);

/**
 * Loads rasid_bm25 (native/rasid-fts5.c) into this connection. Without it (no C compiler at
 * install, or RASID_NATIVE_RANK=off) search ranks with SQLite's bm25(): the same order, slower.
 */
export function loadNativeRank(db: Database.Database): boolean {
  if (process.env.RASID_NATIVE_RANK === 'off' || !existsSync(NATIVE_RANK)) return false;
  try {
    db.loadExtension(NATIVE_RANK);
    return true;
  } catch {
    return false;
  }
}
