import type { Annotator } from './annotator.js';
import type { Span } from '../doc/span.js';
import { ENTITY_TYPES, type EntityType } from '../doc/json.js';
import { gazetteerKey, loadGazetteer, placeChooser, type Gazetteer, type GazetteerEntry } from '../lang/gazetteer.js';
import { loadLangList } from '../lang/ar/index.js';
import { segmentClitics, articleAfterLam } from '../text/clitics.js';
import { isKnownName, transliterate } from '../text/translit.js';
import { splitJuxtaposedPeople } from './juxtaposed-people.js';
import { extendFamilyNisba } from './family-names.js';

/**
 * Entity merging: NER mentions (layer 'ner') -> document entities with a canonical Arabic name,
 * a type, a Latin form and every mention.
 *
 * Mention spans: when a mention starts with a proclitic that is clearly a clitic (و ف ب ك ل:
 * لداعش, وسوريا), the mention span starts after it (text "داعش", start + 1), so `text` is still the
 * exact surface at that place and offsets point at the name itself. Where the clitic fused with the
 * article (ل + ال written لل: للأمم المتحدة, للعراق) no substring spells the name, so the span keeps the
 * whole word (a leading و/ف is still cut: وللعراق -> للعراق); the canonical name restores the
 * article (الأمم المتحدة, العراق).
 *
 * Whether a leading letter is a clitic is decided per mention from: the gazetteer (فرنسا, لندن,
 * كولن, بلوم are names; داعش is a name, لداعش is not), the other mentions of the document (a word
 * seen where no proclitic can be, e.g. the second word of ميا بلوم, is a name word) and, last, the
 * lexicon-backed clitic segmenter.
 */

export type { EntityType } from '../doc/json.js';

export interface EntityMention {
  start: number;
  end: number;
  text: string;
}

export interface EntityRecord {
  /** e1, e2, ... in order of first mention. */
  id: string;
  type: EntityType;
  /** Canonical Arabic name, without attached clitics. */
  name: string;
  latin: string | null;
  mentions: EntityMention[];
}

const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;
const CONJUNCTIONS = new Set(['و', 'ف']);
const PREPOSITIONS = new Set(['ب', 'ك', 'ل']);

/** Scores of the evidence for a clitic reading. */
const GAZETTEER_SCORE = 3;
const DOCUMENT_SCORE = 2;
const SEGMENTER_SCORE = 1;
const LEXICON_SCORE = 0.5;
const WORD_SCORE = 2;
const SHORT_FIRST_WORD = 4;
/** A person's first word the known-names table holds as written, where the word left after the cut is none (or the cut is ب، ك، ف). */
const KNOWN_NAME_SCORE = 2;
/** أبو، أبي، أبا، أم and عبد: the first word of many names, whatever came before it. */
const KUNYA = /^([اأ]ب[ويا]|[اأ]م|عبد)$/;
/** A name word the document writes after a preposition with its و (بوانغ): more than any list says. */
const WAW_NAME_SCORE = 5;
/** Marks such words in the document's evidence. */
const WAW_NAME = 'و:';

interface Reading {
  /** Characters of the mention dropped from the span start. */
  cut: number;
  /** ل + ال written لل: the article is restored in the clean name, the span keeps the word. */
  restoreAl: boolean;
  /** ...and the name's own first letter is ل, merged with the article's (للجنة = ل + اللجنة). */
  keepLam?: boolean;
  /** Total proclitic letters (for the segmenter's opinion). */
  letters: number;
}

interface Mention {
  start: number;
  end: number;
  label: EntityType;
  /** The name without clitics, display-clean (no tatweel/diacritics), single spaces. */
  clean: string;
  /** gazetteerKey(clean). */
  key: string;
  /** Word keys with spaces removed inside none: ['طوم', 'اوكونور']. */
  words: string[];
  /** Spacing-free key for variant folding: أو كونور = أوكونور. */
  compact: string;
  /** Curated canonical for this form, if any. */
  curated: { canonical: string; type: EntityType; latin: string | null } | null;
  gaz: GazetteerEntry | undefined;
  /** compactKey of the curated canonical, or null. */
  canonicalCompact: string | null;
  /** compactKey of the words after the first (for head + name), or null for one word. */
  tailCompact: string | null;
  order: number;
}

