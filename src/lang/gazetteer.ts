import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { StringTable } from '../string-table.js';
import { langPath } from './ar/index.js';
import { normalizeSpaced, SEARCH_NORMALIZATION } from '../text/normalize.js';

/**
 * Typed name gazetteer: models/ar-gazetteer.tsv (built by scripts/build-gazetteer.ts from ANETAC,
 * the Arabic first/last-name lists and the curated files) merged with the curated files in
 * src/lang/ar/ (countries, cities, regions, organizations, media), which also give canonical names
 * and aliases. Keys are `gazetteerKey(name)`: SEARCH_NORMALIZATION with single spaces, so
 * hamza/alef/ya/ta-marbuta variants meet (سورية = سوريه, إيران = ايران).
 */

export type GazetteerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A curated name: one surface form of an entity with its canonical name (aliases share it). */
export interface CuratedName {
  name: string;
  canonical: string;
  type: GazetteerType;
  latin: string | null;
  /** Which file it came from, e.g. "countries". */
  source: string;
  /** A listed person's gender (people.tsv), else absent. */
  gender?: 'm' | 'f' | null;
}

export interface GazetteerEntry {
  /** Most frequent first. */
  types: string[];
  latin: string | null;
  gender: 'm' | 'f' | null;
  /** 'first' and/or 'last' when the name lists give the role of a person-name part. */
  roles: string[];
  /** Curated canonical names for this form (empty for model-only entries). */
  names: { type: GazetteerType; canonical: string; latin: string | null; gender?: 'm' | 'f' | null }[];
  /**
   * The types the NER model's features see: as `types`, but without the people list (people.tsv),
   * which the model was not trained with: it completes and names people at tagging time only.
   */
  featureTypes: string[];
}

export interface Nationality {
  /** Canonical country name, e.g. سوريا for السوريين. */
  country: string;
  latin: string | null;
}

export interface Gazetteer {
  lookup(norm: string): GazetteerEntry | undefined;
  /** A demonym adjective form (سوري, السورية, السوريين) -> its country; not an entity type. */
  nationality(norm: string): Nationality | undefined;
  /** Longest entry in words, for multi-word matching. */
  readonly maxWords: number;
  readonly size: number;
  /** Whether an entry of two words or more starts with this word (lets matching skip most words). */
  startsName(word: string): boolean;
  /** Whether an entry of two words or more starts with these two words ("عبد الله"): skips the rest. */
  opensName(twoWords: string): boolean;
  /** The same over the entries the NER features see (with `featureTypes`): none of the people list's. */
  readonly features: { maxWords: number; startsName(word: string): boolean; opensName(twoWords: string): boolean };
  entries(): IterableIterator<[string, GazetteerEntry]>;
}


/** The key of a name: SEARCH_NORMALIZATION, single spaces, trimmed. */
export function gazetteerKey(name: string): string {
  return normalizeSpaced(name, SEARCH_NORMALIZATION);
}

export function gazetteerPath(): string {
  return join(PACKAGE_ROOT, 'models', 'ar-gazetteer.tsv');
}

/** Data rows of a TSV file in src/lang/ar: comments (#) and the header line skipped. */
function tsvRows(file: string): string[][] {
  const rows: string[][] = [];
  let header = true;
  for (const raw of readFileSync(langPath(file), 'utf8').split(/\r?\n/)) {
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    rows.push(raw.split('\t').map((c) => c.trim()));
  }
  return rows;
}

const PLACE_FILES = ['countries', 'cities', 'regions'] as const;
/** Curated people: names for tagging-time completion, canonical names and Latin, not model features. */
const PEOPLE_FILE = 'people';
const NAME_FILES = ['organizations', 'media', 'events', PEOPLE_FILE] as const;

let curatedCache: CuratedName[] | undefined;

/** Every curated surface form from src/lang/ar/*.tsv, in file order (countries first). */
export function loadCuratedNames(): CuratedName[] {
  if (curatedCache) return curatedCache;
  const out: CuratedName[] = [];
  for (const source of PLACE_FILES) {
    // canonical, latin, variants (|), [demonyms]
    for (const [canonical, latin, variants = ''] of tsvRows(source + '.tsv')) {
      if (!canonical) continue;
      const names = [canonical, ...variants.split('|').map((v) => v.trim()).filter(Boolean)];
      for (const name of names) out.push({ name, canonical, type: 'LOC', latin: latin || null, source });
    }
  }
  for (const source of NAME_FILES) {
    // name, canonical, type, latin[, gender]
    for (const [name, canonical, type, latin, gender] of tsvRows(source + '.tsv')) {
      if (!name) continue;
      out.push({ name, canonical: canonical || name, type: (type || 'ORG') as GazetteerType, latin: latin || null, source, gender: parseGender(gender) });
    }
  }
  curatedCache = out;
  return out;
}

