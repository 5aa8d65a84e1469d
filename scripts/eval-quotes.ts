/**
 * Quote extraction scored against the hand-annotated gold set (gold/quotes-ant.jsonl; guide in
 * docs/quote-annotation.md), through the full default analysis:
 *   npm run eval:quotes [-- --verbose]
 * Per kind (direct, indirect): precision, recall and F1 with span overlap (one to one, largest
 * overlap first), and a strict line requiring overlap >= half the union; speaker accuracy over
 * matched quotes.
 */
import { parseRecordLine } from '../src/read/jsonl.js';
import { parseRawInput } from '../src/parse/index.js';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { normalize, SEARCH_NORMALIZATION } from '../src/text/normalize.js';
import { ANT_PATH, ANT_REST_PATH, GOLD_PATH, readAntRecords, readGold, sha256, type GoldQuote } from './quote-gold.js';
import { isMain } from './lib/shared-data.js';
import { scriptArgs } from './lib/script-args.js';

interface Predicted {
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  speaker: string | null;
  /** how the article writes the speaker's entity: its mentions' texts */
  written: string[];
}

interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  strict: number;
  speakerRight: number;
}

/**
 * A speaker name's words, compared with the article and the sound plural's case folded: the gold
 * and the predicted name may take either ("علماء" / "العلماء"، "المحللون" / "المحللين"), and
 * they name the same speaker.
 */
const words = (name: string): string[] =>
  normalize(name, SEARCH_NORMALIZATION)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.length > 4 && w.startsWith('ال') ? w.slice(2) : w).replace(/(?<=.{3})ين$/, 'ون'));

/**
 * Same speaker as the gold names it: the predicted name, or one way the article writes the
 * predicted entity (the annotator wrote the name as the article does: "بنيامين نتانياهو" for the
 * entity named "بنيامين نتنياهو"), equal after normalization.
 */
export function sameReferent(gold: string | null, p: Pick<Predicted, 'speaker' | 'written'>): boolean {
  if (sameSpeaker(gold, p.speaker)) return true;
  if (!gold) return false;
  const g = words(gold).join(' ');
  return p.written.some((w) => words(w).join(' ') === g);
}

/** Same speaker: equal after normalization, or one name's words all inside the other's (سميث / مايكل سميث). */
export function sameSpeaker(gold: string | null, predicted: string | null): boolean {
  if (!gold || !predicted) return gold === predicted;
  const g = words(gold);
  const p = words(predicted);
  if (g.length === 0 || p.length === 0) return false;
  const inside = (a: string[], b: string[]) => a.every((w) => b.includes(w));
  return inside(p, g) || inside(g, p);
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** One-to-one matching, largest overlap first. */
export function match(gold: GoldQuote[], pred: Predicted[]): [GoldQuote, Predicted][] {
  const pairs: { g: number; p: number; o: number }[] = [];
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const o = overlap(g, p);
    if (o > 0) pairs.push({ g: i, p: j, o });
  }));
  pairs.sort((a, b) => b.o - a.o);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const out: [GoldQuote, Predicted][] = [];
  for (const { g, p } of pairs) {
    if (gUsed.has(g) || pUsed.has(p)) continue;
    gUsed.add(g);
    pUsed.add(p);
    out.push([gold[g], pred[p]]);
  }
  return out;
}

