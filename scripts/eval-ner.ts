/**
 * NER evaluation, conlleval-style (exact span and type), through the real `rasid tag --conll`:
 *   npm run eval:ner
 * ANERcorp CAMeL test (never used in training) and AQMAR (out-of-domain Wikipedia).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { readConll, score, formatScores, type TaggedSentence } from './lib/conll.js';
import { isMain, sharedDataDir } from './lib/shared-data.js';
import { scriptArgs } from './lib/script-args.js';

/** Runs `rasid tag --conll FILE` and reads back one tag list per sentence. */
function tagWithCli(path: string): { tags: string[][]; seconds: number } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'rasid.js'), 'tag', '--conll', path], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`rasid tag failed (${r.status}): ${r.stderr.trim().split('\n')[0]}`);
  const tags: string[][] = [];
  let cur: string[] = [];
  for (const line of r.stdout.split('\n')) {
    if (line === '') {
      if (cur.length) tags.push(cur);
      cur = [];
    } else cur.push(line.slice(line.lastIndexOf('\t') + 1));
  }
  if (cur.length) tags.push(cur);
  return { tags, seconds };
}

function writeConll(sentences: TaggedSentence[], path: string): void {
  writeFileSync(path, sentences.map((s) => s.words.map((w, i) => `${w} ${s.tags[i]}`).join('\n') + '\n\n').join(''));
}

/** AQMAR's article-specific MIS0..MIS3 classes collapse into MISC; its few noise tags are mended. */
function aqmarTag(tag: string): string {
  if (tag === 'OO' || tag === 'IO') return 'O';
  if (tag === 'I--ORG') return 'I-ORG';
  if (/^B-(ENGLISH|SPANISH)$/.test(tag)) return 'B-MISC';
  const m = /^([BI])-MIS/.exec(tag);
  return m ? `${m[1]}-MISC` : tag;
}

function withoutMisc(tags: string[][]): string[][] {
  return tags.map((s) => s.map((t) => (t.endsWith('-MISC') ? 'O' : t)));
}

export async function run(dataDir: string): Promise<void> {
  console.log('NER, conlleval-style exact span + type, through `rasid tag --conll` (lenient chunking: a stray I-X opens a chunk)');
  const test = join(dataDir, 'anercorp-camel', 'ANERCorp_CamelLab_test.txt');
  if (existsSync(test)) {
    const gold = readConll(test);
    const { tags, seconds } = tagWithCli(test);
    if (tags.length !== gold.length) throw new Error(`sentence count differs: gold ${gold.length}, tagged ${tags.length}`);
    const tokens = gold.reduce((n, s) => n + s.words.length, 0);
    console.log(`ANERcorp CAMeL test: ${gold.length} sentences, ${tokens} tokens (whole command incl. start-up and model load: ${seconds.toFixed(2)} s)`);
    console.log(formatScores(score(gold.map((s) => s.tags), tags)));
  }
  const aqmarDir = join(dataDir, 'aqmar');
  if (existsSync(aqmarDir)) {
    const gold: TaggedSentence[] = [];
    for (const f of readdirSync(aqmarDir).filter((f) => f.endsWith('.txt')).sort()) {
      for (const s of readConll(join(aqmarDir, f))) gold.push({ words: s.words, tags: s.tags.map(aqmarTag) });
    }
    const tmp = mkdtempSync(join(tmpdir(), 'rasid-aqmar-'));
    try {
      const path = join(tmp, 'aqmar.conll');
      writeConll(gold, path);
      const { tags } = tagWithCli(path);
      console.log(`AQMAR (out-of-domain Wikipedia, all 28 articles): ${gold.length} sentences; MIS0-3 -> MISC (article-specific classes, not ANERcorp's MISC)`);
      console.log(formatScores(score(gold.map((s) => s.tags), tags)));
      const s3 = score(withoutMisc(gold.map((s) => s.tags)), withoutMisc(tags));
      console.log(`  PER/LOC/ORG only: micro F1 ${(100 * s3.micro.f).toFixed(2)}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
}

const USAGE = `
Usage: npm run eval:ner

Tags ANERcorp's CAMeL test split (never used in training) and AQMAR (out-of-domain Wikipedia)
from ../shared/data (or RASID_SHARED_DATA) through the real \`rasid tag --conll\`, and prints
conlleval-style (exact span and type) precision, recall and F1 per type and micro-averaged.
Cross-validation on train is \`npm run train:ner -- --hold-out-dev --dev-fold K/4\`.`;

if (isMain(import.meta.url) && scriptArgs('eval-ner', USAGE)) void run(sharedDataDir());
