/**
 * Scores src/text/translit.ts on google-translit/ar2en-test.txt (case-insensitive): exact-match
 * accuracy and character error rate (edit distance / reference length), with the known-names table
 * and with the letter rules alone. Test words that are keys of the table are counted separately:
 * the table holds ANETAC pairs, some of which are also Google test words.
 *
 *   npm run build && node dist/scripts/eval-translit.js [--data DIR]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize, SEARCH_NORMALIZATION } from '../src/text/normalize.js';
import { parseTranslitTable, setTranslitTable, translitTablePath, transliterate } from '../src/text/translit.js';
import { isMain, sharedDataDir } from './lib/shared-data.js';
import { scriptArgs } from './lib/script-args.js';

export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

interface Score {
  n: number;
  exact: number;
  edits: number;
  chars: number;
}

function score(pairs: [string, string][], useTable: boolean): Score {
  const s: Score = { n: 0, exact: 0, edits: 0, chars: 0 };
  for (const [ar, en] of pairs) {
    const got = transliterate(ar, { table: useTable }).toLowerCase();
    const ref = en.toLowerCase();
    s.n++;
    if (got === ref) s.exact++;
    s.edits += editDistance(got, ref);
    s.chars += ref.length;
  }
  return s;
}

const fmt = (s: Score): string =>
  `n=${s.n} exact=${((100 * s.exact) / Math.max(1, s.n)).toFixed(1)}% CER=${((100 * s.edits) / Math.max(1, s.chars)).toFixed(1)}%`;

export async function run(dataDir: string = sharedDataDir()): Promise<Record<string, Score>> {
  const pairs: [string, string][] = [];
  for (const line of readFileSync(join(dataDir, 'google-translit', 'ar2en-test.txt'), 'utf8').split(/\r?\n/)) {
    const [ar, en] = line.split('\t');
    if (ar && en) pairs.push([ar.trim(), en.trim()]);
  }
  setTranslitTable(undefined);
  const table = parseTranslitTable(readFileSync(translitTablePath(), 'utf8'));
  const key = (ar: string): string => normalize(ar, SEARCH_NORMALIZATION).replace(/\s+/g, ' ').trim();
  const seen = pairs.filter(([ar]) => table.has(key(ar)));
  const unseen = pairs.filter(([ar]) => !table.has(key(ar)));
  const results: Record<string, Score> = {
    'rules only, all': score(pairs, false),
    'with table, all': score(pairs, true),
    'with table, test words in the table': score(seen, true),
    'with table, test words not in the table': score(unseen, true),
  };
  console.log(`google-translit ar2en-test.txt (${pairs.length} pairs; ${seen.length} are table keys via ANETAC/curated lists)`);
  for (const [name, s] of Object.entries(results)) console.log(`  ${name.padEnd(42)} ${fmt(s)}`);
  return results;
}

if (isMain(import.meta.url)) {
  const args = scriptArgs('eval-translit', 'Usage: node dist/scripts/eval-translit.js [--data DIR]\n\nScores the Arabic -> Latin transliteration on google-translit/ar2en-test.txt of ../shared/data\n(or DIR): exact-match accuracy and character error rate, with the known-names table and without.', { valued: ['--data'] });
  const data = args?.get('--data');
  if (args) await run(typeof data === 'string' ? data : sharedDataDir());
}
