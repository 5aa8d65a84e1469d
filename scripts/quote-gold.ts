/**
 * The hand-annotated quote gold set (gold/quotes-ant.jsonl): its articles come from
 * ../shared/data/ant-corpus-multisource and stay there; the gold holds only ids, offsets, speakers.
 *
 *   node dist/scripts/quote-gold.js text DOCNO         the article body as rasid parses it (offsets index this)
 *   node dist/scripts/quote-gold.js resolve DRAFT... [--split dev|dev2|dev3|test|test2|test3] [--out GOLD]
 *                                                    annotator drafts (exact strings) -> gold lines
 *   node dist/scripts/quote-gold.js check [--gold GOLD]             every gold span printed for review; exit 1 on drift
 *   node dist/scripts/quote-gold.js draw --seed N --per-outlet K    articles to annotate next, drawn at random
 *
 * Articles come from the ANT sample (ant-corpus-multisource) or, for the second test draw, from
 * the rest of ANT v2.1 (arabic-news-unlabelled/antcorpus-multisource-v2.1.jsonl: the same five
 * outlets and months, none of its text in the sample), which development never read.
 *
 * Offsets are into `Doc.text` of the record as rasid reads it; each gold line carries the sha256 of
 * that text, so a parser change that moves the text is caught instead of silently misaligning.
 * The annotation guide is docs/quote-annotation.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/package-root.js';
import { parseRecordLine } from '../src/read/jsonl.js';
import { composeBody, parseRawInput } from '../src/parse/index.js';
import { isMain, sharedDataDir } from './lib/shared-data.js';
import { seededRandom, shuffle } from './lib/rng.js';

export const GOLD_PATH = join(PACKAGE_ROOT, 'gold', 'quotes-ant.jsonl');
export const ANT_PATH = (): string => join(sharedDataDir(), 'ant-corpus-multisource', 'ant_multisource_v2.1_sample.jsonl');
/** The rest of ANT v2.1 (ids as `id`, not `docno`): where the second test draw comes from. */
export const ANT_REST_PATH = (): string => join(sharedDataDir(), 'arabic-news-unlabelled', 'antcorpus-multisource-v2.1.jsonl');

export const SPLITS = ['dev', 'dev2', 'dev3', 'test', 'test2', 'test3'] as const;
export type Split = (typeof SPLITS)[number];
export type QuoteKind = 'direct' | 'indirect';
/** Who the words are attributed to: a named person, an organisation or outlet, or an unnamed source. */
export type SpeakerKind = 'person' | 'organization' | 'unnamed';

export interface GoldQuote {
  kind: QuoteKind;
  start: number;
  end: number;
  /** the reporting cue (قال، أضاف، بحسب ...) if there is one */
  cue: { start: number; end: number } | null;
  /** canonical name (the fullest form the article gives), or a short description of an unnamed source */
  speaker: string | null;
  speakerKind: SpeakerKind | null;
}

export interface GoldArticle {
  docno: string;
  /**
   * dev: looked at while developing the extractor (ANT sample); dev2: the same, 25 articles of the
   * rest of ANT v2.1 drawn on 2026-12-07 after test2; dev3: 25 more of the rest, drawn on 2026-12-07
   * after dev2 had been worked on, and scored once before anyone looked at its errors; test: never looked at, only scored (20
   * articles of the ANT sample); test2: the same, 30 articles of the rest of ANT v2.1; test3: the
   * same, 30 more of the rest, drawn on 2026-12-08
   */
  split: Split;
  textSha256: string;
  quotes: GoldQuote[];
}

/** A draft as an annotator writes it: strings, not offsets. */
interface DraftQuote {
  kind: QuoteKind;
  /** exact substring of the body */
  text: string;
  /** a few words just before `text`, when `text` occurs more than once */
  after?: string;
  cue?: string | null;
  speaker: string | null;
  speakerKind: SpeakerKind | null;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The ANT records with these docnos (or ids), by docno: one pass over the sample, and over the rest of ANT v2.1 for those not found. */
export function readAntRecords(docnos: Iterable<string>): Map<string, string> {
  const want = new Set(docnos);
  const out = new Map<string, string>();
  for (const path of [ANT_PATH(), ANT_REST_PATH()]) {
    if (out.size === want.size || !existsSync(path)) break;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line) continue;
      const m = /"(?:docno|id)":\s*"([^"]+)"/.exec(line);
      if (m && want.has(m[1])) out.set(m[1], line);
    }
  }
  return out;
}

