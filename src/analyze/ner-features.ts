import { getHeapStatistics } from 'node:v8';
import { normalize, SEARCH_NORMALIZATION, segmentClitics, lightStem } from '../text/index.js';
import { articleAfterLam } from '../text/clitics.js';
import type { NameLikeness } from './name-likeness.js';
import { GenerationalCache } from '../generational-cache.js';
import { StringTable } from '../string-table.js';
import { ModelFeatureIds } from './ner-feature-ids.js';
import { ScoreSlabs, type SlabVector } from './score-slabs.js';
import type { KnownNames, KnownWord, PersonNameRole } from './ner-known-names.js';

/**
 * Feature templates for the NER tagger. Word-level features are computed once per distinct word
 * and cached; context features combine neighbours' cached keys. Everything ends as integer ids.
 */

export interface GazetteerLike {
  /** Types (PER, LOC, ORG, MISC) of a search-normalized name, one or several words. */
  types(norm: string): readonly string[] | undefined;
  readonly maxWords: number;
  /** Whether some name of two words or more starts with this word: most words can be skipped. */
  startsName(word: string): boolean;
  /** Whether some name of two words or more starts with these two words (joined by a space). */
  opensName(twoWords: string): boolean;
}

export interface NerResources {
  /** word (search-normalized) -> cluster path, coarse to fine */
  clusters: StringTable<string[]> | null;
  gazetteer: GazetteerLike | null;
  /** Trigger words, search-normalized, without the article ال: titles, organisation and place heads, person cues. */
  triggers: Map<string, string[]>;
  nameLikeness: NameLikeness | null;
}

interface WordInfo {
  norm: string;
  stem: string;
  /** norm without conjunction/preposition proclitics, keeping ال ("والقاهرة" -> "القاهره") */
  bare: string;
  /** how the name lists write the word: bare, but with the article لل hides restored (للمرصد -> المرصد, للجنة -> اللجنة) */
  listed: string;
  shape: string;
  coarse: string;
  fine: string;
  gaz: string;
  trig: string;
  pro: string;
  enc: string;
  glued: boolean;
  clusters: readonly string[] | null;
  gazTypes: readonly string[] | null;
  trigTypes: readonly string[] | null;
  /** key for document-level consistency: the stem of a word that has letters, else '' */
  key: string;
  /** small integers standing for shape and coarse cluster, to key the pair-feature tables */
  shapeId: number;
  coarseId: number;
  /** whether some curated or listed name of two words or more starts with its bare form, with its stem */
  listsOpenBare: boolean;
  listsOpenStem: boolean;
  /** the same for the name table in use (see NerFeatures.names), and its types as a one-word name; valid for namesFor */
  namesOpenBare: boolean;
  namesOpenStem: boolean;
  nameTypes: readonly string[] | undefined;
  namesFor: number;
  /** its scores under the model in use (see NerFeatures.scoredWord), kept with it so one cache serves both */
  scored: ScoredWord | null;
  /** which model `scored` belongs to (NerFeatures.modelEpoch) */
  scoredFor: number;
  /** what the curated names `knownFor` say of it (see NerFeatures.knownWord) */
  known: KnownWord | null;
  knownFor: KnownNames | null;
  /** what the person-name lists `personFor` say of it (see NerFeatures.personWord) */
  person: PersonWord | null;
  personFor: PersonLists | null;
}

/** A word as the window network reads it (the cached info's fields it needs). */
export type WordDescription = Readonly<Pick<WordInfo, 'norm' | 'stem' | 'shape' | 'pro' | 'gazTypes' | 'trigTypes'>>;

/** The person-name lists a tagger reads: first-name and surname roles by key, and the keys its training text mostly leaves untagged. */
export interface PersonLists {
  role: PersonNameRole;
  common: ReadonlySet<string>;
}

/** What the person-name lists say of one word, over its forms as written and without proclitics. */
export interface PersonWord {
  first: boolean;
  last: boolean;
  /** a first name as written (not "لصالح" read as صالح) */
  firstAsWritten: boolean;
  /** a form the training text mostly leaves untagged */
  common: boolean;
}

/** Interns strings as small integers (for numeric cache keys). */
class Interner {
  private readonly ids = new Map<string, number>();
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) this.ids.set(s, (id = this.ids.size));
    return id;
  }
}
const SHAPES = new Interner();
/**
 * Distinct words per cache generation (see GenerationalCache): frequent words stay, rare ones age
 * out. A cached word holds about 1 KB (its info, and its scores outside the heap), so the cache is
 * sized from the heap the process was given, about an eighth of it. The CLI caps the heap at 192 MB
 * (a 252 MB limit): 30 k words a generation there, where 40 k took 66 MB and the collector ran near
 * the cap (`analyze` over ANT 54 s; 38.8 s at 30 k). A library caller with the default heap gets up
 * to 300 k, which holds all of ANT's 125 k distinct words: at 30 k, 36% of word computations there
 * were repeats of words evicted earlier.
 */
