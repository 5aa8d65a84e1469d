import Database from 'better-sqlite3';
import type { RawInput } from '../read/inputs.js';
import { RasidError } from '../errors.js';
import type { DocumentToStore } from '../store/store.js';
import { prepareDocument } from './prepare.js';

/** A worker thread's task: analyze one input; the store path lets it skip content already stored. */
export interface IngestTask {
  raw: RawInput;
  db: string;
}

export type IngestTaskResult =
  | { ok: DocumentToStore }
  | { duplicate: string }
  | { error: { message: string; code: string; internal: boolean } };

let reader: Database.Database | null | undefined;
let hasId: Database.Statement<[string]> | null = null;

/** Read-only connection of this thread (WAL: it sees every committed document). */
function isStored(db: string): ((id: string) => boolean) | undefined {
  if (reader === undefined) {
    try {
      reader = new Database(db, { readonly: true, fileMustExist: true });
      hasId = reader.prepare('SELECT 1 FROM documents WHERE id = ?');
    } catch {
      reader = null; // a new store has no documents yet: analyze everything
    }
  }
  return hasId ? (id) => hasId!.get(id) !== undefined : undefined;
}

export function runIngestTask(task: IngestTask): IngestTaskResult {
  try {
    const r = prepareDocument(task.raw, isStored(task.db));
    return 'duplicate' in r ? r : { ok: r };
  } catch (err) {
    if (err instanceof RasidError) return { error: { message: err.message, code: err.code, internal: false } };
    return { error: { message: `${task.raw.input}: internal error: ${(err as Error).message?.split('\n')[0]}`, code: 'E_INTERNAL', internal: true } };
  }
}

export default runIngestTask;