/** A category's articles of 1,200-3,500 characters. */
const DRAW_CATEGORIES = new Set(['middleEast', 'internationalNews']);
const DRAW_LENGTH = [1200, 3500];

/**
 * Articles to annotate next: `perOutlet` from each of the five outlets, drawn with a seeded
 * shuffle from the rest of ANT v2.1 among middleEast and internationalNews articles of
 * 1,200-3,500 characters not already in the gold, without looking at whether they hold quotes.
 */
export function draw(seed: number, perOutlet: number, gold = readGold()): string[] {
  const have = new Set(gold.map((g) => g.docno));
  const candidates: string[] = [];
  for (const line of readFileSync(ANT_REST_PATH(), 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as { id: string; text: string };
    const [, category] = r.id.split('-');
    if (DRAW_CATEGORIES.has(category) && r.text.length >= DRAW_LENGTH[0] && r.text.length <= DRAW_LENGTH[1] && !have.has(r.id)) candidates.push(r.id);
  }
  candidates.sort();
  shuffle(candidates, seededRandom(seed));
  const taken = new Map<string, number>();
  const out: string[] = [];
  for (const id of candidates) {
    const outlet = id.split('-')[0];
    if ((taken.get(outlet) ?? 0) >= perOutlet) continue;
    taken.set(outlet, (taken.get(outlet) ?? 0) + 1);
    out.push(id);
  }
  return out.sort();
}

/** Body text exactly as `rasid analyze` builds it for this record (no annotators run). */
export function bodyOf(line: string, docno: string): string {
  const record = parseRecordLine(line, docno);
  const { article } = parseRawInput({ kind: 'record', input: docno, path: ANT_PATH(), format: 'jsonl', line: 1, record });
  return composeBody(article).text;
}

export function readGold(path = GOLD_PATH): GoldArticle[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldArticle);
}

function locate(text: string, needle: string, after: string | undefined, what: string): number {
  const hits: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) hits.push(i);
  if (hits.length === 0) throw new Error(`${what}: not found in the body: ${needle.slice(0, 60)}`);
  if (hits.length === 1) return hits[0];
  if (!after) throw new Error(`${what}: occurs ${hits.length} times; add "after": ${needle.slice(0, 60)}`);
  const ok = hits.filter((h) => text.slice(Math.max(0, h - after.length - 40), h).includes(after));
  if (ok.length !== 1) throw new Error(`${what}: "after" picks ${ok.length} of ${hits.length} occurrences: ${needle.slice(0, 60)}`);
  return ok[0];
}

/**
 * The cue occurrence for a quote: the nearest whole-word one before it (a cue precedes its quote
 * far more often), else the nearest after it ("..."، قال X).
 */
function locateCue(text: string, cue: string, start: number, end: number): { start: number; end: number } | null {
  const letter = /[\p{L}\p{M}]/u;
  let before: number | null = null;
  let after: number | null = null;
  for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) {
    if (letter.test(text[i - 1] ?? '') || letter.test(text[i + cue.length] ?? '')) continue; // a whole word only
    if (i + cue.length <= start && start - i <= 400) before = i;
    else if (i >= end && after === null && i - end <= 200) after = i;
    else if (i < end && i >= start) after ??= i; // a cue inside the span (a tag in mid-sentence)
  }
  const at = before ?? after;
  return at === null ? null : { start: at, end: at + cue.length };
}