const CACHE_GENERATION = Math.max(30_000, Math.min(300_000, Math.round(getHeapStatistics().heap_size_limit / 8 / 1024)));
/** Most distinct words of one article; beyond this the recent-words map starts over. */
const RECENT_WORDS = 2_048;
/** Shapes and coarse clusters number fewer than this (tables beyond it fall back to lookups). */
const SMALL = 64;
const COARSE = new Interner();
const CLUSTER_TEMPLATES = ['c0=', 'c1=', 'c2=', 'c3=', 'c4='];

// the same fields in the same order as computeInfo's: one hidden class for every word's info, so
// the hot paths read its fields monomorphically (a different order deoptimized them)
const BOUNDARY: WordInfo = {
  norm: '<s>', stem: '<s>', bare: '<s>', listed: '<s>', pro: '', enc: '', shape: '<s>', coarse: '<s>', fine: '<s>', gaz: '', trig: '',
  glued: false, clusters: null, gazTypes: null, trigTypes: null, key: '',
  shapeId: SHAPES.id('<s>'), coarseId: COARSE.id('<s>'), scored: null, scoredFor: -1,
  listsOpenBare: false, listsOpenStem: false, namesOpenBare: false, namesOpenStem: false, nameTypes: undefined, namesFor: -1,
  known: null, knownFor: null, person: null, personFor: null,
};

/** Arabic-script letters (not the block's punctuation ، ؛ ؟ or digits). */
const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]/;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * لل is ل + ال, or ل + ال + a word that starts with ل: of "ل" + rest (normalized), the article's
 * form news writes more often (المرصد from للمرصد, اللجنة from للجنة), judged on the word as written.
 */
function withArticleAfterLam(afterPreposition: string, written: string): string {
  const at = written.indexOf('لل');
  const choice = articleAfterLam(at >= 0 ? written.slice(at + 1) : afterPreposition);
  return (choice === 'merged' ? 'ال' : 'ا') + afterPreposition;
}

/**
 * One string for each value of a word's small-vocabulary fields (shape, clitics, list types): a
 * cached word keeps the shared one, not a copy of its own (a few hundred values for 60 k words).
 */
const SHARED_VALUES = new Map<string, string>();
function shared(value: string): string {
  if (value.length === 0) return '';
  const have = SHARED_VALUES.get(value);
  if (have !== undefined) return have;
  SHARED_VALUES.set(value, value);
  return value;
}

function shapeOf(word: string): string {
  const c = word.charCodeAt(0);
  let kind: string;
  // the whole Arabic block, punctuation included, is 'A': the model was tuned with this shape
  if (c >= 0x0600 && c <= 0x06ff) kind = 'A';
  else if (/^[A-Z]/.test(word)) kind = /^[A-Z]+$/.test(word) ? 'LU' : 'LC';
  else if (/^[a-z]/.test(word)) kind = 'Ll';
  else if (/^[0-9٠-٩]/.test(word)) kind = 'D';
  else kind = 'P';
  const len = word.length <= 2 ? '2' : word.length <= 4 ? '4' : word.length <= 7 ? '7' : 'L';
  return kind + len;
}

/**
 * Document-context feature names are few (a prefix and a trigger, name-list or match class): each
 * is built once and the same string returned, so lookups hash it once and make no garbage.
 */
const CONTEXT_NAMES = new Map<string, Map<string, string>>();
function contextFeature(prefix: string, value: string): string {
  let byValue = CONTEXT_NAMES.get(prefix);
  if (!byValue) CONTEXT_NAMES.set(prefix, (byValue = new Map()));
  let name = byValue.get(value);
  if (name === undefined) byValue.set(value, (name = prefix + value));
  return name;
}

/** The same for a feature of two values joined by '|' (prefix + first + '|' + second), without building the joined string to look it up. */
const CONTEXT_PAIRS = new Map<string, Map<string, Map<string, string>>>();
function contextPair(prefix: string, first: string, second: string): string {
  let byFirst = CONTEXT_PAIRS.get(prefix);
  if (!byFirst) CONTEXT_PAIRS.set(prefix, (byFirst = new Map()));
  let bySecond = byFirst.get(first);
  if (!bySecond) byFirst.set(first, (bySecond = new Map()));
  let name = bySecond.get(second);
  if (name === undefined) bySecond.set(second, (name = prefix + first + '|' + second));
  return name;
}

/** A name-list match's marks for its first and later words ("B-PER", "I-PER"; "B-LOC|ORG"...), built once per list of types. */
const MATCH_MARKS = new WeakMap<readonly string[], readonly [string, string]>();
function matchMarks(types: readonly string[]): readonly [string, string] {
  let marks = MATCH_MARKS.get(types);
  if (!marks) {
    const t = types.join('|');
    MATCH_MARKS.set(types, (marks = [shared('B-' + t), shared('I-' + t)]));
  }
  return marks;
}

