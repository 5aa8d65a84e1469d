import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArticleText } from '../src/parse/text.js';
import { analyzeArticle, toDocumentJson } from '../src/analyze/analyze-article.js';
import { tokenize } from '../src/text/index.js';
import { sharedDataDir } from '../scripts/lib/shared-data.js';

/**
 * `npm run bench`: articles per second for the whole `analyze` path (parse, text layer, dates, NER,
 * entities, quotes, JSON), on one core, over the ANT corpus file. Prints numbers; asserts nothing.
 */
interface Row {
  title: string | null;
  text: string;
  time: string | null;
}

function loadAnt(): Row[] | null {
  const path = join(sharedDataDir(), 'ant-corpus-multisource', 'ant_multisource_v2.1_sample.jsonl');
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as { title?: string; text: string; time?: string };
      return { title: r.title ?? null, text: r.text, time: r.time ?? null };
    });
}

function time(label: string, rows: Row[], rounds: number, fn: (r: Row) => number): void {
  for (const r of rows.slice(0, 300)) fn(r); // warm up the JIT
  let best = Infinity;
  let units = 0;
  for (let k = 0; k < rounds; k++) {
    const t0 = performance.now();
    units = 0;
    for (const r of rows) units += fn(r);
    best = Math.min(best, performance.now() - t0);
  }
  const perSec = (rows.length / best) * 1000;
  console.log(`  ${label.padEnd(44)} ${perSec.toFixed(0).padStart(8)} articles/s   ${((units / best) * 1000).toFixed(0).padStart(10)} units/s   (${best.toFixed(0)} ms for ${rows.length}, best of ${rounds})`);
}

const rows = loadAnt();
if (!rows) {
  console.log('bench: skipped: ANT corpus not found (set RASID_SHARED_DATA)');
} else {
  const chars = rows.reduce((n, r) => n + r.text.length, 0);
  console.log(`analyze benchmark: ${rows.length} ANT articles, ${(chars / 1e6).toFixed(1)} M chars, one core, node ${process.version}`);
  time('tokenize (units: tokens)', rows, 3, (r) => tokenize(r.text).length);
  time('parse (units: chars)', rows, 3, (r) => (parseArticleText(r.text, { title: r.title, published: r.time }), r.text.length));
  // one round: the full analysis (NER, entities, quotes) takes a minute or more per pass over the corpus
  time('analyze + JSON, all layers (units: chars)', rows, 1, (r) => {
    const json = toDocumentJson(
      analyzeArticle(parseArticleText(r.text, { title: r.title, published: r.time }), { path: null, url: null, site: null, format: 'jsonl' }),
    );
    return JSON.stringify(json).length > 0 ? r.text.length : 0;
  });
  console.log(`  peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}