const pct = (x: number, n: number) => (n === 0 ? '   -  ' : (100 * x / n).toFixed(1).padStart(6));
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export async function run(verbose = false, goldPath = GOLD_PATH): Promise<void> {
  const gold = readGold(goldPath);
  if (gold.length === 0) {
    console.log(`quotes: no gold at ${goldPath}`);
    return;
  }
  const records = readAntRecords(gold.map((g) => g.docno));
  const empty = (): Record<'direct' | 'indirect', Tally> => ({
    direct: { gold: 0, predicted: 0, matched: 0, strict: 0, speakerRight: 0 },
    indirect: { gold: 0, predicted: 0, matched: 0, strict: 0, speakerRight: 0 },
  });
  const bySplit = { test: empty(), test2: empty(), test3: empty(), heldOut: empty(), dev: empty(), dev2: empty(), dev3: empty(), development: empty(), all: empty() };
  const articles = { test: 0, test2: 0, test3: 0, heldOut: 0, dev: 0, dev2: 0, dev3: 0, development: 0, all: 0 };
  let drift = 0;
  for (const g of gold) {
    const line = records.get(g.docno);
    if (!line) throw new Error(`${g.docno}: not in ${ANT_PATH()} nor ${ANT_REST_PATH()}`);
    const { article, source } = parseRawInput({ kind: 'record', input: g.docno, path: ANT_PATH(), format: 'jsonl', line: 1, record: parseRecordLine(line, g.docno) });
    const { doc } = analyzeArticle(article, source);
    if (sha256(doc.text) !== g.textSha256) {
      drift++;
      continue;
    }
    // test, test2 and test3 are held out, dev, dev2 and dev3 for development: scored together as well as apart
    const heldOut = g.split.startsWith('test');
    const splits = [g.split, heldOut ? 'heldOut' : 'development', 'all'] as const;
    for (const s of splits) articles[s]++;
    // --verbose lists the development articles' errors only: the test splits are scored, never read
    const show = verbose && !heldOut;
    const mentions = new Map<string, string[]>();
    for (const e of doc.layer('entities')) {
      const id = e.attrs?.entity as string;
      if (!mentions.has(id)) mentions.set(id, []);
      mentions.get(id)!.push(doc.text.slice(e.start, e.end));
    }
    const pred: Predicted[] = doc.layer('quotes').map((s) => {
      const speaker = s.attrs?.speaker as { name: string; entity: string | null } | null;
      return {
        kind: s.label as Predicted['kind'],
        start: s.start,
        end: s.end,
        speaker: speaker?.name ?? null,
        written: speaker?.entity ? (mentions.get(speaker.entity) ?? []) : [],
      };
    });
    for (const kind of ['direct', 'indirect'] as const) {
      const gk = g.quotes.filter((q) => q.kind === kind);
      const pk = pred.filter((q) => q.kind === kind);
      const pairs = match(gk, pk);
      for (const t of splits.map((s) => bySplit[s][kind])) {
        t.gold += gk.length;
        t.predicted += pk.length;
        for (const [gq, pq] of pairs) {
          t.matched++;
          const union = Math.max(gq.end, pq.end) - Math.min(gq.start, pq.start);
          if (overlap(gq, pq) * 2 >= union) t.strict++;
          if (sameReferent(gq.speaker, pq)) t.speakerRight++;
        }
      }
      if (show) {
        for (const [gq, pq] of pairs) if (!sameReferent(gq.speaker, pq)) console.log(`  ${g.docno} ${kind} speaker: gold ${gq.speaker} / predicted ${pq.speaker}: ${doc.text.slice(gq.start, Math.min(gq.end, gq.start + 60))}`);
        for (const gq of gk) if (!pairs.some(([x]) => x === gq)) console.log(`  ${g.docno} ${kind} MISSED (${gq.speaker}) [cue ${gq.cue ? doc.text.slice(gq.cue.start, gq.cue.end) : '-'}]: ${doc.text.slice(gq.start, Math.min(gq.end, gq.start + 80))}`);
        for (const pq of pk) if (!pairs.some(([, y]) => y === pq)) console.log(`  ${g.docno} ${kind} SPURIOUS (${pq.speaker}): ${doc.text.slice(pq.start, Math.min(pq.end, pq.start + 80))}`);
      }
    }
  }
  console.log(`Quotes on the hand-annotated gold (${goldPath.replace(/.*\/gold\//, 'gold/')}): span overlap, one to one; speaker accuracy over matched quotes`);
  if (drift) console.log(`  WARNING: ${drift} articles skipped: rasid's body text no longer matches the annotated one`);
  const label = {
    test: 'test (never looked at; 20 articles of the ANT sample, drawn 2026-12-02)',
    test2: 'test2 (never looked at; the rest of ANT v2.1, drawn 2026-12-07)',
    test3: 'test3 (never looked at; the rest of ANT v2.1, drawn 2026-12-08)',
    heldOut: 'held out (test + test2 + test3)',
    dev: 'dev (used in development; ANT sample)',
    dev2: 'dev2 (used in development; the rest of ANT v2.1, drawn 2026-12-07)',
    dev3: 'dev3 (for development; the rest of ANT v2.1, drawn 2026-12-07 after dev2 was worked on)',
    development: 'development (dev + dev2 + dev3)',
    all: 'all',
  };
  for (const split of ['test', 'test2', 'test3', 'heldOut', 'dev', 'dev2', 'dev3', 'development', 'all'] as const) {
    if (articles[split] === 0) continue;
    console.log(`  ${label[split]}: ${articles[split]} articles`);
    let right = 0;
    let matched = 0;
    for (const kind of ['direct', 'indirect'] as const) {
      const t = bySplit[split][kind];
      const p = t.predicted ? t.matched / t.predicted : 0;
      const r = t.gold ? t.matched / t.gold : 0;
      const sp = t.predicted ? t.strict / t.predicted : 0;
      const sr = t.gold ? t.strict / t.gold : 0;
      console.log(
        `    ${kind.padEnd(8)}  precision ${pct(t.matched, t.predicted)}  recall ${pct(t.matched, t.gold)}  F1 ${(100 * f1(p, r)).toFixed(1).padStart(5)}` +
          `  (strict F1 ${(100 * f1(sp, sr)).toFixed(1)})  speaker ${pct(t.speakerRight, t.matched)}  (gold ${t.gold}, predicted ${t.predicted})`,
      );
      right += t.speakerRight;
      matched += t.matched;
    }
    console.log(`    speaker accuracy overall ${(100 * right / Math.max(1, matched)).toFixed(1)} (${right}/${matched})`);
  }
}

const USAGE = `
Usage: npm run eval:quotes [-- [--verbose] [--gold FILE]]

Scores the quotes layer of \`rasid analyze\` against the hand-annotated gold set
(gold/quotes-ant.jsonl; guide in docs/quote-annotation.md), on the ANT articles in
../shared/data (or RASID_SHARED_DATA): quote precision, recall and F1 by span overlap, and
speaker accuracy over matched quotes, for direct and reported speech, per split (test, test2, test3:
scored, never read, and the three together; dev, dev2 and dev3: for development) and over all.

Options:
  --verbose     list the development splits' errors (wrong speakers, missed and spurious quotes)
  --gold FILE   score against another gold file of the same format
  -h, --help    show this help`;

if (isMain(import.meta.url)) {
  const args = scriptArgs('eval-quotes', USAGE, { flags: ['--verbose'], valued: ['--gold'] });
  if (args) {
    const gold = args.get('--gold');
    run(args.has('--verbose'), typeof gold === 'string' ? gold : GOLD_PATH).catch((err: unknown) => {
      console.error(`eval-quotes: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    });
  }
}
