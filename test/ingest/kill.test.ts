import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BIN, runCli } from '../helpers/run-cli.js';
import { manyArticles, toJsonl } from '../helpers/corpus.js';

/** Everything a store holds, in an order that does not depend on the order documents arrived in. */
function dump(path: string): Record<string, unknown[]> {
  const db = new Database(path);
  const all = (sql: string) => db.prepare(sql).raw().all();
  db.exec("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'search', 'instance')");
  const out = {
    documents: all('SELECT id, title, published, source, source_key, text, analysis, group_id FROM documents ORDER BY id'),
    entities: all('SELECT d.id, e.eid, e.type, e.name, e.name_key, e.latin, e.mentions FROM entities e JOIN documents d ON d.seq = e.doc ORDER BY 1, 2'),
    quotes: all('SELECT d.id, q.n, q.kind, q.text, q.start, q.end, q.cue, q.speaker_name, q.speaker_entity, q.speaker_role FROM quotes q JOIN documents d ON d.seq = q.doc ORDER BY 1, 2'),
    dates: all('SELECT d.id, t.n, t.value, t.start, t.end FROM dates t JOIN documents d ON d.seq = t.doc ORDER BY 1, 2'),
    signatures: all('SELECT d.id, hex(s.signature) FROM signatures s JOIN documents d ON d.seq = s.doc ORDER BY 1'),
    bands: all('SELECT d.id, b.key FROM bands b JOIN documents d ON d.seq = b.doc ORDER BY 1, 2'),
    search: all('SELECT d.id, v.term, v.col, v.offset FROM temp.vocab v JOIN documents d ON d.seq = v.doc ORDER BY 1, 3, 4'),
  };
  db.close();
  return out;
}

function countDocuments(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

test('a run killed with SIGKILL half-way, then run again, ends with exactly the content of an uninterrupted run', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasid-kill-'));
  const input = join(dir, 'articles.jsonl');
  const N = 240;
  writeFileSync(input, toJsonl(manyArticles(N)));
  const args = (db: string) => ['ingest', input, '--db', db, '--workers', '2', '--no-progress'];

  const reference = join(dir, 'reference.db');
  const full = runCli(args(reference));
  assert.equal(full.status, 0, full.stderr);
  assert.match(full.stderr, new RegExp(`${N} ingested, 0 duplicates, 0 failed`));

  const killed = join(dir, 'killed.db');
  const child = spawn(process.execPath, [BIN, ...args(killed)], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let atKill = 0;
  for (;;) {
    atKill = countDocuments(killed);
    if (atKill > 0) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill('SIGKILL');
  await exited;
  const afterKill = countDocuments(killed);
  assert.ok(afterKill > 0 && afterKill < N, `killed half-way: ${afterKill} of ${N} stored`);

  const rerun = runCli(args(killed));
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.match(rerun.stderr, new RegExp(`${N - afterKill} ingested, ${afterKill} duplicates, 0 failed`));
  assert.deepEqual(dump(killed), dump(reference));

  // and a third run adds nothing
  const again = runCli(args(killed));
  assert.match(again.stderr, new RegExp(`0 ingested, ${N} duplicates, 0 failed`));
});
