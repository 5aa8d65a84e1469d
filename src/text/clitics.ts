import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLangJson } from '../lang/ar/index.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { GenerationalCache } from '../generational-cache.js';
import { StringTable } from '../string-table.js';
import { LEXICON_NORMALIZATION, normalize, normalizeWithMap, type NormalizeOptions } from './normalize.js';

/** Words are analysed without diacritics and tatweel but with hamza kept (آلاف is not ال+اف). */
const SEGMENT_NORMALIZATION: Readonly<NormalizeOptions> = Object.freeze({ ...LEXICON_NORMALIZATION, alef: false });
/** The lexicon is keyed by LEXICON_NORMALIZATION forms: fold the alef variants before a look-up. */
const ALEF_ONLY: Readonly<NormalizeOptions> = Object.freeze({ alef: true });

/**
 * Clitic segmentation of one Arabic word: proclitics (و ف, ب ك ل or future س, ال), a stem, and
 * at most one enclitic pronoun. Segments are ranges of the original word (plus `offset`) and
 * concatenate back to it exactly; text is never rewritten. Where Arabic spelling drops a letter
 * (ل + ال written لل), we return ل (preposition) + ل (the determiner, alef elided) as two
 * proclitic segments; Farasa-style gold writes ل+ال instead.
 *
 * Choosing between readings: each clitic step (word -> host, e.g. وبالكتاب -> بالكتاب) is scored
 * with the word-frequency lexicon in models/ar-lexicon.tsv as log(count(host) / count(word) /
 * minHostRatio[clitic]); the reading with the best total wins, and the whole word scores 0. So
 * وزير stays whole (زير is rare next to it) while وجاء splits (جاء is common). Without the
 * lexicon, or when neither form is attested, rule priors from src/lang/ar/clitics.json decide.
 */

export type SegmentKind = 'proclitic' | 'stem' | 'enclitic';

export interface Segment {
  text: string;
  start: number;
  end: number;
  kind: SegmentKind;
}

export interface CliticConfig {
  conjunctions: string[];
  prepositions: string[];
  future: string[];
  futureVerbStarts: string[];
  determiner: string;
  enclitics: string[];
  pronounHosts: string[];
  minStemLength: number;
  minRuleStemLength: number;
  smoothing: number;
  minHostRatio: Record<string, number>;
  shortHostFactor: Record<string, number>;
  stepFloor: Record<string, number>;
  unattestedPenalty: number;
  rulePriors: Record<string, number>;
  neverSegment: string[];
}

export function cliticConfig(): CliticConfig {
  return loadLangJson<CliticConfig>('clitics.json');
}

export interface Lexicon {
  /** Word (LEXICON_NORMALIZATION form) -> corpus count (a Map will do; a read lexicon is a StringTable, faster to look up). */
  counts: { get(word: string): number | undefined };
}

/** models/ar-lexicon.tsv in the package root (built by scripts/build-lexicon.ts). */
export function defaultLexiconPath(): string {
  return join(PACKAGE_ROOT, 'models', 'ar-lexicon.tsv');
}

export function readLexicon(path: string): Lexicon {
  const counts = new StringTable<number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '' || line.charCodeAt(0) === 0x23 /* # comment */) continue;
    const tab = line.indexOf('\t');
    if (tab > 0) counts.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return { counts };
}

let lexicon: Lexicon | null | undefined; // undefined: not loaded yet; null: absent (rule-only)
/** Analyses by normalized word; frequent words stay (see GenerationalCache). */
const cache = new GenerationalCache<Analysis>(30_000);

function currentLexicon(): Lexicon | null {
  if (lexicon === undefined) {
    const path = defaultLexiconPath();
    lexicon = existsSync(path) ? readLexicon(path) : null;
  }
  return lexicon;
}

/** Replaces the lexicon (null: rule-only segmentation; undefined: reload models/ar-lexicon.tsv lazily). */
export function setLexicon(lex: Lexicon | null | undefined): void {
  lexicon = lex;
  cache.clear();
}

/**
 * ل + ال is written لل, and the article's lam can absorb a name's own: للجنة is ل + اللجنة, للعراق
 * is ل + العراق. Given the text after the preposition's ل ("لجنة ..."، "لعراق ..."), 'merged' when
 * news writes ال + that word more often than ا + it (اللجنة over الجنة), 'plain' for the reverse
 * (العراق), null when the lexicon cannot tell.
 */
export function articleAfterLam(afterPreposition: string): 'merged' | 'plain' | null {
  const first = afterPreposition.split(' ', 1)[0];
  const merged = lexiconCount(normalize('ال' + first, LEXICON_NORMALIZATION));
  const plain = lexiconCount(normalize('ا' + first, LEXICON_NORMALIZATION));
  return merged > plain ? 'merged' : plain > merged ? 'plain' : null;
}

