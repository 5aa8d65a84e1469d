import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { PACKAGE_ROOT } from '../../package-root.js';
import { RasidError } from '../../errors.js';

export const SQLITE_MIGRATIONS_DIR = join(PACKAGE_ROOT, 'src', 'store', 'migrations', 'sqlite');

/** Migration files NNN-name.sql, in order; NNN is the schema version the file brings the database to. */
export function migrationFiles(dir = SQLITE_MIGRATIONS_DIR): { version: number; path: string }[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f))
    .map((f) => ({ version: Number(f.slice(0, 3)), path: join(dir, f) }))
    .sort((a, b) => a.version - b.version);
}

/**
 * Brings the database to the newest schema, one migration per transaction, recording the version
 * in PRAGMA user_version. A database newer than this rasid is refused rather than misread.
 */
export function migrate(db: Database.Database, location: string, dir = SQLITE_MIGRATIONS_DIR): void {
  const files = migrationFiles(dir);
  const latest = files.length ? files[files.length - 1].version : 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new RasidError('E_STORE_VERSION', `${location}: the database has schema version ${current}, newer than this rasid knows (${latest})`, 'upgrade rasid, or use another --db');
  }
  for (const { version, path } of files) {
    if (version <= current) continue;
    const sql = readFileSync(path, 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