function resolve(paths: string[], out: string, split: Split): void {
  const drafts = paths.map((p) => ({ path: p, draft: JSON.parse(readFileSync(p, 'utf8')) as { docno: string; quotes: DraftQuote[] } }));
  const records = readAntRecords(drafts.map((d) => d.draft.docno));
  const gold = new Map(readGold(out).map((g) => [g.docno, g]));
  let failed = 0;
  for (const { path, draft } of drafts) {
    const line = records.get(draft.docno);
    if (!line) {
      console.error(`${path}: no ANT record ${draft.docno}`);
      failed++;
      continue;
    }
    const text = bodyOf(line, draft.docno);
    try {
      const quotes = draft.quotes.map((q, k): GoldQuote => {
        const what = `${path} quote ${k + 1}`;
        if (q.kind !== 'direct' && q.kind !== 'indirect') throw new Error(`${what}: kind must be direct or indirect`);
        const start = locate(text, q.text, q.after, what);
        const end = start + q.text.length;
        const cue = q.cue ? locateCue(text, q.cue, start, end) : null;
        if (q.cue && !cue) throw new Error(`${what}: cue "${q.cue}" not found near the quote`);
        return { kind: q.kind, start, end, cue, speaker: q.speaker ?? null, speakerKind: q.speakerKind ?? null };
      });
      quotes.sort((a, b) => a.start - b.start);
      gold.set(draft.docno, { docno: draft.docno, split, textSha256: sha256(text), quotes });
    } catch (e) {
      console.error((e as Error).message);
      failed++;
    }
  }
  const lines = [...gold.values()].sort((a, b) => a.docno.localeCompare(b.docno)).map((g) => JSON.stringify(g));
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`quote-gold: ${gold.size} articles in ${out}; ${failed} drafts failed`);
  if (failed) process.exitCode = 1;
}

function check(path: string): void {
  const gold = readGold(path);
  const records = readAntRecords(gold.map((g) => g.docno));
  let drift = 0;
  for (const g of gold) {
    const text = bodyOf(records.get(g.docno) ?? '', g.docno);
    if (sha256(text) !== g.textSha256) {
      console.log(`${g.docno}: DRIFT: the body rasid builds no longer matches the annotated one`);
      drift++;
      continue;
    }
    console.log(`\n# ${g.docno} (${g.split}): ${g.quotes.length} quotes`);
    for (const q of g.quotes) {
      const cue = q.cue ? text.slice(q.cue.start, q.cue.end) : '-';
      console.log(`  ${q.kind.padEnd(8)} ${q.speaker ?? '?'} (${q.speakerKind ?? '?'}) [${cue}]: ${text.slice(q.start, q.end).replace(/\n/g, ' ¶ ')}`);
    }
  }
  const n = gold.reduce((s, g) => s + g.quotes.length, 0);
  console.log(`\n${gold.length} articles, ${n} quotes (${gold.reduce((s, g) => s + g.quotes.filter((q) => q.kind === 'direct').length, 0)} direct), ${drift} drifted`);
  if (drift) process.exitCode = 1;
}

if (isMain(import.meta.url)) {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'text' && rest[0]) {
    const line = readAntRecords([rest[0]]).get(rest[0]);
    if (!line) {
      console.error(`quote-gold: no ANT record ${rest[0]}`);
      process.exit(1);
    }
    process.stdout.write(bodyOf(line, rest[0]) + '\n');
  } else if (command === 'resolve' && rest.length) {
    const at = rest.indexOf('--out');
    const out = at >= 0 ? rest.splice(at, 2)[1] : GOLD_PATH;
    const sp = rest.indexOf('--split');
    const split = sp >= 0 ? rest.splice(sp, 2)[1] : 'test';
    if (!(SPLITS as readonly string[]).includes(split)) {
      console.error(`quote-gold: --split is one of ${SPLITS.join(', ')}`);
      process.exit(2);
    }
    resolve(rest, out, split as Split);
  } else if (command === 'check') check(rest[0] === '--gold' ? rest[1] : GOLD_PATH);
  else if (command === 'draw' && rest.includes('--seed') && rest.includes('--per-outlet')) {
    const seed = Number(rest[rest.indexOf('--seed') + 1]);
    const perOutlet = Number(rest[rest.indexOf('--per-outlet') + 1]);
    if (!Number.isInteger(seed) || !Number.isInteger(perOutlet) || perOutlet < 1) {
      console.error('quote-gold: draw needs --seed N and --per-outlet K, whole numbers');
      process.exit(2);
    }
    for (const id of draw(seed, perOutlet)) console.log(id);
  } else {
    console.error('usage: quote-gold text DOCNO | resolve DRAFT.json... [--split dev|dev2|dev3|test|test2|test3] | check | draw --seed N --per-outlet K');
    process.exit(2);
  }
}
