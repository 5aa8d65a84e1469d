import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { migrationFiles } from '../../src/store/sqlite/migrate.js';
import { storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-store-'));
let n = 0;

storeContract('sqlite', async () => SqliteStore.open(join(dir, `contract-${++n}.db`), { create: true }));

test('sqlite: a new store is in WAL mode at the newest schema version', async () => {
  const path = join(dir, 'fresh.db');
  await SqliteStore.open(path, { create: true }).close();
  const db = new Database(path, { readonly: true });
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('user_version', { simple: true }), migrationFiles().at(-1)!.version);
  db.close();
});

test('sqlite: a missing store, a file that is not SQLite and a newer schema are refused by name', async () => {
  assert.throws(() => SqliteStore.open(join(dir, 'absent.db')), /absent\.db: no rasid store here/);
  const junk = join(dir, 'junk.db');
  writeFileSync(junk, 'this is not a database, just text '.repeat(100));
  assert.throws(() => SqliteStore.open(junk), /junk\.db: not an SQLite database/);
  const newer = join(dir, 'newer.db');
  await SqliteStore.open(newer, { create: true }).close();
  const db = new Database(newer);
  db.pragma('user_version = 999');
  db.close();
  assert.throws(() => SqliteStore.open(newer), /schema version 999, newer than this rasid knows/);
});
