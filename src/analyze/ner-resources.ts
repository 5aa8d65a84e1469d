import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { langPath } from '../lang/ar/index.js';
import { normalize, SEARCH_NORMALIZATION } from '../text/index.js';
import type { GazetteerLike, NerResources } from './ner-features.js';

/** models/ files the NER features read; the same at training and at tagging time. */
export const NER_MODEL_PATH = join(PACKAGE_ROOT, 'models', 'ner-ar.bin');
const CLUSTERS_PATH = join(PACKAGE_ROOT, 'models', 'ar-clusters.tsv');
const GAZETTEER_PATH = join(PACKAGE_ROOT, 'models', 'ar-gazetteer.tsv');

function dataLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function loadClusters(): Map<string, string[]> | null {
  if (!existsSync(CLUSTERS_PATH)) return null;
  const map = new Map<string, string[]>();
  for (const line of dataLines(CLUSTERS_PATH)) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1).split('/'));
  }
  return map;
}

const norm = (s: string) => normalize(s, SEARCH_NORMALIZATION).replace(/\s+/g, ' ').trim().toLowerCase();

function loadGazetteer(): GazetteerLike | null {
  if (!existsSync(GAZETTEER_PATH)) return null;
  const table = new Map<string, string[]>();
  let maxWords = 1;
  for (const line of dataLines(GAZETTEER_PATH)) {
    const [name, types] = line.split('\t');
    if (!name || !types || name === 'norm') continue;
    table.set(name, types.split('|').sort());
    maxWords = Math.max(maxWords, name.split(' ').length);
  }
  return { types: (n) => table.get(n), maxWords: Math.min(maxWords, 6) };
}

/** Trigger lists (titles, organisation heads, place heads, person cues) keyed without ال. */
function loadTriggers(): Map<string, string[]> {
  const triggers = new Map<string, string[]>();
  const lists: [string, string][] = [
    ['titles.txt', 'TITLE'],
    ['org-heads.txt', 'ORGHEAD'],
    ['place-heads.txt', 'PLACEHEAD'],
    ['person-cues.txt', 'PERCUE'],
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

export function nerResources(): NerResources {
  shared ??= { clusters: loadClusters(), gazetteer: loadGazetteer(), triggers: loadTriggers() };
  return shared;
}