/** Burstiness features: a word with a cluster ('i') or none ('o'), met twice, 3 to 4 times, 5 times or more. */
const REPEATS = ['i2', 'i3', 'i5', 'o2', 'o3', 'o5'].map((v) => contextFeature('drep=', v));

/** A token with no document-context features (shared, never written to; not frozen: a frozen array among the others slowed their loops). */
const NO_FEATURES: readonly string[] = [];

/** One occurrence's context (Ratinov & Roth): the trigger and name-list classes around token i, and its own name-list matches. */
function contextAround(row: readonly WordInfo[], gm: readonly string[], nm: readonly string[], i: number): string[] {
  const out: string[] = [];
  const p = i > 0 ? row[i - 1] : BOUNDARY;
  const n = i + 1 < row.length ? row[i + 1] : BOUNDARY;
  const p2 = i > 1 ? row[i - 2] : BOUNDARY;
  // (each feature has its own prefix, so none comes twice)
  if (p2.trig) out.push(contextFeature('dt-2=', p2.trig));
  if (gm[i]) out.push(contextFeature('dgm=', gm[i]));
  if (nm[i]) out.push(contextFeature('dnm=', nm[i]));
  if (p.trig) out.push(contextFeature('dt-1=', p.trig));
  if (n.trig) out.push(contextFeature('dt+1=', n.trig));
  if (p.gaz) out.push(contextFeature('dg-1=', p.gaz));
  if (n.gaz) out.push(contextFeature('dg+1=', n.gaz));
  return out;
}

/** One sentence's document context (NerFeatures.documentContext), with its name-list matches. */
export interface DocumentContext {
  /** per token, the context features of its word's other occurrences */
  features: (readonly string[])[];
  /** name-list (gm) and training-name (nm) matches, as sentenceScores would compute them */
  gm: string[];
  nm: string[];
}

/**
 * A word's info with its emission scores for one model (see NerFeatures.sentenceScores): its own
 * features' scores, then what it adds to the tokens at each NEIGHBOR_OFFSETS, from `slab[at]` on.
 */
interface ScoredWord extends SlabVector {
  info: WordInfo;
  /** its number among the model's word-pair words, -1 if it is in none */
  pairId: number;
}

const BOUNDARY_KEY = '\u0000<s>';
/** where a word's scores are until they are stored */
const NO_SLAB = new Float32Array(0);

/** Features a word gives its neighbours: `name` + value, for the token at `offset` from it. */
const NEIGHBOR_TEMPLATES: readonly { name: string; offset: number; value: (w: WordInfo) => string }[] = [
  { name: 'n-1=', offset: -1, value: (w) => w.norm },
  { name: 'n-2=', offset: -2, value: (w) => w.norm },
  { name: 'n+1=', offset: 1, value: (w) => w.norm },
  { name: 'n+2=', offset: 2, value: (w) => w.norm },
  { name: 's-1=', offset: -1, value: (w) => w.stem },
  { name: 's+1=', offset: 1, value: (w) => w.stem },
  { name: 'c-1=', offset: -1, value: (w) => w.coarse },
  { name: 'c+1=', offset: 1, value: (w) => w.coarse },
  { name: 'cf-1=', offset: -1, value: (w) => w.fine },
  { name: 'cf+1=', offset: 1, value: (w) => w.fine },
  { name: 'g-1=', offset: -1, value: (w) => w.gaz },
  { name: 'g+1=', offset: 1, value: (w) => w.gaz },
  { name: 't-1=', offset: -1, value: (w) => w.trig },
  { name: 't-2=', offset: -2, value: (w) => w.trig },
  { name: 't+1=', offset: 1, value: (w) => w.trig },
];

/** The templates of a word's own features (eachSelfFeature) and of what it gives its neighbours. */
const WORD_TEMPLATES: ReadonlySet<string> = new Set([
  'b', 'w=', 'n=', 's=', 'bare=', 'p=', 'e=', 'ls=', 'p2=', 'p3=', 'x1=', 'x2=', 'x3=', 'sx2=', 'sx3=', 'sh=',
  ...CLUSTER_TEMPLATES, 'g=', 'gset=', 't=', 'glued', 'nb=', 'nbm=',
  ...NEIGHBOR_TEMPLATES.map((t) => t.name),
]);

/** The neighbour offsets the templates use, in a fixed order (the slots of a word's score vector). */
const NEIGHBOR_OFFSETS: readonly number[] = [...new Set(NEIGHBOR_TEMPLATES.map((t) => t.offset))].sort((a, b) => a - b);
// sentenceScores adds the slots in one unrolled pass
if (NEIGHBOR_OFFSETS.join() !== '-2,-1,1,2') throw new Error(`sentenceScores expects the neighbour offsets -2,-1,1,2, not ${NEIGHBOR_OFFSETS.join()}`);
/** Each NEIGHBOR_TEMPLATES entry's slot in a word's score vector (slot 0 is its own features). */
const NEIGHBOR_SLOTS: readonly number[] = NEIGHBOR_TEMPLATES.map((t) => NEIGHBOR_OFFSETS.indexOf(t.offset) + 1);

