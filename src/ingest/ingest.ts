import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { InputError } from '../errors.js';
import { readInputs, type RawInput } from '../read/inputs.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { DocumentToStore } from '../store/store.js';
import { runIngestTask, type IngestTask, type IngestTaskResult } from './worker.js';

export interface IngestOptions {
  /** The SQLite store's path (created when missing). */
  db: string;
  /** Analysis threads; 0 analyzes on the main thread. Default: one per core. */
  workers?: number;
  maxBytes: number;
  /** Documents per transaction; each document is still stored whole or not at all. */
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  onFailure?: (f: IngestFailure) => void;
  /** What a file held that is neither a document nor an error (see ReadInputsOptions.onNotice). */
  onNotice?: (input: string, message: string) => void;
}

export interface IngestProgress {
  ingested: number;
  duplicates: number;
  failed: number;
  /** The input being read now. */
  current: string | null;
}

export interface IngestFailure {
  input: string;
  message: string;
  /** The stable error code (E_JSON, E_EMPTY, ...; E_INTERNAL for a bug), to group failures by reason. */
  code: string;
  internal: boolean;
}

export interface IngestSummary extends IngestProgress {
  /** The first failures (up to MAX_KEPT_FAILURES; every one is reported through onFailure). */
  failures: IngestFailure[];
  /** How many failures had each code. */
  failedByCode: Record<string, number>;
  seconds: number;
  workers: number;
}

const DEFAULT_BATCH = 64;
const MAX_KEPT_FAILURES = 1000;
const WORKER_HEAP_MB = 256;
/** A batch is written at least this often, so a slow stream of inputs is stored as it comes. */
const FLUSH_MS = 500;

/**
 * Reads every input, analyzes each document (on worker threads, in parallel) and stores it.
 * Idempotent: content already stored is recognised by its id before analysis and counted as a
 * duplicate. Atomic per document: the store writes each one whole in a transaction, so a killed
 * run leaves no half-stored document and running it again completes the rest.
 */
export async function ingest(inputs: string[], opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const store = SqliteStore.open(opts.db, { create: true, onNotice: (message) => opts.onNotice?.(opts.db, message) });
  const workers = opts.workers ?? availableParallelism();
  const pool =
    workers > 0
      ? new Piscina<IngestTask, IngestTaskResult>({
          filename: new URL('./worker.js', import.meta.url).href,
          minThreads: workers,
          maxThreads: workers,
          // V8 grows a busy thread's heap lazily far beyond what it needs: a cap makes it collect
          // (2 workers uncapped reached 900 MB on 6,700 articles; a document too big for this fails alone)
          resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
        })
      : null;
  const summary: IngestSummary = { ingested: 0, duplicates: 0, failed: 0, current: null, failures: [], failedByCode: {}, seconds: 0, workers };
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  let batch: DocumentToStore[] = [];
  let lastFlush = performance.now();

  const fail = (f: IngestFailure) => {
    summary.failed++;
    if (summary.failures.length < MAX_KEPT_FAILURES) summary.failures.push(f);
    summary.failedByCode[f.code] = (summary.failedByCode[f.code] ?? 0) + 1;
    opts.onFailure?.(f);
  };
  const flush = () => {
    if (batch.length === 0) return;
    const outcomes = store.addDocumentsSync(batch);
    for (const o of outcomes) {
      if (o === 'added') summary.ingested++;
      else summary.duplicates++;
    }
    batch = [];
    lastFlush = performance.now();
    opts.onProgress?.(summary);
  };
  const take = (r: IngestTaskResult) => {
    if ('ok' in r) {
      batch.push(r.ok);
      if (batch.length >= batchSize || performance.now() - lastFlush > FLUSH_MS) flush();
    } else if ('duplicate' in r) {
      summary.duplicates++;
      opts.onProgress?.(summary);
    } else {
      const colon = r.error.message.indexOf(': ');
      fail({ input: colon > 0 ? r.error.message.slice(0, colon) : '', message: r.error.message, code: r.error.code, internal: r.error.internal });
    }
  };

  try {
    const inFlight = new Set<Promise<void>>();
    const limit = Math.max(1, workers) * 8;
    for await (const item of readInputs(inputs, { maxBytes: opts.maxBytes, onNotice: opts.onNotice })) {
      if (item instanceof InputError) {
        fail({ input: item.input, message: item.message, code: item.code, internal: false });
        continue;
      }
      summary.current = item.input;
      if (!pool) {
        take(runIngestTask({ raw: item, db: opts.db }));
        continue;
      }
      const p: Promise<void> = pool.run({ raw: item as RawInput, db: opts.db }).then(take, (err: Error) =>
        fail({ input: item.input, message: `${item.input}: internal error: ${err.message.split('\n')[0]}`, code: 'E_INTERNAL', internal: true }),
      );
      const tracked = p.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    flush();
    if (summary.ingested > 0) store.optimizeSearchIndex();
    store.refreshTermStats();
  } finally {
    await pool?.destroy();
    await store.close();
  }
  summary.current = null;
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
