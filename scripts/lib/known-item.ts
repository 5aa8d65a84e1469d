/**
 * Known-item queries: an analyst remembers three words of a headline but types them the way
 * Arabic is really typed — with a clitic on the front or a letter spelled another way. The target
 * is that article; every engine is asked to put it in its top 10.
 *
 * How one query is made (deterministic for a given corpus order and seed):
 * 1. Documents are visited in a seeded shuffle. A headline is used when it has at least three
 *    eligible words (Arabic letters only, 3+ letters, not in gold/search/known-item-stopwords.txt).
 * 2. Three eligible words are drawn (kept in headline order), words with more than a bare و to
 *    offer first; each gets one variant, drawn among those that apply to it: forms some document
 *    of the corpus uses (anywhere) before forms none uses, a bare و only when nothing else
 *    applies, and a clitic or a spelling variant at even odds when both apply:
 *      definite words (ال...):   وال...  |  بال...  |  لل... (for ال...)
 *      other words:              و...
 *      final ة -> ه, final ه -> ة; every أ إ آ -> ا; final ى -> ي, final ي -> ى
 *    At least one of the three variants must be absent, word for word, from the target's title
 *    and body (if all three were present, one word is redrawn among its absent variants), so an
 *    engine that matches words exactly cannot find the target with all three words required;
 *    the others may occur in the text as written (وال... forms often do), as in real queries.
 * 3. The known item must be well defined: documents whose headline is the same (after search
 *    normalization and punctuation folding: reprints) are all relevant, any of them is a hit;
 *    if any other document's headline holds all three words (light-stemmed), the headline is
 *    skipped. Groups larger than MAX_GROUP (generic headlines) are skipped too.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import {
  ALEF,
  ALEF_HAMZA_ABOVE,
  ALEF_HAMZA_BELOW,
  ALEF_MADDA,
  ALEF_MAQSURA,
  HEH,
  SEARCH_NORMALIZATION,
  TEH_MARBUTA,
  WAW,
  YEH,
  lightStem,
  normalize,
} from '../../src/text/index.js';
import { seededRandom } from './rng.js';
import type { SearchDoc } from './search-corpus.js';

const LAM = '\u0644';
const BEH = '\u0628';
const DEFINITE = ALEF + LAM;

export type VariantKind = 'wa' | 'wal' | 'bal' | 'lil' | 'teh-to-heh' | 'heh-to-teh' | 'hamza' | 'yeh-to-maqsura' | 'maqsura-to-yeh';

export interface WordVariant {
  /** The word as the headline writes it. */
  word: string;
  /** The word as the query writes it. */
  form: string;
  kind: VariantKind;
}

export interface KnownItemQuery {
  query: string;
  /** The article the headline was taken from. */
  target: string;
  /** The target and every document with the same headline (reprints); any of them is a hit. */
  relevant: string[];
  headline: string;
  variants: WordVariant[];
}

export interface KnownItemOptions {
  count?: number;
  seed?: number;
}

export const KNOWN_ITEM_COUNT = 60;
export const KNOWN_ITEM_SEED = 20240605;
/** More documents than this under one headline: a rubric ("كاريكاتير"), not an article. */
const MAX_GROUP = 5;
const MIN_WORD_LETTERS = 3;
/** Arabic letters only (U+0621–U+064A): a word with digits, Latin or marks is left alone. */
const ARABIC_WORD = /^[\u0621-\u063A\u0641-\u064A]+$/u;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const EDGE_PUNCT = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const HAMZA_ALEFS = new RegExp(`[${ALEF_HAMZA_ABOVE}${ALEF_HAMZA_BELOW}${ALEF_MADDA}]`, 'gu');

let stopwords: Set<string> | undefined;