/** The gender the people list (people.tsv) gives a person by one of the person's names, or null. */
export function listedPersonGender(name: string): 'm' | 'f' | null {
  return loadGazetteer().lookup(gazetteerKey(name))?.names.find((n) => n.type === 'PER' && n.gender)?.gender ?? null;
}

/** Inflected forms of a masculine nisba adjective: سوري -> سوري السوري سورية السورية سوريون ... */
export function demonymForms(base: string): string[] {
  const forms: string[] = [];
  const words = base.split(' ');
  const endings = ['', 'ة', 'ون', 'ين', 'ات'];
  for (const e of endings) {
    const plain = words.map((w) => w + e).join(' ');
    const definite = words.map((w) => 'ال' + w + e).join(' ');
    forms.push(plain, definite);
  }
  return forms;
}

let nationalityCache: Map<string, Nationality> | undefined;

function nationalities(countryKeys: Set<string>): Map<string, Nationality> {
  if (nationalityCache) return nationalityCache;
  const map = new Map<string, Nationality>();
  for (const [canonical, latin, , demonyms = ''] of tsvRows('countries.tsv')) {
    for (const base of demonyms.split('|').map((d) => d.trim()).filter(Boolean)) {
      for (const form of demonymForms(base)) {
        const key = gazetteerKey(form);
        // سورية is the country as well as the feminine adjective: the country wins
        if (!countryKeys.has(key) && !map.has(key)) map.set(key, { country: canonical, latin: latin || null });
      }
    }
  }
  nationalityCache = map;
  return map;
}

type MutableEntry = GazetteerEntry;

function parseGender(g: string | undefined): 'm' | 'f' | null {
  return g === 'm' || g === 'f' ? g : null;
}

/**
 * Builds a gazetteer from the text of a models/ar-gazetteer.tsv file (or null) and curated names.
 * Exposed for tests; `loadGazetteer()` is the shared, lazily loaded instance.
 */
/** The curated names of an entry the curated lists do not have (shared by all such entries). */
const NO_NAMES: GazetteerEntry['names'] = Object.freeze([]) as unknown as GazetteerEntry['names'];

export function buildGazetteer(modelText: string | null, curated: readonly CuratedName[]): Gazetteer {
  const map = new Map<string, MutableEntry>();
  let maxWords = 1;
  const words = (k: string): number => {
    let n = 1;
    for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) === 32) n++;
    return n;
  };
  // the name lists' 90 k entries have a handful of distinct type and role lists: each is shared
  // (frozen), not split anew per entry, which saved 10 MB of the tagging process's heap
  const lists = new Map<string, string[]>();
  const shared = (joined: string | undefined): string[] => {
    const key = joined ?? '';
    let list = lists.get(key);
    if (!list) lists.set(key, (list = Object.freeze(key ? key.split('|') : []) as string[]));
    return list;
  };
  if (modelText) {
    for (const line of modelText.split('\n')) {
      if (line === '' || line.charCodeAt(0) === 0x23) continue;
      const [norm, types, latin, gender, roles] = line.split('\t');
      if (!norm || norm === 'norm') continue;
      const counted = shared(types);
      map.set(norm, {
        types: counted,
        latin: latin || null,
        gender: parseGender(gender),
        roles: shared(roles),
        names: NO_NAMES,
        featureTypes: counted,
      });
      const w = words(norm);
      if (w > maxWords) maxWords = w;
    }
  }
  const countryKeys = new Set<string>();
  // the curated types each entry's features see (every file but the people list)
  const featureCurated = new Map<MutableEntry, Set<GazetteerType>>();
  // entries only the people list has: the features do not see them at all
  const peopleOnly = new Set<MutableEntry>();
  for (const c of curated) {
    const key = gazetteerKey(c.name);
    if (!key) continue;
    if (c.source === 'countries') countryKeys.add(key);
    let e = map.get(key);
    if (!e) {
      e = { types: [], latin: null, gender: null, roles: [], names: [], featureTypes: [] };
      map.set(key, e);
      if (c.source === PEOPLE_FILE) peopleOnly.add(e);
    }
    if (c.source !== PEOPLE_FILE) peopleOnly.delete(e);
    if (!e.names.some((n) => n.type === c.type && n.canonical === c.canonical)) {
      if (e.names === NO_NAMES) e.names = [];
      e.names.push({ type: c.type, canonical: c.canonical, latin: c.latin, gender: c.gender ?? null });
    }
    if (c.source !== PEOPLE_FILE) {
      let set = featureCurated.get(e);
      if (!set) featureCurated.set(e, (set = new Set()));
      set.add(c.type);
    }
    const w = words(key);
    if (w > maxWords) maxWords = w;
  }
  // curated types go first (checked by hand; earlier files win), then the model's counted types
  for (const e of map.values()) {
    if (e.names.length === 0) continue;
    const counted = e.types;
    const curatedTypes = [...new Set(e.names.map((n) => n.type))];
    e.types = [...curatedTypes, ...counted.filter((t) => !curatedTypes.includes(t as GazetteerType))];
    const seen = [...(featureCurated.get(e) ?? [])];
    const same = seen.length === curatedTypes.length && seen.every((t, i) => t === curatedTypes[i]);
    e.featureTypes = same ? e.types : [...seen, ...counted.filter((t) => !seen.includes(t as GazetteerType))];
    e.latin = e.names[0].latin ?? e.latin;
  }
  const nat = nationalities(countryKeys);
  const firstWords = new Set<string>();
  const firstTwo = new Set<string>();
  // (the features' openings leave out names only the people list has: they never match as features)
  const featureFirstWords = new Set<string>();
  const featureFirstTwo = new Set<string>();
  let featureMaxWords = 1;
  for (const [key, e] of map) {
    const space = key.indexOf(' ');
    if (space < 0) continue;
    const second = key.indexOf(' ', space + 1);
    const two = second < 0 ? key : key.slice(0, second);
    firstWords.add(key.slice(0, space));
    firstTwo.add(two);
    if (peopleOnly.has(e)) continue;
    featureFirstWords.add(key.slice(0, space));
    featureFirstTwo.add(two);
    featureMaxWords = Math.max(featureMaxWords, words(key));
  }
  // (looked up for most tokens: a StringTable finds a key faster than the Map it was built in)
  const table = new StringTable<GazetteerEntry>(map.size);
  for (const [key, e] of map) table.set(key, e);
  return {
    lookup: (norm) => table.get(norm),
    nationality: (norm) => nat.get(norm),
    maxWords,
    size: map.size,
    startsName: (word) => firstWords.has(word),
    opensName: (twoWords) => firstTwo.has(twoWords),
    features: { maxWords: featureMaxWords, startsName: (word) => featureFirstWords.has(word), opensName: (twoWords) => featureFirstTwo.has(twoWords) },
    entries: () => map.entries(),
  };
}