/** v[at + t] += emission[id * T + t] for every tag t: one feature's row added to a score vector. */
function addRow(v: Float64Array, at: number, emission: Float32Array, id: number, T: number): void {
  const base = id * T;
  for (let t = 0; t < T; t++) v[at + t] += emission[base + t];
}

export class NerFeatures {
  // a word that lives on into the young generation takes its scores along, so that old slabs can go
  private readonly cache = new GenerationalCache<WordInfo>(CACHE_GENERATION, (info) => {
    if (info.scored && info.scoredFor === this.modelEpoch) this.slabs!.move(info.scored);
  });
  /**
   * The words of the document at hand: each token is looked up by several passes (features,
   * scores, curated names, consistency), and a small map that stays in the processor's cache
   * answers those far faster than the large one.
   */
  private readonly recent = new StringTable<WordInfo>(RECENT_WORDS);
  /** Names seen annotated in training text; at training time, only from the other folds. */
  get names(): GazetteerLike | null {
    return this.nameTable;
  }
  set names(table: GazetteerLike | null) {
    this.nameTable = table;
    this.namesEpoch++;
  }
  private nameTable: GazetteerLike | null = null;
  /** bumped when the name table changes: what a word's info says of it belongs to one table */
  private namesEpoch = 0;
  /** Letters-only name classifier; it travels with the model file. */
  nameLikeness: NameLikeness | null;

  constructor(private readonly res: NerResources) {
    this.nameLikeness = res.nameLikeness;
  }

  /** A word's key for document-level consistency: its stem, or '' for punctuation, numbers and short words. */
  nameKeyOf = (word: string): string => this.info(word).key;

  /** Whether the word opens organisation names (منظمة، حركة، صحيفة ...: src/lang/ar/org-heads.txt). */
  isOrgHead = (word: string): boolean => this.info(word).trigTypes?.includes('ORGHEAD') ?? false;

  /** Whether the name lists know this word as (part of) a person's name. */
  looksLikeName = (word: string): boolean => this.info(word).gaz.includes('PER');

  /** What the window network reads of a word (see ner-window.ts). */
  describe(word: string): WordDescription {
    return this.info(word);
  }

  /** A word's forms to look up in name lists: as written (normalized), then without proclitics. */
  lookupForms(word: string): string[] {
    const info = this.info(word);
    return info.bare === info.norm ? [info.norm] : [info.norm, info.bare];
  }

  /** The key a name is stored under in the model's name table: its first word without conjunction/preposition, the rest normalized. */
  nameKey(words: readonly string[]): string {
    if (words.length === 1) return this.info(words[0]).bare;
    const infos = words.map((w) => this.info(w));
    return [infos[0].bare, ...infos.slice(1).map((i) => i.norm)].join(' ');
  }

  /**
   * The key of a name in the curated lists: as nameKey, but with the article لل hides restored
   * (للمرصد السوري -> المرصد السوري), except inside a name the model tagged, where the word
   * keeps its preposition ("اللجنة الدولية للصليب الأحمر" does not hold الصليب الأحمر).
   */
  listedKey(words: readonly string[], insideName = false): string {
    if (insideName) return this.nameKey(words);
    if (words.length === 1) return this.info(words[0]).listed;
    const infos = words.map((w) => this.info(w));
    return [infos[0].listed, ...infos.slice(1).map((i) => i.norm)].join(' ');
  }

  /**
   * What the curated names `known` say of one word (its type alone, whether a longer name starts
   * with it), kept with the word's info: every token is asked about twice a document, and the
   * name lists are large maps whose lookups miss the processor's cache.
   */
  knownWord(word: string, known: KnownNames): KnownWord {
    const info = this.info(word);
    if (info.knownFor !== known || !info.known) {
      // the keys tagKnownNames would build: as the lists write it, as inside a name, as written
      info.known = {
        type: known.typeOf(info.listed),
        startsListed: known.startsName(info.listed),
        startsInName: known.startsName(info.bare),
        startsWritten: known.startsName(info.norm),
        writtenDiffers: info.norm !== info.listed,
      };
      info.knownFor = known;
    }
    return info.known;
  }

  /** What the person-name lists say of one word (see PersonWord), kept with its info like knownWord's answers. */
  personWord(word: string, lists: PersonLists): PersonWord {
    const info = this.info(word);
    if (info.personFor !== lists || !info.person) {
      const forms = info.bare === info.norm ? [info.norm] : [info.norm, info.bare];
      const roles = forms.map(lists.role);
      info.person = {
        first: roles.some((r) => r.first),
        last: roles.some((r) => r.last),
        firstAsWritten: roles[0].first,
        common: forms.some((f) => lists.common.has(f)),
      };
      info.personFor = lists;
    }
    return info.person;
  }

