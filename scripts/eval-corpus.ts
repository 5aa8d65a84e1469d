import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { parseArticleText } from '../src/parse/text.js';
import { analyzeArticle, toDocumentJson } from '../src/analyze/analyze-article.js';
import { isMain, sharedDataDir } from './lib/shared-data.js';
import { scriptArgs } from './lib/script-args.js';

interface Tally {
  docs: number;
  failed: number;
  published: number;
  withDates: number;
  dates: number;
  offsetErrors: number;
  failures: string[];
}

function newTally(): Tally {
  return { docs: 0, failed: 0, published: 0, withDates: 0, dates: 0, offsetErrors: 0, failures: [] };
}

function analyzeRecord(t: Tally, input: string, text: string, title: string | null, time: string | null): void {
  t.docs++;
  try {
    const json = toDocumentJson(analyzeArticle(parseArticleText(text, { title, published: time }), { path: input, url: null, site: null, format: 'jsonl' }));
    if (json.published) t.published++;
    if (json.dates.length) t.withDates++;
    t.dates += json.dates.length;
    for (const d of json.dates) if (json.text.slice(d.start, d.end) !== d.text) t.offsetErrors++;
  } catch (err) {
    t.failed++;
    if (t.failures.length < 5) t.failures.push(`${input}: ${(err as Error).message}`);
  }
}

function report(name: string, t: Tally): void {
  const pct = (n: number) => ((100 * n) / Math.max(1, t.docs)).toFixed(1) + '%';
  console.log(
    `  ${name.padEnd(26)} ${String(t.docs).padStart(6)} docs  crashed ${t.failed}  published parsed ${pct(t.published)}  ` +
      `with dates ${pct(t.withDates)} (${t.dates} dates)  offset errors ${t.offsetErrors}`,
  );
  for (const f of t.failures) console.log(`    ${f}`);
}

/**
 * Robustness over real corpora: every record analyzed, none may crash, every date offset must
 * slice back to its text, and the publication time must be read from the records' own formats.
 */
export async function run(dataDir: string): Promise<void> {
  console.log('Corpus robustness (parse + analyze every record of the real news corpora)');
  const ant = join(dataDir, 'ant-corpus-multisource', 'ant_multisource_v2.1_sample.jsonl');
  if (existsSync(ant)) {
    const t = newTally();
    let n = 0;
    for await (const line of createInterface({ input: createReadStream(ant, 'utf8'), crlfDelay: Infinity })) {
      n++;
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { title?: string; text?: string; time?: string };
      analyzeRecord(t, `ant:${n}`, r.text ?? '', r.title ?? null, r.time ?? null);
    }
    report('ant-corpus-multisource', t);
  }
  const saudi = join(dataDir, 'saudinewsnet');
  if (existsSync(saudi)) {
    const t = newTally();
    for (const file of readdirSync(saudi).filter((f) => f.endsWith('.json')).sort()) {
      const records = JSON.parse(readFileSync(join(saudi, file), 'utf8')) as { title?: string; content?: string; date_extracted?: string }[];
      records.forEach((r, i) => {
        if (r.content && r.content.trim()) analyzeRecord(t, `${file}[${i}]`, r.content, r.title ?? null, r.date_extracted ?? null);
      });
    }
    report('saudinewsnet', t);
  }
}

if (isMain(import.meta.url) && scriptArgs('eval-corpus', 'Usage: node dist/scripts/eval-corpus.js\n\nParses and analyzes every record of the real news corpora in ../shared/data (or\nRASID_SHARED_DATA) and counts crashes, offset errors and dates read.')) void run(sharedDataDir());
