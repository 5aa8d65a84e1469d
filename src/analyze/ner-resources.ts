import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { langPath } from '../lang/ar/index.js';
import { normalize, SEARCH_NORMALIZATION } from '../text/index.js';
import type { GazetteerLike, NerResources } from './ner-features.js';
import { NameLikeness } from './name-likeness.js';
import { loadClusters, defaultClustersPath } from '../text/clusters.js';

/** models/ files the NER features read; the same at training and at tagging time. */
export const NER_MODEL_PATH = process.env.RASID_NER_MODEL ?? join(PACKAGE_ROOT, 'models', 'ner-ar.bin');
const GAZETTEER_PATH = join(PACKAGE_ROOT, 'models', 'ar-gazetteer.tsv');
const LEXICON_PATH = join(PACKAGE_ROOT, 'models', 'ar-lexicon.tsv');

function dataLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l !== '' && !l.startsWith('#'));
}

const norm = (s: string) => normalize(s, SEARCH_NORMALIZATION).replace(/\s+/g, ' ').trim().toLowerCase();

function loadGazetteer(): Map<string, string[]> | null {
  if (!existsSync(GAZETTEER_PATH)) return null;
  const table = new Map<string, string[]>();
  for (const line of dataLines(GAZETTEER_PATH)) {
    const [name, types] = line.split('\t');
    if (!name || !types || name === 'norm') continue;
    table.set(name, types.split('|').sort());
  }
  return table;
}

function asGazetteer(table: Map<string, string[]>): GazetteerLike {
  let maxWords = 1;
  const firstWords = new Set<string>();
  for (const name of table.keys()) {
    const words = name.split(' ');
    maxWords = Math.max(maxWords, words.length);
    if (words.length > 1) firstWords.add(words[0]);
  }
  return { types: (n) => table.get(n), maxWords: Math.min(maxWords, 6), startsName: (w) => firstWords.has(w) };
}

/** Ordinary words: frequent in news and never a name in the gazetteer. */
const ORDINARY_WORD_MIN_COUNT = 30;

function trainFromGazetteer(gazetteer: Map<string, string[]>): NameLikeness | null {
  if (!existsSync(LEXICON_PATH)) return null;
  const examples: [string, 'PER' | 'LOC' | 'ORG' | 'WORD'][] = [];
  const nameWords = new Set<string>();
  for (const [name, types] of gazetteer) {
    const type = types[0] as 'PER' | 'LOC' | 'ORG';
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
let gazetteerTable: Map<string, string[]> | null = null;

/** Learns the name-likeness model from the shipped name lists and lexicon (at training time). */
export function trainNameLikeness(): NameLikeness | null {
  nerResources();
  return gazetteerTable ? trainFromGazetteer(gazetteerTable) : null;
}

export function nerResources(): NerResources {
  if (!shared) {
    const table = loadGazetteer();
    shared = {
      clusters: existsSync(defaultClustersPath()) ? loadClusters() : null,
      gazetteer: table ? asGazetteer(table) : null,
      triggers: loadTriggers(),
      nameLikeness: null, // stored in the model file: see trainNameLikeness
    };
    gazetteerTable = table;
  }
  return shared;
}