  /** Words as written, normalized (no clitic taken off): the other key a curated name may have. */
  writtenKey = (words: readonly string[]): string => words.map((w) => this.info(w).norm).join(' ');

  private info(word: string): WordInfo {
    let info = this.recent.get(word);
    if (info) return info;
    info = this.cache.get(word) ?? this.computeInfo(word);
    if (this.recent.size >= RECENT_WORDS) this.recent.clear();
    this.recent.set(word, info);
    return info;
  }

  private computeInfo(word: string): WordInfo {
    // Punctuation glued to a word ("كابول؛") is not part of the name: look the word up without it.
    const core = word.replace(EDGE_PUNCTUATION, '') || word;
    const norm = normalize(core, SEARCH_NORMALIZATION).toLowerCase();
    const segs = segmentClitics(norm);
    let stem = norm;
    let pro = '';
    let enc = '';
    let bare = norm;
    for (const s of segs) {
      if (s.kind === 'stem') stem = s.text;
      else if (s.kind === 'enclitic') enc = s.text;
      else pro += s.text;
    }
    // keep the article: "وال" + stem -> "ال" + stem
    if (pro.length > 0) bare = pro.endsWith('ال') ? 'ال' + norm.slice(pro.length) : norm.slice(pro.length);
    // (bare is a model feature as it is; the lists' form only keys curated-name lookups)
    const listed = pro.endsWith('لل') ? withArticleAfterLam(norm.slice(pro.length - 1), core) : bare;
    const shape = shared(shapeOf(word));
    const cl = this.res.clusters?.get(norm) ?? this.res.clusters?.get(stem);
    const coarse = cl ? cl[0] : '-';
    const fine = cl ? cl[cl.length - 1] : '-';
    const gazTypes = this.res.gazetteer?.types(norm) ?? this.res.gazetteer?.types(bare) ?? this.res.gazetteer?.types(stem);
    const gaz = gazTypes ? shared(gazTypes.join('|')) : '';
    const trigTypes = this.res.triggers.get(stem) ?? this.res.triggers.get(norm);
    const trig = trigTypes ? shared(trigTypes.join('|')) : '';
    const glued = core !== word;
    const info: WordInfo = {
      norm, stem, bare, listed, pro: shared(pro), enc: shared(enc), shape, coarse, fine, gaz, trig, glued,
      clusters: cl ?? null, gazTypes: gazTypes ?? null, trigTypes: trigTypes ?? null,
      key: ARABIC_LETTER.test(word[0]) || /^[A-Za-z]/.test(word) ? stem : '',
      shapeId: SHAPES.id(shape), coarseId: COARSE.id(coarse), scored: null, scoredFor: -1,
      listsOpenBare: this.res.gazetteer?.startsName(bare) ?? false,
      listsOpenStem: bare.startsWith('ال') && (this.res.gazetteer?.startsName(stem) ?? false),
      namesOpenBare: false, namesOpenStem: false, nameTypes: undefined, namesFor: -1,
      known: null, knownFor: null, person: null, personFor: null,
    };
    this.cache.set(word, info);
    return info;
  }

  /**
   * The word's own features, as (template, value) pairs: a feature's name is the two joined.
   * Built when needed, not kept with the word: a tagging process keeps only their scores, which
   * is what holds memory flat over a large corpus.
   */
  private eachSelfFeature(word: string, w: WordInfo, emit: (template: string, value: string) => void): void {
    const { norm, stem } = w;
    emit('b', '');
    emit('w=', word);
    emit('n=', norm);
    emit('s=', stem);
    emit('bare=', w.bare);
    emit('p=', w.pro);
    emit('e=', w.enc);
    emit('ls=', lightStem(norm));
    emit('p2=', stem.slice(0, 2));
    emit('p3=', stem.slice(0, 3));
    emit('x1=', norm.slice(-1));
    emit('x2=', norm.slice(-2));
    emit('x3=', norm.slice(-3));
    emit('sx2=', stem.slice(-2));
    emit('sx3=', stem.slice(-3));
    emit('sh=', w.shape);
    if (w.clusters) for (let k = 0; k < w.clusters.length; k++) emit(CLUSTER_TEMPLATES[k] ?? `c${k}=`, w.clusters[k]);
    if (w.gazTypes) for (const t of w.gazTypes) emit('g=', t);
    if (w.gazTypes) emit('gset=', w.gaz);
    if (w.trigTypes) for (const t of w.trigTypes) emit('t=', t);
    if (w.glued) emit('glued', '');
    const looks = w.shape[0] === 'A' && stem.length >= 3 ? this.nameLikeness?.classify(stem) : undefined;
    if (looks) {
      const bucket = Math.max(-4, Math.min(4, Math.round(looks.margin * 2)));
      emit('nb=', looks.cls + ':' + bucket);
      emit('nbm=', String(bucket));
    }
  }

