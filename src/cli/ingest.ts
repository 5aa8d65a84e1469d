import { MultiBar, Presets } from 'cli-progress';
import { UsageError } from '../errors.js';
import { maxSizeOption } from './options.js';
import { readInputs } from '../read/inputs.js';
import { ingest, type IngestSummary } from '../ingest/ingest.js';
import { storeLocation } from '../store/index.js';

export interface IngestCliOptions {
  db?: string;
  workers?: string;
  maxSize?: string;
  progress?: boolean;
}

function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256) throw new UsageError(`--workers: "${value}" is not a number of threads`, 'write a whole number such as 4; 0 analyzes on the main thread');
  return n;
}

/**
 * `rasid ingest PATH...`: every document into the store, analyzed on all cores. Failures are
 * listed as they happen ("rasid: INPUT: reason") and counted; the last line sums up the run.
 * Exit status 0 when nothing failed, 1 otherwise.
 */
export async function runIngest(inputs: string[], opts: IngestCliOptions): Promise<number> {
  if (inputs.length === 0) throw new UsageError('no input given', 'name files, directories or globs to ingest, e.g. rasid ingest articles/ feeds/*.xml');
  if (inputs.includes('-')) throw new UsageError('ingest reads files, not standard input', 'save the input to a file first, or use rasid analyze -');
  const maxBytes = maxSizeOption(opts.maxSize);
  const workers = parseWorkers(opts.workers);
  const db = storeLocation(opts.db);
  const showBar = opts.progress !== false && process.stderr.isTTY === true;

  let bar: ReturnType<MultiBar['create']> | null = null;
  let bars: MultiBar | null = null;
  if (showBar) {
    // one cheap pass to count the documents (reading is a small fraction of analysing): a real ETA
    let total = 0;
    // every document and every failure counts: the bar ends at 100% however many inputs fail
    for await (const _ of readInputs(inputs, { maxBytes })) total++;
    bars = new MultiBar(
      {
        format: 'ingest {bar} {percentage}% | {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | {duplicates} duplicates, {failed} failed',
        hideCursor: true,
        etaBuffer: 200,
        fps: 5,
        stream: process.stderr,
      },
      Presets.shades_classic,
    );
    bar = bars.create(total, 0, { rate: '0', duplicates: 0, failed: 0 });
  }
  const started = performance.now();
  const summary: IngestSummary = await ingest(inputs, {
    db,
    workers,
    maxBytes,
    onProgress: (p) => {
      const done = p.ingested + p.duplicates + p.failed;
      const rate = done / Math.max(0.001, (performance.now() - started) / 1000);
      bar?.update(done, { rate: rate.toFixed(1), duplicates: p.duplicates, failed: p.failed });
    },
    onNotice: (input, message) => {
      const line = `rasid: note: ${input}: ${message}\n`;
      if (bars) bars.log(line);
      else process.stderr.write(line);
    },
    onFailure: (f) => {
      const line = `rasid: ${f.message}\n`;
      if (bars) bars.log(line);
      else process.stderr.write(line);
    },
  });
  if (bar) {
    bar.update(summary.ingested + summary.duplicates + summary.failed, { duplicates: summary.duplicates, failed: summary.failed });
    bars!.stop();
  }
  const rate = (summary.ingested / Math.max(summary.seconds, 0.001)).toFixed(1);
  process.stderr.write(
    `rasid: ingest into ${db}: ${summary.ingested} ingested, ${summary.duplicates} duplicates, ${summary.failed} failed ` +
      `in ${summary.seconds.toFixed(1)} s (${rate} docs/s, ${summary.workers || 'no'} worker threads)\n`,
  );
  const reasons = Object.entries(summary.failedByCode).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (reasons.length > 0) process.stderr.write(`rasid: failures by reason: ${reasons.map(([code, n]) => `${n} ${code}`).join(', ')} (each is listed above)\n`);
  return summary.failed > 0 ? 1 : 0;
}