/** How often the word-frequency lexicon saw this form (LEXICON_NORMALIZATION), 0 when unseen or absent. */
export function lexiconCount(form: string): number {
  return currentLexicon()?.counts.get(form) ?? 0;
}

export function hasLexicon(): boolean {
  return currentLexicon() !== null;
}

/** One reading, on the normalized word: lengths of the proclitics and of the enclitic. */
interface Analysis {
  prefixes: number[]; // lengths in the normalized word, outermost first
  enclitic: number; // length, 0 when none
  /** The last proclitic is really the host of the enclitic (له: ل is the stem). */
  hostPrefix: boolean;
}

interface Prepared {
  cfg: CliticConfig;
  never: Set<string>;
  enclitics: string[];
  /** '' (none) then each conjunction; '' then each preposition and future particle */
  conjs: string[];
  mids: string[];
}

let prepared: { lex: Lexicon | null; p: Prepared } | null = null;

function prepare(): Prepared {
  const lex = currentLexicon();
  if (prepared && prepared.lex === lex) return prepared.p;
  const cfg = cliticConfig();
  const never = new Set(cfg.neverSegment.map((w) => normalize(w, SEGMENT_NORMALIZATION)));
  const enclitics = [...cfg.enclitics].sort((a, b) => b.length - a.length);
  const p = { cfg, never, enclitics, conjs: ['', ...cfg.conjunctions], mids: ['', ...cfg.prepositions, ...cfg.future] };
  prepared = { lex, p };
  return p;
}

function count(lex: Lexicon, w: string): number {
  return lex.counts.get(normalize(w, ALEF_ONLY)) ?? 0;
}

/** Host forms to look up for a stem that carried an enclitic: ة and ى change shape before one. */
function hostCount(lex: Lexicon, stem: string): number {
  let c = count(lex, stem);
  const last = stem[stem.length - 1];
  if (last === 'ت') c += count(lex, stem.slice(0, -1) + 'ة');
  else if (last === 'ي' || last === 'ا') c += count(lex, stem.slice(0, -1) + 'ى');
  return c;
}

/** Score of one clitic step from `word` to `host`. */
function stepScore(
  p: Prepared,
  lex: Lexicon | null,
  key: string,
  word: string,
  host: string,
  hostIsStem: boolean,
  enclitic: boolean,
  priorKey = key,
): number {
  const prior = p.cfg.rulePriors[priorKey] ?? -1;
  if (lex) {
    const cw = count(lex, word);
    const ch = enclitic ? hostCount(lex, host) : count(lex, host);
    if (cw > 0 || ch > 0) {
      const a = p.cfg.smoothing;
      let minRatio = p.cfg.minHostRatio[key] ?? 1;
      if (!enclitic && host.length <= 2) minRatio *= p.cfg.shortHostFactor[key] ?? 1;
      const score = Math.log((ch + a * 0.1) / (cw + a) / minRatio);
      return Math.max(score, p.cfg.stepFloor[key] ?? -Infinity);
    }
  }
  if (hostIsStem && host.length < p.cfg.minRuleStemLength) return -5;
  return lex ? prior - p.cfg.unattestedPenalty : prior;
}

