/**
 * Builds models/ar-lexicon.tsv, the word-frequency lexicon the clitic segmenter uses to prefer
 * analyses whose stem is an attested word.
 *
 *   node dist/scripts/build-lexicon.js [dataDir] [minCount=3]
 *
 * Reads only unlabelled text: ../shared/data/arabic-news-unlabelled/*.jsonl and
 * ../shared/data/ant-corpus-multisource/*.jsonl (title + text of each record, records deduplicated
 * by id). Never the segmentation gold (wikinews-qcri-gold). Arabic tokens are normalized with
 * LEXICON_NORMALIZATION (diacritics, tatweel, alef variants; ة and ى kept).
 *
 * Output: header lines starting with '#' (provenance), then
 * `word<TAB>count`, most frequent first, for words seen at least minCount times.
 */
import { createReadStream, existsSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { isMain, sharedDataDir } from './lib/shared-data.js';
import { scriptArgs } from './lib/script-args.js';
import { createInterface } from 'node:readline';
import { tokenize } from '../src/text/tokenize.js';
import { LEXICON_NORMALIZATION, normalize } from '../src/text/normalize.js';

async function countFile(path: string, counts: Map<string, number>, seen: Set<string>): Promise<number> {
  let records = 0;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let rec: { id?: string; title?: string; text?: string };
    try {
      rec = JSON.parse(line);
    } catch {
      continue;
    }
    const key = rec.id ?? line.slice(0, 200);
    if (seen.has(key)) continue;
    seen.add(key);
    records++;
    for (const part of [rec.title, rec.text]) {
      if (typeof part !== 'string') continue;
      for (const t of tokenize(part)) {
        if (t.kind !== 'arabic') continue;
        const w = normalize(t.text, LEXICON_NORMALIZATION);
        if (w.length === 0 || w.length > 30) continue;
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  return records;
}

export async function build(dataDir: string, minCount: number, outPath: string): Promise<void> {
  const files: string[] = [];
  for (const sub of ['arabic-news-unlabelled', 'ant-corpus-multisource']) {
    const dir = join(dataDir, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.jsonl')) files.push(join(dir, f));
  }
  if (files.length === 0) {
    console.log(`skipped: no corpus under ${dataDir} (arabic-news-unlabelled, ant-corpus-multisource) not found`);
    return;
  }
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  let records = 0;
  for (const f of files) {
    const n = await countFile(f, counts, seen);
    records += n;
    console.log(`${f}: ${n} records, ${counts.size} distinct words so far`);
  }
  const entries = [...counts].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  let tokens = 0;
  for (const c of counts.values()) tokens += c;
  const header = [
    '# rasid Arabic word-frequency lexicon (LEXICON_NORMALIZATION forms). Built by scripts/build-lexicon.ts',
    `# sources: ${files.map((f) => f.slice(dataDir.length + 1)).join(', ')}`,
    `# records ${records}, tokens ${tokens}, distinct ${counts.size}, kept ${entries.length} with count >= ${minCount}`,
  ];
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, header.join('\n') + '\n' + entries.map(([w, c]) => `${w}\t${c}`).join('\n') + '\n');
  console.log(`wrote ${outPath}: ${entries.length} words`);
}

if (isMain(import.meta.url)) {
  const args = scriptArgs('build-lexicon', 'Usage: npm run build:lexicon [-- DATA_DIR [MIN_COUNT]]\n\nBuilds models/ar-lexicon.tsv, the word counts the clitic segmenter reads, from the unlabelled\nnews text of ../shared/data (or DATA_DIR), keeping words seen MIN_COUNT times or more (default 3).', { positional: 2 });
  const minCount = Number(args?.get('1') ?? 3);
  if (args && !(Number.isInteger(minCount) && minCount > 0)) {
    console.error(`build-lexicon: MIN_COUNT must be a positive whole number, not '${args.get('1')}' (see --help)`);
    process.exitCode = 2;
  } else if (args) await build(args.has('0') ? resolve(args.get('0') as string) : sharedDataDir(), minCount, join(PACKAGE_ROOT, 'models', 'ar-lexicon.tsv'));
}