let shared: Gazetteer | undefined;

/** The package gazetteer, loaded on first use. Works without the model file (curated names only). */
export function loadGazetteer(): Gazetteer {
  if (!shared) {
    const path = gazetteerPath();
    shared = buildGazetteer(existsSync(path) ? readFileSync(path, 'utf8') : null, loadCuratedNames());
  }
  return shared;
}

/** A place name two places share (عمان: Oman, Amman), and the words of a document that choose the second. */
export interface PlaceHomonym {
  /** the other place's canonical name, as in the curated lists */
  canonical: string;
  /** keys of words that choose it, and of words that keep the first */
  cues: Set<string>;
  vetoes: Set<string>;
}

let homonymCache: Map<string, PlaceHomonym> | undefined;

/** src/lang/ar/place-homonyms.tsv by the name's key. */
function placeHomonyms(): Map<string, PlaceHomonym> {
  if (homonymCache) return homonymCache;
  const words = (cell: string | undefined) => new Set((cell ?? '').split('|').map((w) => gazetteerKey(w)).filter(Boolean));
  homonymCache = new Map();
  for (const [name, canonical, cues, vetoes] of tsvRows('place-homonyms.tsv')) {
    if (name && canonical) homonymCache.set(gazetteerKey(name), { canonical, cues: words(cues), vetoes: words(vetoes) });
  }
  return homonymCache;
}

/**
 * Which of two places sharing a name a document means: given the name's key, the other place's
 * canonical name when the document has one of its cue words and none of the vetoes, else
 * undefined (the first place). Words are compared by key, also after a leading و/ف and ب/ل
 * (للأردن = ل + الأردن); the document's words are read once, at the first shared name.
 */
export function placeChooser(text: string): (key: string) => string | undefined {
  const table = placeHomonyms();
  let words: Set<string> | null = null;
  const chosen = new Map<string, string | undefined>();
  return (key) => {
    const h = table.get(key);
    if (!h) return undefined;
    if (chosen.has(key)) return chosen.get(key);
    if (!words) {
      words = new Set<string>();
      for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
        let w = gazetteerKey(m[0]);
        words.add(w);
        if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف')) words.add((w = w.slice(1)));
        if (w.startsWith('لل') && w.length > 3) words.add('ال' + w.slice(2));
        else if (w.length > 3 && (w[0] === 'ب' || w[0] === 'ل')) words.add(w.slice(1));
      }
    }
    const has = (set: Set<string>) => [...set].some((w) => words!.has(w));
    const pick = has(h.cues) && !has(h.vetoes) ? h.canonical : undefined;
    chosen.set(key, pick);
    return pick;
  };
}