  /**
   * Context aggregation (Ratinov & Roth 2009): for each token, what surrounds the *other*
   * occurrences of its word in the document: the trigger, name-list and coarse-cluster classes
   * of their neighbours. "بلوم" alone then knows that elsewhere it follows "الباحثة". Computed
   * from the words only, so training and tagging see the same features. Per sentence, per token.
   */
  documentContext(sentences: readonly (readonly string[])[]): DocumentContext[] {
    this.recent.clear();
    const infos = sentences.map((words) => words.map((w) => this.info(w)));
    const gm = infos.map((row) => this.gazetteerSpans(row, false));
    const nm = infos.map((row) => this.gazetteerSpans(row, true));
    // how often each key occurs in the document
    const repeats = new Map<string, number>();
    for (const row of infos) for (const w of row) if (w.key.length >= 2) repeats.set(w.key, (repeats.get(w.key) ?? 0) + 1);
    // per key that recurs: how many of its occurrences have each context feature
    const counts = new Map<string, Map<string, number>>();
    const own = infos.map((row, s) => row.map((w, i) => {
      if ((repeats.get(w.key) ?? 0) < 2) return null;
      const feats = contextAround(row, gm[s], nm[s], i);
      let m = counts.get(w.key);
      if (!m) counts.set(w.key, (m = new Map()));
      for (const f of feats) m.set(f, (m.get(f) ?? 0) + 1);
      return feats;
    }));
    // each token of a recurring key gets its other occurrences' context features
    const features = own.map((row, s) => row.map((feats, i): readonly string[] => {
      if (!feats) return NO_FEATURES;
      const w = infos[s][i];
      const out: string[] = [];
      counts.get(w.key)!.forEach((n, f) => {
        if (n > (feats.includes(f) ? 1 : 0)) out.push(f);
      });
      // Burstiness: a word the news corpus rarely uses (no cluster) that recurs in this document is
      // most often a name the lists do not know (يلتسين ten times in one article).
      const n = repeats.get(w.key)!;
      out.push(REPEATS[(w.clusters ? 0 : 3) + (n >= 5 ? 2 : n >= 3 ? 1 : 0)]);
      return out;
    }));
    return features.map((f, s) => ({ features: f, gm: gm[s], nm: nm[s] }));
  }

  /** Gazetteer matches, longest first: "B-PER", "I-LOC"... per token, or ''. `names`: the name table's, else the lists'. */
  private gazetteerSpans(infos: WordInfo[], names: boolean): string[] {
    const marks = new Array<string>(infos.length).fill('');
    const gaz = names ? this.names : this.res.gazetteer;
    if (!gaz) return marks;
    // one-word names come from the name table only (the lists' single words are the word's own features)
    const minWords = names ? 1 : 2;
    for (let i = 0; i < infos.length; ) {
      const w = infos[i];
      if (names) this.nameFacts(w, gaz);
      let matched = 0;
      // a name of two words or more needs its first two words among the names' openings (a word's
      // info says whether it opens any)
      const next = i + 1 < infos.length ? infos[i + 1].norm : '';
      const opens =
        next !== '' &&
        (((names ? w.namesOpenBare : w.listsOpenBare) && gaz.opensName(w.bare + ' ' + next)) ||
          ((names ? w.namesOpenStem : w.listsOpenStem) && gaz.opensName(w.stem + ' ' + next)));
      const longest = opens ? gaz.maxWords : minWords > 1 ? 0 : 1;
      for (let len = Math.min(longest, infos.length - i); len >= minWords && !matched; len--) {
        let types: readonly string[] | undefined;
        if (len === 1) types = w.nameTypes;
        else {
          let key = w.bare;
          for (let k = 1; k < len; k++) key += ' ' + infos[i + k].norm;
          types = gaz.types(key);
          if (!types && w.bare.startsWith('ال')) {
            key = w.stem;
            for (let k = 1; k < len; k++) key += ' ' + infos[i + k].norm;
            types = gaz.types(key);
          }
        }
        if (types) {
          const [first, later] = matchMarks(types);
          marks[i] = first;
          for (let k = 1; k < len; k++) marks[i + k] = later;
          matched = len;
        }
      }
      i += matched || 1;
    }
    return marks;
  }

  /** What the name table in use says of a word, kept with its info until the table changes. */
  private nameFacts(w: WordInfo, names: GazetteerLike): void {
    if (w.namesFor === this.namesEpoch || w === BOUNDARY) return;
    w.namesFor = this.namesEpoch;
    w.namesOpenBare = names.startsName(w.bare);
    const article = w.bare.startsWith('ال');
    w.namesOpenStem = article && names.startsName(w.stem);
    w.nameTypes = names.types(w.bare) ?? (article ? names.types(w.stem) : undefined);
  }