/** Every valid reading of the normalized word with its score; the unsegmented reading scores 0. */
function analyze(norm: string): Analysis {
  const p = prepare();
  const lex = currentLexicon();
  const cfg = p.cfg;
  const none: Analysis = { prefixes: [], enclitic: 0, hostPrefix: false };
  if (norm.length < 2 || p.never.has(norm)) return none;
  let best = none;
  let bestScore = 0;
  const det = cfg.determiner;

  const consider = (a: Analysis, score: number): void => {
    if (score > bestScore) {
      best = a;
      bestScore = score;
    }
  };

  // conj (optional) -> prep or future (optional) -> det (optional) -> stem -> enclitic (optional)
  for (const conj of p.conjs) {
    if (conj && !norm.startsWith(conj)) continue;
    const afterConj = norm.slice(conj.length);
    const conjScore = conj ? stepScore(p, lex, 'prefix:' + conj, norm, afterConj, false, false) : 0;
    if (conj && afterConj.length < 2) continue;
    // والذي, ولكن: a listed word keeps its letters after the conjunction too
    const wholeAfterConj = p.never.has(afterConj);
    for (const mid of p.mids) {
      if (mid && (wholeAfterConj || !afterConj.startsWith(mid))) continue;
      const afterMid = afterConj.slice(mid.length);
      if (mid && afterMid.length < 1) continue;
      const isFuture = mid !== '' && cfg.future.includes(mid);
      if (isFuture && !cfg.futureVerbStarts.includes(afterMid[0])) continue;
      const midScore = mid ? stepScore(p, lex, 'prefix:' + mid, afterConj, afterMid, false, false) : 0;
      // determiner: written ال, or ل alone after the preposition ل (لل = ل + ال with the alef elided)
      const dets: Array<{ len: number; host: string; withDet: string }> = [{ len: 0, host: afterMid, withDet: afterMid }];
      if (!isFuture && !p.never.has(afterMid)) {
        if (mid === 'ل' && afterMid.startsWith('ل') && afterMid.length > 2) {
          dets.push({ len: 1, host: afterMid.slice(1), withDet: det + afterMid.slice(1) });
        } else if (mid !== 'ل' && afterMid.startsWith(det) && afterMid.length > det.length + 1) {
          dets.push({ len: det.length, host: afterMid.slice(det.length), withDet: afterMid });
        }
      }
      for (const d of dets) {
        let detScore = 0;
        let midAdj = midScore;
        if (d.len > 0) {
          // The preposition step sees the host with its article restored: للكتاب -> الكتاب.
          if (mid) midAdj = stepScore(p, lex, 'prefix:' + mid, afterConj, d.withDet, false, false, 'prefix:' + mid + '+' + det);
          detScore = stepScore(p, lex, 'prefix:' + det, d.withDet, d.host, true, false);
        }
        const stemFull = d.host;
        const prefixes = [conj.length, mid.length, d.len].filter((x) => x > 0);
        const base = conjScore + midAdj + detScore;
        // no enclitic
        if (prefixes.length > 0 && stemFull.length >= cfg.minStemLength) consider({ prefixes, enclitic: 0, hostPrefix: false }, base);
        if (d.len > 0 || p.never.has(stemFull)) continue; // ال never takes a pronoun; listed words stay whole
        for (const enc of p.enclitics) {
          if (!stemFull.endsWith(enc)) continue;
          const stem = stemFull.slice(0, stemFull.length - enc.length);
          // له بها: the one-letter preposition is the host of the pronoun
          if (stem.length === 0 && mid && cfg.pronounHosts.includes(mid)) {
            consider({ prefixes: [conj.length, mid.length].filter((x) => x > 0), enclitic: enc.length, hostPrefix: true }, conjScore + 1);
            continue;
          }
          if (stem.length < cfg.minStemLength) continue;
          const encScore = stepScore(p, lex, 'enclitic:' + enc, stemFull, stem, true, true);
          consider({ prefixes, enclitic: enc.length, hostPrefix: false }, base + encScore);
        }
      }
    }
  }
  return best;
}

function analysisOf(norm: string): Analysis {
  let a = cache.get(norm);
  if (!a) {
    a = analyze(norm);
    cache.set(norm, a);
  }
  return a;
}

/**
 * Splits one word into proclitic, stem and enclitic segments. `offset` is added to every
 * start/end (pass the token's start to get document offsets).
 */
export function segmentClitics(word: string, offset = 0): Segment[] {
  if (word.length === 0) return [];
  const map = normalizeWithMap(word, SEGMENT_NORMALIZATION);
  const norm = map.text;
  const a = norm.length >= 2 ? analysisOf(norm) : null;
  if (!a || (a.prefixes.length === 0 && a.enclitic === 0)) return [{ text: word, start: offset, end: offset + word.length, kind: 'stem' }];
  // boundaries in the normalized word, mapped to the original: a removed diacritic stays with
  // the letter before it
  const cuts: Array<{ at: number; kind: SegmentKind }> = [];
  let pos = 0;
  a.prefixes.forEach((len, i) => {
    pos += len;
    const hostHere = a.hostPrefix && i === a.prefixes.length - 1;
    cuts.push({ at: pos, kind: hostHere ? 'stem' : 'proclitic' });
  });
  const stemEnd = norm.length - a.enclitic;
  if (!a.hostPrefix) cuts.push({ at: stemEnd, kind: 'stem' });
  if (a.enclitic > 0) cuts.push({ at: norm.length, kind: 'enclitic' });
  else cuts[cuts.length - 1].at = norm.length;
  const segments: Segment[] = [];
  let from = 0;
  for (const cut of cuts) {
    const to = cut.at >= norm.length ? word.length : map.offsets[cut.at];
    if (to > from) segments.push({ text: word.slice(from, to), start: offset + from, end: offset + to, kind: cut.kind });
    from = to;
  }
  if (from < word.length) {
    const last = segments[segments.length - 1];
    last.text += word.slice(from);
    last.end = offset + word.length;
  }
  return segments;
}

/** The stem segment's text: the word without its clitics (والكتاب -> كتاب, لداعش -> داعش). */
export function stripClitics(word: string): string {
  const seg = segmentClitics(word);
  const stem = seg.find((s) => s.kind === 'stem');
  return stem ? stem.text : word;
}
