import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { langPath } from '../lang/ar/index.js';
import { normalize, SEARCH_NORMALIZATION } from '../text/index.js';
import type { GazetteerLike, NerResources } from './ner-features.js';
import { NameLikeness } from './name-likeness.js';
import { loadGazetteer, type Gazetteer } from '../lang/gazetteer.js';
import { loadClusters, defaultClustersPath } from '../text/clusters.js';

/** models/ files the NER features read; the same at training and at tagging time. */
export const NER_MODEL_PATH = process.env.RASID_NER_MODEL ?? join(PACKAGE_ROOT, 'models', 'ner-ar.bin');
const LEXICON_PATH = join(PACKAGE_ROOT, 'models', 'ar-lexicon.tsv');

function dataLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l !== '' && !l.startsWith('#'));
}

const norm = (s: string) => normalize(s, SEARCH_NORMALIZATION).replace(/\s+/g, ' ').trim().toLowerCase();

/** The package gazetteer (name lists + curated names) as the features see it: types by key. */
function gazetteerFeatures(gazetteer: Gazetteer): GazetteerLike {
  return {
    types: (n) => {
      const e = gazetteer.lookup(n);
      return e && e.featureTypes.length ? e.featureTypes : undefined;
    },
    maxWords: Math.min(gazetteer.features.maxWords, 6),
    startsName: gazetteer.features.startsName,
    opensName: gazetteer.features.opensName,
  };
}

/** Ordinary words: frequent in news and never a name in the gazetteer. */
const ORDINARY_WORD_MIN_COUNT = 30;

function trainFromGazetteer(gazetteer: Gazetteer): NameLikeness | null {
  if (!existsSync(LEXICON_PATH)) return null;
  const examples: [string, 'PER' | 'LOC' | 'ORG' | 'WORD'][] = [];
  const nameWords = new Set<string>();
  for (const [name, entry] of gazetteer.entries()) {
    const type = entry.featureTypes[0] as 'PER' | 'LOC' | 'ORG' | 'MISC' | undefined;
    if (type !== 'PER' && type !== 'LOC' && type !== 'ORG') continue;
    for (const w of name.split(' ')) {
      nameWords.add(w);
      if (w.length >= 2) examples.push([w, type]);
    }
  }
  for (const line of dataLines(LEXICON_PATH)) {
    const tab = line.indexOf('\t');
    if (Number(line.slice(tab + 1)) < ORDINARY_WORD_MIN_COUNT) break; // most frequent first
    const w = norm(line.slice(0, tab));
    if (!nameWords.has(w)) examples.push([w, 'WORD']);
  }
  return NameLikeness.train(examples);
}

/** Trigger lists (titles, organisation, place and event heads, person cues) keyed without ال. */
function loadTriggers(): Map<string, string[]> {
  const triggers = new Map<string, string[]>();
  const lists: [string, string][] = [
    ['titles.txt', 'TITLE'],
    ['org-heads.txt', 'ORGHEAD'],
    ['place-heads.txt', 'PLACEHEAD'],
    ['person-cues.txt', 'PERCUE'],
    ['misc-heads.txt', 'MISCHEAD'],
  ];
  for (const [file, label] of lists) {
    const path = langPath(file);
    if (!existsSync(path)) continue;
    for (const raw of dataLines(path)) {
      const entry = norm(raw.split('\t')[0]);
      if (!entry || entry.includes(' ')) continue;
      for (const key of [entry, entry.startsWith('ال') ? entry.slice(2) : entry]) {
        const have = triggers.get(key) ?? [];
        if (!have.includes(label)) triggers.set(key, [...have, label]);
      }
    }
  }
  return triggers;
}

let shared: NerResources | undefined;
/** Learns the name-likeness model from the shipped name lists and lexicon (at training time). */
export function trainNameLikeness(): NameLikeness | null {
  return trainFromGazetteer(loadGazetteer());
}

export function nerResources(): NerResources {
  shared ??= {
    clusters: existsSync(defaultClustersPath()) ? loadClusters() : null,
    gazetteer: gazetteerFeatures(loadGazetteer()),
    triggers: loadTriggers(),
    nameLikeness: null, // stored in the model file: see trainNameLikeness
  };
  return shared;
}