  /** Feature strings for each token of one sentence (training; see `sentenceScores` for tagging). */
  sentence(words: readonly string[]): string[][] {
    const infos = words.map((w) => this.info(w));
    const at = (i: number): WordInfo => (i >= 0 && i < infos.length ? infos[i] : BOUNDARY);
    const gm = this.gazetteerSpans(infos, false);
    const nm = this.gazetteerSpans(infos, true);
    const out: string[][] = [];
    for (let i = 0; i < infos.length; i++) {
      const f: string[] = [];
      this.eachSelfFeature(words[i], infos[i], (template, value) => f.push(template + value));
      for (const t of NEIGHBOR_TEMPLATES) {
        const value = t.value(at(i + t.offset));
        if (value) f.push(t.name + value);
      }
      this.pairs(f, infos, i, gm, nm);
      out.push(f);
    }
    return out;
  }

  /**
   * Emission scores of a sentence for a model (emit[i * T + t]), the same sums as its features'
   * rows but from per-word partial sums: a word's own features and what it adds to each
   * neighbour are summed once per distinct word, so a token costs five vector additions and its
   * pair features. This is the tagging path; training reads `sentence`. The array returned is
   * reused by the next call (a fresh one per sentence cost more than the sums: past 64 bytes a
   * typed array's memory is allocated outside the heap).
   */
  sentenceScores(words: readonly string[], index: ReadonlyMap<string, number>, emission: Float32Array, T: number, context?: DocumentContext): Float64Array {
    const ids = this.useIndex(index);
    const n = words.length;
    const scored = words.map((w) => this.scoredWord(w, ids, emission, T));
    const infos = scored.map((s) => s.info);
    const boundary = this.boundaryScores ?? (this.boundaryScores = this.computeScores(BOUNDARY_KEY, BOUNDARY, ids, emission, T));
    const gm = context?.gm ?? this.gazetteerSpans(infos, false);
    const nm = context?.nm ?? this.gazetteerSpans(infos, true);
    if (this.emitScratch.length < n * T) this.emitScratch = new Float64Array(Math.max(n * T, 2 * this.emitScratch.length));
    const emit = this.emitScratch;
    // (the four neighbour offsets, -2 -1 +1 +2, in one pass with the word's own scores: the row is
    // written once instead of five times)
    for (let i = 0; i < n; i++) {
      const row = i * T;
      const own = scored[i];
      const m2 = i >= 2 ? scored[i - 2] : boundary;
      const m1 = i >= 1 ? scored[i - 1] : boundary;
      const p1 = i + 1 < n ? scored[i + 1] : boundary;
      const p2 = i + 2 < n ? scored[i + 2] : boundary;
      const o = own.slab, a = m2.slab, b = m1.slab, c = p1.slab, d = p2.slab;
      const oAt = own.at, aAt = m2.at + T, bAt = m1.at + 2 * T, cAt = p1.at + 3 * T, dAt = p2.at + 4 * T;
      for (let t = 0; t < T; t++) emit[row + t] = o[oAt + t] + a[aAt + t] + b[bAt + t] + c[cAt + t] + d[dAt + t];
      this.addPairRows(emit, row, emission, T, ids, scored, i, boundary, gm, nm);
      if (context) {
        for (const f of context.features[i]) {
          const id = ids.fewId(f);
          if (id < 0) continue;
          for (let t = 0; t < T; t++) emit[row + t] += emission[id * T + t];
        }
      }
    }
    return emit.subarray(0, n * T);
  }

  private useIndex(index: ReadonlyMap<string, number>): ModelFeatureIds {
    if (this.ids?.index === index) return this.ids;
    this.modelEpoch++;
    this.boundaryScores = null;
    return (this.ids = new ModelFeatureIds(index, WORD_TEMPLATES, [SMALL ** 2, SMALL ** 2, SMALL ** 3]));
  }

  /** A word's info and scores for the current model, cached. */
  private scoredWord(word: string, ids: ModelFeatureIds, emission: Float32Array, T: number): ScoredWord {
    const info = this.info(word);
    return info.scoredFor === this.modelEpoch ? info.scored! : this.computeScores(word, info, ids, emission, T);
  }