function stopwordSet(): Set<string> {
  stopwords ??= new Set(
    readFileSync(join(PACKAGE_ROOT, 'gold', 'search', 'known-item-stopwords.txt'), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#')),
  );
  return stopwords;
}

/** Every clitic or spelling variant of one word, in a fixed order. */
export function wordVariants(word: string): { form: string; kind: VariantKind }[] {
  const out: { form: string; kind: VariantKind }[] = [];
  if (word.startsWith(DEFINITE) && word.length >= DEFINITE.length + 3) {
    out.push({ form: WAW + word, kind: 'wal' });
    out.push({ form: BEH + word, kind: 'bal' });
    out.push({ form: LAM + LAM + word.slice(DEFINITE.length), kind: 'lil' });
  } else if (!word.startsWith(WAW)) {
    out.push({ form: WAW + word, kind: 'wa' });
  }
  const stem = word.slice(0, -1);
  const last = word[word.length - 1];
  if (last === TEH_MARBUTA) out.push({ form: stem + HEH, kind: 'teh-to-heh' });
  if (last === HEH && word.length >= 4) out.push({ form: stem + TEH_MARBUTA, kind: 'heh-to-teh' });
  if (last === ALEF_MAQSURA) out.push({ form: stem + YEH, kind: 'maqsura-to-yeh' });
  if (last === YEH && word.length >= 4) out.push({ form: stem + ALEF_MAQSURA, kind: 'yeh-to-maqsura' });
  const unhamzated = word.replace(HAMZA_ALEFS, ALEF);
  if (unhamzated !== word) out.push({ form: unhamzated, kind: 'hamza' });
  return out;
}

const CLITIC_KINDS: ReadonlySet<VariantKind> = new Set(['wa', 'wal', 'bal', 'lil']);

/**
 * Forms the corpus itself uses first (people type forms that exist: والحكومة, not ويربطها); a
 * bare و only when the word offers nothing else (it is the easy clitic: every stemmer strips
 * it); then a clitic or a spelling variant with even odds when the word has both, and one of
 * that family's variants alike.
 */
function drawVariant<T extends { form: string; kind: VariantKind }>(all: T[], preferred: ReadonlySet<string>[], rand: () => number): T {
  let seen = all;
  for (const forms of preferred) {
    if (seen.some((o) => forms.has(o.form))) {
      seen = seen.filter((o) => forms.has(o.form));
      break;
    }
  }
  const options = seen.some((o) => o.kind !== 'wa') ? seen.filter((o) => o.kind !== 'wa') : seen;
  const clitics = options.filter((o) => CLITIC_KINDS.has(o.kind));
  const spellings = options.filter((o) => !CLITIC_KINDS.has(o.kind));
  const family = clitics.length === 0 ? spellings : spellings.length === 0 ? clitics : rand() < 0.5 ? clitics : spellings;
  return family[Math.floor(rand() * family.length)];
}

/** The headline's words a query may use, with their surface forms (edge punctuation removed). */
function eligibleWords(title: string): string[] {
  const stop = stopwordSet();
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of title.split(/\s+/u)) {
    const w = raw.replace(EDGE_PUNCT, '');
    if (w.length < MIN_WORD_LETTERS || !ARABIC_WORD.test(w) || stop.has(w) || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}

/** Headline identity for reprints: search-normalized, punctuation folded to single spaces. */
function headlineKey(title: string): string {
  return normalize(title, SEARCH_NORMALIZATION).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function titleStems(title: string): Set<string> {
  const out = new Set<string>();
  for (const m of title.matchAll(WORD)) out.add(lightStem(m[0]));
  return out;
}

function shuffled(n: number, rand: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** `count` known-item queries over `docs` (see the file comment for the rules). */
export function knownItemQueries(docs: readonly SearchDoc[], opts: KnownItemOptions = {}): KnownItemQuery[] {
  const count = opts.count ?? KNOWN_ITEM_COUNT;
  const rand = seededRandom(opts.seed ?? KNOWN_ITEM_SEED);
  const groups = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const k = headlineKey(d.title);
    if (k === '') return;
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  });
  const attested = new Set<string>();
  for (const d of docs) {
    for (const m of d.title.matchAll(WORD)) attested.add(m[0]);
    for (const m of d.text.matchAll(WORD)) attested.add(m[0]);
  }
  const stems: (Set<string> | undefined)[] = new Array(docs.length);
  const stemsOf = (i: number): Set<string> => (stems[i] ??= titleStems(docs[i].title));

  const out: KnownItemQuery[] = [];
  const usedGroups = new Set<string>();
  for (const i of shuffled(docs.length, rand)) {
    if (out.length === count) break;
    const doc = docs[i];
    const hk = headlineKey(doc.title);
    if (hk === '' || usedGroups.has(hk)) continue;
    const group = groups.get(hk) ?? [i];
    if (group.length > MAX_GROUP) continue;

    const present = new Set<string>();
    for (const m of `${doc.title}\n${doc.text}`.matchAll(WORD)) present.add(m[0]);
    const candidates = eligibleWords(doc.title)
      .map((word) => ({ word, options: wordVariants(word) }))
      .filter((c) => c.options.length > 0);
    if (candidates.length < 3) continue;

    // Three of them at random, kept in headline order; words with more than a bare و to offer first.
    const strong = candidates.map((c, k) => (c.options.some((o) => o.kind !== 'wa') ? k : -1)).filter((k) => k >= 0);
    const weak = candidates.map((c, k) => (c.options.some((o) => o.kind !== 'wa') ? -1 : k)).filter((k) => k >= 0);
    const order = [...shuffled(strong.length, rand).map((k) => strong[k]), ...shuffled(weak.length, rand).map((k) => weak[k])];
    const picked = order.slice(0, 3).sort((a, b) => a - b).map((k) => candidates[k]);
    const variants: WordVariant[] = picked.map(({ word, options }) => {
      const v = drawVariant(options, [attested], rand);
      return { word, form: v.form, kind: v.kind };
    });
    // Word for word, the target must not hold the whole query: one variant at least is absent.
    if (variants.every((v) => present.has(v.form))) {
      const k = picked.findIndex((c) => c.options.some((o) => !present.has(o.form)));
      if (k === -1) continue;
      const v = drawVariant(picked[k].options.filter((o) => !present.has(o.form)), [attested], rand);
      variants[k] = { word: picked[k].word, form: v.form, kind: v.kind };
    }

    // Well defined: no document outside the reprint group has all three words in its headline.
    const wanted = variants.map((v) => lightStem(v.word));
    const inGroup = new Set(group);
    let ambiguous = false;
    for (let j = 0; j < docs.length && !ambiguous; j++) {
      if (inGroup.has(j)) continue;
      const s = stemsOf(j);
      ambiguous = wanted.every((w) => s.has(w));
    }
    if (ambiguous) continue;

    usedGroups.add(hk);
    out.push({
      query: variants.map((v) => v.form).join(' '),
      target: doc.key,
      relevant: group.map((g) => docs[g].key),
      headline: doc.title,
      variants,
    });
  }
  if (out.length < count) throw new Error(`known-item: only ${out.length} of ${count} queries could be made from ${docs.length} documents`);
  return out;
}

/** One line per query for reports: query <- headline (variant kinds), relevant count. */
export function formatKnownItem(q: KnownItemQuery): string {
  const kinds = q.variants.map((v) => `${v.word}->${v.form} ${v.kind}`).join(', ');
  const reprints = q.relevant.length > 1 ? `, ${q.relevant.length} relevant (reprints)` : '';
  return `${q.query}  <=  ${q.headline}  [${kinds}${reprints}]  ${q.target}`;
}
