/**
 * Throughput of the text layer on the ANT multisource sample (6,737 articles):
 *   node dist/bench/text.js [path/to/ant_multisource_v2.1_sample.jsonl]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { normalize, normalizeWithMap, segmentClitics, splitSentences, tokenize } from '../src/text/index.js';

const path = resolve(
  process.argv[2] ??
    join(process.env.RASID_SHARED_DATA ?? join(PACKAGE_ROOT, '..', 'shared', 'data'), 'ant-corpus-multisource', 'ant_multisource_v2.1_sample.jsonl'),
);
if (!existsSync(path)) {
  console.log(`bench text: skipped: ${path} not found`);
} else {
  const texts = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => String((JSON.parse(l) as { text?: string }).text ?? ''));
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const time = (label: string, fn: (t: string) => unknown, unit: 'chars' | 'articles'): void => {
    for (const t of texts.slice(0, 300)) fn(t); // warm-up (tables, lexicon, JIT)
    const t0 = process.hrtime.bigint();
    for (const t of texts) fn(t);
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    const rate = unit === 'chars' ? `${(chars / s / 1e6).toFixed(1)} M chars/s` : `${Math.round(texts.length / s)} articles/s`;
    console.log(`${label.padEnd(44)} ${rate}  (${s.toFixed(2)} s)`);
  };
  console.log(`${texts.length} articles, ${(chars / 1e6).toFixed(1)} M chars`);
  time('normalize (search)', (t) => normalize(t), 'chars');
  time('normalizeWithMap (search)', (t) => normalizeWithMap(t), 'chars');
  time('tokenize', (t) => tokenize(t), 'chars');
  time('tokenize + sentences + clitics', (t) => {
    const tokens = tokenize(t);
    splitSentences(t, tokens);
    for (const tok of tokens) if (tok.kind === 'arabic') segmentClitics(tok.text, tok.start);
  }, 'articles');
}