const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();
const latinCache = new Map<string, string | null>();
const compactCache = new Map<string, string>();

/** gazetteerKey(s), memoized: the same names recur across mentions and documents. */
function searchKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = gazetteerKey(s);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(s, k);
  }
  return k;
}

function cachedTransliteration(name: string): string | null {
  let l = latinCache.get(name);
  if (l === undefined) {
    l = transliterate(name) || null;
    if (latinCache.size >= KEY_CACHE_LIMIT) latinCache.clear();
    latinCache.set(name, l);
  }
  return l;
}

/** Spacing-free key; a final ة/ه and ا meet (سورية = سوريا) after the search folding. */
function compactKey(key: string): string {
  let c = compactCache.get(key);
  if (c === undefined) {
    c = key.split(' ').join('');
    if (c.length > 2 && c.endsWith('ه')) c = c.slice(0, -1) + 'ا';
    if (compactCache.size >= KEY_CACHE_LIMIT) compactCache.clear();
    compactCache.set(key, c);
  }
  return c;
}

/** Long vowels news spelling drops or adds in foreign names (ادوار / ادور, ماكرون / ماكرن). */
const LONG_VOWELS = new Set(['ا', 'و', 'ي', 'ى']);

/** Whether one word is the other with one long vowel more, inside the word (both of 3 letters or more). */
function oneLongVowelApart(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < 3) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // (not the first letter, which would be a clitic or another name: ايمن / يمن)
  return i > 0 && LONG_VOWELS.has(long[i]) && long.slice(i + 1) === short.slice(i);
}

function displayClean(s: string): string {
  return s.replace(DIACRITICS, '').replace(/\s+/g, ' ').trim();
}

/** Possible proclitic readings of the first word, shortest first (the whole word is reading 0). */
function readings(firstWord: string, multiword: boolean): Reading[] {
  const out: Reading[] = [{ cut: 0, restoreAl: false, letters: 0 }];
  const w = firstWord.replace(DIACRITICS, '');
  const addPrep = (at: number, conj: number): void => {
    const rest = w.slice(at);
    if (rest.length < 3 || !PREPOSITIONS.has(rest[0])) return;
    if (rest[0] === 'ل' && rest[1] === 'ل' && rest.length >= 4) {
      // لل = ل + ال (alef elided): the span keeps the word from the preposition on; or ل + ال + a
      // name that starts with ل, whose lam the article's absorbs (للجنة = ل + اللجنة, للواء = ل + اللواء)
      out.push({ cut: conj, restoreAl: true, letters: at + 1 });
      out.push({ cut: conj, restoreAl: true, keepLam: true, letters: at + 1 });
    } else {
      out.push({ cut: at + 1, restoreAl: false, letters: at + 1 });
    }
  };
  // (a three-letter first word of a longer name too: فأم كلثوم; scoring keeps it only where the
  // lists know the name without the conjunction, see SHORT_FIRST_WORD)
  if ((w.length >= 4 || (multiword && w.length === 3)) && CONJUNCTIONS.has(w[0])) {
    out.push({ cut: 1, restoreAl: false, letters: 1 });
    addPrep(1, 1);
  }
  addPrep(0, 0);
  return out;
}

/** Index in `surface` of the n-th letter of the diacritic-free first word. */
function rawOffset(surface: string, letters: number): number {
  let seen = 0;
  for (let i = 0; i < surface.length; i++) {
    if (seen === letters) return i;
    if (!/[\u064B-\u065F\u0670\u0640]/.test(surface[i])) seen++;
  }
  return surface.length;
}

function cleanOf(surface: string, r: Reading): { clean: string; cut: number } {
  const cut = rawOffset(surface, r.cut);
  let rest = surface.slice(cut);
  if (r.restoreAl) {
    // rest is لل..., the name is ال + the rest after the preposition ل
    const afterPrep = rest.slice(rawOffset(rest, 1));
    rest = (r.keepLam ? 'ال' : 'ا') + afterPrep;
  }
  return { clean: displayClean(rest), cut };
}

interface Context {
  gaz: Gazetteer;
  /** Keys seen where no proclitic can be: non-initial words, clitic-free mentions. */
  evidence: Set<string>;
}

