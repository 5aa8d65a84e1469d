/**
 * Clitic segmentation accuracy on the QCRI WikiNews gold (Farasa's test set).
 *
 *   node dist/scripts/eval-segmentation.js [dataDir]
 *
 * The gold segments more than clitics: noun suffixes (ة ات ين: NSUFF), case endings and verb
 * subject suffixes (ت وا ون, tagged PRON) are split too, and the letters Arabic spelling elides
 * are restored (للمحتوى = ل+ال+محتوى). We compare clitic boundaries only: a gold boundary counts
 * when the segment before it is a proclitic (و ف ب ك ل ال س in the prefix run) or the segment
 * after it is a final pronoun enclitic (ه ها هم ... ي); other segments are merged into the stem.
 * Gold ل+ال is compared in surface positions (ل|ل|محتوى).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMain, sharedDataDir } from './lib/shared-data.js';
import { scriptArgs } from './lib/script-args.js';
import { cliticConfig, hasLexicon, segmentClitics, setLexicon } from '../src/text/clitics.js';

interface GoldWord {
  surface: string;
  boundaries: number[]; // clitic boundaries in surface offsets
  segmented: string; // the gold segmentation as written
}

const PROCLITIC_TAGS = new Set(['CONJ', 'PREP', 'DET', 'FUT_PART', 'PART']);

function readGold(path: string): GoldWord[] {
  const cfg = cliticConfig();
  const proclitics = new Set([...cfg.conjunctions, ...cfg.prepositions, ...cfg.future, cfg.determiner]);
  const enclitics = new Set(cfg.enclitics);
  const words: GoldWord[] = [];
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li];
    if (!line) continue;
    const [tok, pos] = line.split('\t');
    if (!tok || !pos || !/[\u0621-\u064A]/.test(tok)) continue; // Arabic words only
    const segs = tok.split('+').filter((s) => s !== '');
    const tags = pos.split('+');
    if (segs.length !== tags.length) continue;
    // surface text of each segment: ال after the preposition ل is written ل
    const surf = segs.map((s, i) => (s === 'ال' && i > 0 && segs[i - 1] === 'ل' ? 'ل' : s));
    const boundaries: number[] = [];
    let pos0 = 0;
    let inPrefixRun = true;
    for (let i = 0; i < segs.length - 1; i++) {
      pos0 += surf[i].length;
      const isProclitic = inPrefixRun && PROCLITIC_TAGS.has(tags[i]) && proclitics.has(segs[i]);
      if (!isProclitic) inPrefixRun = false;
      const nextIsEnclitic = i + 1 === segs.length - 1 && tags[i + 1] === 'PRON' && enclitics.has(segs[i + 1]);
      if (isProclitic || nextIsEnclitic) boundaries.push(pos0);
    }
    words.push({ surface: surf.join(''), boundaries, segmented: tok });
  }
  return words;
}

interface Score {
  words: number;
  correct: number;
  cliticWords: number;
  cliticCorrect: number;
  tp: number;
  fp: number;
  fn: number;
  errors: string[];
}

function score(words: GoldWord[]): Score {
  const s: Score = { words: 0, correct: 0, cliticWords: 0, cliticCorrect: 0, tp: 0, fp: 0, fn: 0, errors: [] };
  for (const w of words) {
    const segs = segmentClitics(w.surface);
    const predicted = segs.slice(0, -1).map((x) => x.end);
    const gold = new Set(w.boundaries);
    let tp = 0;
    for (const b of predicted) if (gold.has(b)) tp++;
    const ok = tp === gold.size && predicted.length === gold.size;
    s.words++;
    if (ok) s.correct++;
    if (gold.size > 0) {
      s.cliticWords++;
      if (ok) s.cliticCorrect++;
    }
    s.tp += tp;
    s.fp += predicted.length - tp;
    s.fn += gold.size - tp;
    if (!ok && s.errors.length < 400) s.errors.push(`${w.segmented} -> ${segs.map((x) => x.text).join('+')}`);
  }
  return s;
}

const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : ((100 * a) / b).toFixed(2) + '%');

function report(label: string, s: Score): void {
  const p = s.tp / (s.tp + s.fp);
  const r = s.tp / (s.tp + s.fn);
  console.log(`  ${label}`);
  console.log(`    word accuracy, all Arabic words:          ${pct(s.correct, s.words)}  (${s.correct}/${s.words})`);
  console.log(`    word accuracy, words with a clitic:       ${pct(s.cliticCorrect, s.cliticWords)}  (${s.cliticCorrect}/${s.cliticWords})`);
  console.log(
    `    clitic boundaries: precision ${(100 * p).toFixed(2)}%  recall ${(100 * r).toFixed(2)}%  F1 ${((200 * p * r) / (p + r)).toFixed(2)}%`,
  );
}

export async function run(dataDir: string): Promise<void> {
  const path = join(dataDir, 'wikinews-qcri-gold', 'WikiNews.pos.ref');
  if (!existsSync(path)) {
    console.log(`segmentation: skipped: ${path} not found`);
    return;
  }
  const words = readGold(path);
  const withClitic = words.filter((w) => w.boundaries.length > 0).length;
  console.log('Clitic segmentation, QCRI WikiNews gold (Farasa test set)');
  console.log(`  ${words.length} Arabic words, ${withClitic} with at least one clitic boundary.`);
  console.log('  Scored on clitic boundaries only: gold noun suffixes (ة ات ين), case endings and verb');
  console.log('  subject suffixes (ت وا ون) are merged into the stem; gold ل+ال is compared as surface ل|ل.');
  console.log('  Not comparable with Farasa\'s ~98.9%, which counts its full segmentation scheme.');
  const none = words.filter((w) => w.boundaries.length === 0).length;
  console.log(`  baseline (never segment): word accuracy ${pct(none, words.length)}`);
  const lexScore = hasLexicon() ? score(words) : null;
  if (lexScore) report('lexicon + rules (models/ar-lexicon.tsv):', lexScore);
  else console.log('  lexicon: models/ar-lexicon.tsv not found (run scripts/build-lexicon.ts)');
  setLexicon(null);
  report('rules only (no lexicon):', score(words));
  setLexicon(undefined);
  if (process.env.RASID_EVAL_ERRORS && lexScore) {
    for (const e of lexScore.errors.slice(0, Number(process.env.RASID_EVAL_ERRORS))) console.log('    ' + e);
  }
}

if (isMain(import.meta.url)) {
  const args = scriptArgs('eval-segmentation', 'Usage: node dist/scripts/eval-segmentation.js [DATA_DIR]\n\nClitic segmentation accuracy on the QCRI WikiNews gold in ../shared/data (or DATA_DIR):\nword accuracy and clitic-boundary precision, recall and F1.', { positional: 1 });
  if (args) await run(args.has('0') ? resolve(args.get('0') as string) : sharedDataDir());
}
