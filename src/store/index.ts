import { RasidError } from '../errors.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export type * from './store.js';
export { SqliteStore } from './sqlite/sqlite-store.js';

/** Where the store is when neither --db nor RASID_DB says: ./rasid.db. */
export const DEFAULT_DB = 'rasid.db';

export function storeLocation(db?: string): string {
  return db ?? process.env.RASID_DB ?? DEFAULT_DB;
}

/**
 * Opens the store a --db value names: a file path is embedded SQLite (the default); a
 * postgres:// URL will be PostgreSQL, which is not built yet.
 */
export function openStore(location: string, opts: { create?: boolean; readonly?: boolean; onNotice?: (message: string) => void } = {}): Store {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new RasidError('E_STORE', `${location.replace(/\/\/[^@/]*@/, '//…@')}: the PostgreSQL store is not built yet`, 'use an SQLite file path with --db (the default is ./rasid.db)');
  }
  return SqliteStore.open(location, opts);
}