  /** A word's own emission scores, then its contribution to the tokens at each NEIGHBOR_OFFSETS. */
  private computeScores(word: string, info: WordInfo, ids: ModelFeatureIds, emission: Float32Array, T: number): ScoredWord {
    const size = (NEIGHBOR_OFFSETS.length + 1) * T;
    if (this.sumScratch.length !== size) this.sumScratch = new Float64Array(size);
    const v = this.sumScratch.fill(0);
    this.eachSelfFeature(word, info, (template, value) => {
      const id = ids.idOf(template, value);
      if (id >= 0) addRow(v, 0, emission, id, T);
    });
    for (let k = 0; k < NEIGHBOR_TEMPLATES.length; k++) {
      const tpl = NEIGHBOR_TEMPLATES[k];
      const value = tpl.value(info);
      const id = value ? ids.idOf(tpl.name, value) : -1;
      // the template reads this word from the token at i = (this position) - offset
      if (id >= 0) addRow(v, NEIGHBOR_SLOTS[k] * T, emission, id, T);
    }
    // summed in double precision, kept in single: half the memory of a cached word, so more words
    // stay; outside the heap, which the CLI caps (a plain array of doubles would take 55 MB of it)
    if (this.slabs?.width !== size) this.slabs = new ScoreSlabs(size);
    // a '|' inside the word would make its pair features ambiguous to parse: such words have none
    const scored: ScoredWord = { info, slab: NO_SLAB, at: 0, pairId: info.norm.includes('|') ? -1 : ids.pairWord(info.norm) };
    this.slabs.store(v, scored);
    if (word !== BOUNDARY_KEY) {
      info.scored = scored;
      info.scoredFor = this.modelEpoch;
    }
    return scored;
  }

  /** Adds to emit[row ...] the rows of token i's features over pairs and triples of words and of name-list matches. */
  private addPairRows(emit: Float64Array, row: number, emission: Float32Array, T: number, ids: ModelFeatureIds, scored: ScoredWord[], i: number, boundary: ScoredWord, gm: string[], nm: string[]): void {
    const me = scored[i];
    const prev = i > 0 ? scored[i - 1] : boundary;
    const next = i + 1 < scored.length ? scored[i + 1] : boundary;
    const w = me.info;
    const p1 = prev.info;
    const n1 = next.info;
    // shape and cluster pairs come from tiny sets: their ids are kept in arrays
    let key = p1.shapeId * SMALL + w.shapeId;
    let id = ids.smallId(0, key);
    if (id === -2) id = ids.learnSmall(0, key, 'sh-1=' + p1.shape + '|' + w.shape);
    if (id >= 0) addRow(emit, row, emission, id, T);
    key = w.shapeId * SMALL + n1.shapeId;
    id = ids.smallId(1, key);
    if (id === -2) id = ids.learnSmall(1, key, 'sh+1=' + w.shape + '|' + n1.shape);
    if (id >= 0) addRow(emit, row, emission, id, T);
    key = (p1.coarseId * SMALL + w.coarseId) * SMALL + n1.coarseId;
    id = ids.smallId(2, key);
    if (id === -2) id = ids.learnSmall(2, key, 'cc=' + p1.coarse + '|' + w.coarse + '|' + n1.coarse);
    if (id >= 0) addRow(emit, row, emission, id, T);
    if (me.pairId >= 0) {
      if (prev.pairId >= 0 && (id = ids.wordPairId('-', prev.pairId, me.pairId)) >= 0) addRow(emit, row, emission, id, T);
      if (next.pairId >= 0 && (id = ids.wordPairId('+', me.pairId, next.pairId)) >= 0) addRow(emit, row, emission, id, T);
    }
    if (gm[i] && (id = ids.fewId(contextFeature('gm=', gm[i]))) >= 0) addRow(emit, row, emission, id, T);
    if (nm[i]) {
      if ((id = ids.fewId(contextFeature('nm=', nm[i]))) >= 0) addRow(emit, row, emission, id, T);
      if ((id = ids.fewId(contextPair('nmw=', nm[i], w.shape))) >= 0) addRow(emit, row, emission, id, T);
    }
  }

  private emitScratch = new Float64Array(0);
  private sumScratch = new Float64Array(0);
  /** The feature ids of the model in use (see useIndex). */
  private ids: ModelFeatureIds | null = null;
  /** bumped when the model changes: scores kept with a word's info for another model are stale */
  private modelEpoch = 0;
  private boundaryScores: ScoredWord | null = null;
  /** where the model in use's word scores are kept */
  private slabs: ScoreSlabs | null = null;

  /** Features over pairs and triples of neighbouring words, and gazetteer matches. */
  private pairs(f: string[], infos: WordInfo[], i: number, gm: string[], nm: string[]): void {
    const w = infos[i];
    const p1 = i > 0 ? infos[i - 1] : BOUNDARY;
    const n1 = i + 1 < infos.length ? infos[i + 1] : BOUNDARY;
    f.push(
      'b-1=' + p1.norm + '|' + w.norm,
      'b+1=' + w.norm + '|' + n1.norm,
      'sh-1=' + p1.shape + '|' + w.shape,
      'sh+1=' + w.shape + '|' + n1.shape,
      'cc=' + p1.coarse + '|' + w.coarse + '|' + n1.coarse,
    );
    if (gm[i]) f.push('gm=' + gm[i]);
    if (nm[i]) f.push('nm=' + nm[i], 'nmw=' + nm[i] + '|' + w.shape);
  }
}