/** Chooses the clitic reading of one mention. */
function chooseReading(surface: string, label: EntityType, ctx: Context): { clean: string; cut: number } {
  const firstWord = surface.split(/\s/, 1)[0];
  // a person is not "like" someone in a name the tagger took: كريس باكلر is not ك + "ريس باكلر"
  // (but كالسيسي is ك + السيسي)
  const plain = firstWord.replace(DIACRITICS, '');
  const likeCut = (r: Reading) => r.letters > 0 && plain[r.letters - 1] === 'ك' && !plain.startsWith('ال', r.letters);
  const rs = readings(firstWord, surface.length > firstWord.length).filter((r) => label !== 'PER' || !likeCut(r));
  if (rs.length === 1) return cleanOf(surface, rs[0]);
  // the segmenter's proclitics before the article: a conjunction, then a preposition
  let segLetters = 0;
  let sawPrep = false;
  for (const seg of segmentClitics(firstWord.replace(DIACRITICS, ''))) {
    if (seg.kind !== 'proclitic') break;
    if (segLetters === 0 && !sawPrep && CONJUNCTIONS.has(seg.text)) segLetters += 1;
    else if (!sawPrep && PREPOSITIONS.has(seg.text)) {
      segLetters += 1;
      sawPrep = true;
    } else break;
  }
  let best = rs[0];
  let bestScore = -1;
  for (const r of rs) {
    const { clean } = cleanOf(surface, r);
    const key = searchKey(clean);
    let score = 0;
    if (ctx.gaz.lookup(key)) score += GAZETTEER_SCORE;
    else if (key.includes(' ')) {
      // a multi-word name whose first word (as read) is a known name of the mention's type: والي نصر
      const first = ctx.gaz.lookup(key.slice(0, key.indexOf(' ')));
      if (first && first.types.includes(label)) score += WORD_SCORE;
    }
    if (ctx.evidence.has(key)) score += DOCUMENT_SCORE;
    // the document's own grammar outweighs the lists (انغ is a name in ANETAC, وانغ is not)
    const firstKey = key.includes(' ') ? key.slice(0, key.indexOf(' ')) : key;
    if (ctx.evidence.has(WAW_NAME + firstKey)) score += WAW_NAME_SCORE;
    if (segLetters === r.letters) score += SEGMENTER_SCORE;
    // "براين"، "بروس"، "وانغ"، "بشير": a person's first word that the known-names table holds as
    // written is the name's own, not a clitic and a shorter word, unless that shorter word is a
    // known name too after و or ل (ومحمد، لمحمد: both common before a name; ب، ك، ف seldom are)
    if (label === 'PER' && r.letters === 0 && isKnownName(plain)) {
      const cut = rs.find((c) => c.letters > 0);
      const rest = cut ? cleanOf(surface, cut).clean.split(' ')[0] : '';
      // (a kunya or عبد after the cut is a name's start too: "بأبي عبد الله" is ب + أبي عبد الله)
      if (!cut || ((!isKnownName(rest) || /^[بكف]/.test(plain)) && !KUNYA.test(rest))) score += KNOWN_NAME_SCORE;
    }
    // of the two readings of لل, the one whose first word news writes more often (اللجنة, not الجنة)
    if (r.restoreAl) {
      const choice = articleAfterLam(clean.slice(r.keepLam ? 2 : 1));
      if (choice === (r.keepLam ? 'merged' : 'plain')) score += LEXICON_SCORE;
    }
    // a name of several words does not open with a word of one or two letters: "بان كي مون" is
    // not ب + "ان كي مون", "لي كه تشيانغ" not ل + "ي كه تشيانغ"
    // (unless the lists know it so: وبي بي سي is و + بي بي سي)
    if (r.letters > 0 && key.includes(' ') && key.indexOf(' ') < 3 && !ctx.gaz.lookup(key)) score -= SHORT_FIRST_WORD;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return cleanOf(surface, best);
}

function documentEvidence(text: string, spans: readonly Span[]): Set<string> {
  const ev = new Set<string>();
  // words after a preposition that open with و, and the words mentions open with: no conjunction
  // comes after a preposition, so a name the document writes both ways keeps its و (وانغ and بوانغ:
  // Wang, not و + انغ; كوريا alone says nothing, it is a name that opens with كو)
  const afterPreposition = new Set<string>();
  const firstWords = new Set<string>();
  const done = new Set<string>();
  for (const s of spans) {
    const surface = text.slice(s.start, s.end);
    if (done.has(surface)) continue;
    done.add(surface);
    const words = displayClean(surface).split(' ');
    if (words.length === 0 || words[0] === '') continue;
    const first = words[0][0];
    if (!CONJUNCTIONS.has(first) && !PREPOSITIONS.has(first)) ev.add(searchKey(words.join(' ')));
    else if (PREPOSITIONS.has(first) && words[0][1] === 'و' && words[0].length >= 4) afterPreposition.add(searchKey(words[0].slice(1)));
    firstWords.add(searchKey(words[0]));
    for (let i = 1; i < words.length; i++) ev.add(searchKey(words.slice(i).join(' ')));
    for (let i = 1; i < words.length; i++) ev.add(searchKey(words[i]));
  }
  for (const w of afterPreposition) if (firstWords.has(w)) ev.add(WAW_NAME + w);
  return ev;
}

function curatedFor(entry: GazetteerEntry | undefined, label: EntityType, preferred?: string): Mention['curated'] {
  if (!entry || entry.names.length === 0) return null;
  const n = (preferred && entry.names.find((x) => x.canonical === preferred)) || entry.names.find((x) => x.type === label) || entry.names[0];
  return { canonical: n.canonical, type: n.type, latin: n.latin };
}

let placeHeads: Set<string> | undefined;
let orgHeads: Set<string> | undefined;
function heads(): { place: Set<string>; org: Set<string> } {
  placeHeads ??= new Set(loadLangList('place-heads.txt').map(searchKey));
  orgHeads ??= new Set(loadLangList('org-heads.txt').map(searchKey));
  return { place: placeHeads, org: orgHeads };
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // the earlier mention stays the root
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

function isType(label: string): label is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(label);
}

/**
 * Merges NER mentions into entities. `mentions` are spans with label PER/ORG/LOC/MISC (others are
 * ignored); the result is ordered by first mention, ids e1, e2, ...
 */
export function mergeEntities(text: string, mentions: readonly Span[], gazetteer: Gazetteer = loadGazetteer()): EntityRecord[] {
  // unique spans with an entity label, in text order
  const seen = new Set<string>();
  const isFirstName = (w: string): boolean => (gazetteer.lookup(w)?.roles ?? []).includes('first');
  const isNationality = (word: string) => gazetteer.nationality(gazetteerKey(word)) !== undefined;
  const spans = extendFamilyNisba(text, splitJuxtaposedPeople(text, mentions, searchKey, isFirstName), (word) => isFirstName(searchKey(word)), isNationality)
    .filter((s) => isType(s.label) && s.end > s.start)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((s) => {
      const k = s.start + ':' + s.end;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  const ctx: Context = { gaz: gazetteer, evidence: documentEvidence(text, spans) };
  const homonym = placeChooser(text);

  const ms: Mention[] = [];
  const readingCache = new Map<string, { clean: string; cut: number }>();
  for (const s of spans) {
    // a name inside a hashtag spans its underscores (#جميلة_بوحيرد), a name may take a hashtag for its
    // last word (دونالد #ترمب): read them as spaces
    const surface = text.slice(s.start, s.end).replace(/[_#]/g, ' ');
    const rk = s.label + surface;
    let reading = readingCache.get(rk);
    if (!reading) readingCache.set(rk, (reading = chooseReading(surface, s.label as EntityType, ctx)));
    const { clean, cut } = reading;
    if (clean === '') continue;
    const key = searchKey(clean);
    const gaz = gazetteer.lookup(key);
    const label = s.label as EntityType;
    const curated = curatedFor(gaz, label, homonym(key));
    const words = key.split(' ');
    ms.push({
      start: s.start + cut,
      end: s.end,
      label,
      clean,
      key,
      words,
      compact: compactKey(key),
      curated,
      gaz,
      canonicalCompact: curated ? compactKey(searchKey(curated.canonical)) : null,
      tailCompact: words.length > 1 ? compactKey(words.slice(1).join(' ')) : null,
      order: ms.length,
    });
  }
  const n = ms.length;
  if (n === 0) return [];
  const uf = new UnionFind(n);

  // full person names and their word suffixes, for short forms (step 3)
  // (a first name too, "ديمة" for "ديمة نشاوي", when the document gives it to one full name only)
  const full: { i: number; suffixes: string[] }[] = [];
  const fullByFirst = new Map<string, Set<string>>();
  // a name of two words or more that opens with a first name is a full name of its own, not a short
  // form: in "هدى جمال عبد الناصر" the tail "جمال عبد الناصر" is her father
  const opensWithFirstName = (m: Mention): boolean => m.words.length >= 2 && (gazetteer.lookup(m.words[0])?.roles ?? []).includes('first');
  for (let i = 0; i < n; i++) {
    const m = ms[i];
    // (a curated place or organisation of several words has no short forms; a curated person has: ترامب)
    if (m.label !== 'PER' || m.words.length < 2 || (m.curated !== null && m.curated.type !== 'PER')) continue;
    const suffixes: string[] = [];
    for (let k = 1; k < m.words.length; k++) suffixes.push(compactKey(m.words.slice(m.words.length - k).join(' ')));
    // (a listed person whose name opens with no first name opens with the family name: مون جاي إن -> مون)
    if (m.words.length === 2 || (m.curated !== null && !opensWithFirstName(m))) {
      const first = compactKey(m.words[0]);
      if (!fullByFirst.has(first)) fullByFirst.set(first, new Set());
      fullByFirst.get(first)!.add(m.compact);
      suffixes.push(first);
    }
    full.push({ i, suffixes });
  }
  const suffixSet = new Set(full.flatMap((f) => f.suffixes));
  const isShortForm = (m: Mention): boolean =>
    !m.curated && suffixSet.has(m.compact) && (fullByFirst.get(m.compact)?.size ?? 1) === 1 && (m.label === 'PER' || (m.gaz !== undefined && m.gaz.types[0] === 'PER')) && !opensWithFirstName(m);

  // 1. same curated canonical (aliases), or same spacing-free form; short forms wait for step 3
  //    (two people may share a surname)
  const byKey = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const m = ms[i];
    if (isShortForm(m)) continue;
    const k = m.canonicalCompact !== null ? 'c:' + m.canonicalCompact : 'k:' + m.compact;
    const j = byKey.get(k);
    if (j === undefined) byKey.set(k, i);
    else uf.union(j, i);
    // a curated canonical also absorbs the bare forms spelled like it
    if (m.canonicalCompact !== null) {
      const k2 = 'k:' + m.canonicalCompact;
      const j2 = byKey.get(k2);
      if (j2 !== undefined) uf.union(j2, i);
    }
  }
  for (let i = 0; i < n; i++) {
    const j = byKey.get('k:' + ms[i].compact);
    const c = byKey.get('c:' + ms[i].compact);
    if (j !== undefined && c !== undefined) uf.union(j, c);
  }

  // 1b. a person's first name written once with a long vowel more or less (إدوار فيليب ... ادور
  //     فيليب): the same person, unless both spellings are first names of their own (محمد / محمود)
  const byTail = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const m = ms[i];
    if (m.label !== 'PER' || m.words.length < 2) continue;
    const same = byTail.get(m.tailCompact!);
    if (same) same.push(i);
    else byTail.set(m.tailCompact!, [i]);
  }
  for (const same of byTail.values()) {
    for (let a = 0; a < same.length; a++) {
      for (let b = a + 1; b < same.length; b++) {
        // (two listed names are two people: the lists spell each one's variants)
        if (ms[same[a]].curated !== null && ms[same[b]].curated !== null) continue;
        const x = ms[same[a]].words[0];
        const y = ms[same[b]].words[0];
        if (x !== y && oneLongVowelApart(x, y) && !(isFirstName(x) && isFirstName(y))) uf.union(same[a], same[b]);
      }
    }
  }

  // 2. a head noun + a name seen alone (مدينة الموصل ~ الموصل, تنظيم X ~ X)
  const { place, org } = heads();
  for (let i = 0; i < n; i++) {
    const m = ms[i];
    if (m.words.length < 2 || !(place.has(m.words[0]) || org.has(m.words[0]))) continue;
    const j = byKey.get('k:' + m.tailCompact);
    if (j !== undefined && !ms[j].curated && ms[j].label === m.label) uf.union(j, i);
  }

  // 3. a person's surname or short form -> the full name (nearest preceding, else first following)
  if (full.length > 0) {
    for (let i = 0; i < n; i++) {
      const m = ms[i];
      if (!isShortForm(m)) continue;
      // when one candidate is the tail of another (جمال عبد الناصر of هدى جمال عبد الناصر), the
      // short form names the shorter: the father, not the daughter named after him
      const candidates = full.filter((f) => f.i !== i && f.suffixes.includes(m.compact));
      const kept = candidates.filter((f) => !candidates.some((g) => g !== f && f.suffixes.includes(ms[g.i].compact)));
      let target = -1;
      for (const f of kept) {
        if (ms[f.i].start <= m.start) target = f.i; // nearest preceding wins (full is in text order)
        else {
          if (target < 0) target = f.i;
          break;
        }
      }
      if (target >= 0) uf.union(target, i);
    }
  }

  // groups in order of first mention
  const groups = new Map<number, Mention[]>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(ms[i]);
  }
  const ordered = [...groups.values()].sort((a, b) => a[0].start - b[0].start);
  return ordered.map((g, idx) => entityOf(text, g, idx + 1, gazetteer, place));
}

function entityOf(text: string, g: Mention[], index: number, gazetteer: Gazetteer, placeHeadSet: Set<string>): EntityRecord {
  // type: majority vote, ties broken by the gazetteer, then by the first mention
  const votes = new Map<EntityType, number>();
  for (const m of g) votes.set(m.label, (votes.get(m.label) ?? 0) + 1);
  const top = Math.max(...votes.values());
  const tied = [...votes].filter(([, v]) => v === top).map(([t]) => t);
  let type: EntityType = tied[0];
  if (tied.length > 1) {
    const gazTypes: string[] = [];
    for (const m of g) {
      if (m.curated) gazTypes.push(m.curated.type);
      if (m.gaz) gazTypes.push(...m.gaz.types);
    }
    type = (gazTypes.find((t) => tied.includes(t as EntityType)) as EntityType | undefined) ?? g.find((m) => tied.includes(m.label))!.label;
  }

  // canonical: the curated canonical (the one of the entity's type first), else the longest form's
  // most frequent clean spelling (a place head dropped when the bare name is also used)
  let name: string;
  let latin: string | null = null;
  const curated = g.filter((m) => m.curated).map((m) => m.curated!);
  if (curated.length > 0) {
    const counts = new Map<string, { n: number; latin: string | null; typed: boolean }>();
    for (const c of curated) {
      const e = counts.get(c.canonical) ?? { n: 0, latin: c.latin, typed: false };
      e.n++;
      e.typed ||= c.type === type;
      counts.set(c.canonical, e);
    }
    const best = [...counts].sort((a, b) => Number(b[1].typed) - Number(a[1].typed) || b[1].n - a[1].n)[0];
    name = best[0];
    latin = best[1].latin;
  } else {
    const hasBareAndHead = (m: Mention): boolean => m.words.length > 1 && placeHeadSet.has(m.words[0]) && g.some((o) => o.compact === m.tailCompact);
    const candidates = g.filter((m) => !hasBareAndHead(m));
    const pool = candidates.length > 0 ? candidates : g;
    const longest = pool.reduce((a, b) => (b.words.length > a.words.length || (b.words.length === a.words.length && b.compact.length > a.compact.length) ? b : a));
    const spellings = new Map<string, number>();
    for (const m of pool) if (m.compact === longest.compact) spellings.set(m.clean, (spellings.get(m.clean) ?? 0) + 1);
    name = [...spellings].sort((a, b) => b[1] - a[1])[0][0];
    const entry = gazetteer.lookup(searchKey(name));
    latin = entry?.latin ?? null;
  }
  if (!latin) latin = cachedTransliteration(name);

  const mentions = g
    .map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }))
    .sort((a, b) => a.start - b.start);
  return { id: 'e' + index, type, name, latin, mentions };
}

export const entitiesAnnotator: Annotator = {
  name: 'entities',
  requires: ['tokens', 'ner'],
  adds: ['entities'],
  annotate(doc) {
    const records = mergeEntities(doc.text, doc.layer('ner'));
    const spans: Span[] = [];
    for (const r of records) {
      for (const m of r.mentions) {
        spans.push({ start: m.start, end: m.end, label: r.type, source: 'entities', attrs: { entity: r.id, name: r.name, latin: r.latin } });
      }
    }
    doc.setLayer('entities', spans);
  },
};

