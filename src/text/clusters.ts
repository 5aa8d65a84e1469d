import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { StringTable } from '../string-table.js';

/**
 * Distributional word clusters (models/ar-clusters.tsv, built by scripts/build-clusters.ts) for NER
 * features. Keys are `token.norm` forms (SEARCH_NORMALIZATION); numbers are `<num>`. Each word maps
 * to its cluster path, coarse level first, e.g. ['14', '226', '1809']. Ids are unique within a level
 * across the whole file, so any single level (or prefix) is a feature on its own.
 */

/** Where the shipped cluster file lives. */
export function defaultClustersPath(): string {
  return join(PACKAGE_ROOT, 'models', 'ar-clusters.tsv');
}

const cache = new Map<string, StringTable<string[]>>();

/** Parses a cluster file's text: '#' lines are comments; other lines are `word<TAB>a/b/c`. */
export function parseClusters(text: string): StringTable<string[]> {
  const out = new StringTable<string[]>();
  // words of one leaf share one (frozen) path array: a few thousand arrays instead of 100k
  const paths = new Map<string, string[]>();
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    if (end > pos && text.charCodeAt(pos) !== 0x23 /* # */) {
      const line = text.charCodeAt(end - 1) === 0x0d ? text.slice(pos, end - 1) : text.slice(pos, end);
      const tab = line.indexOf('\t');
      if (tab > 0) {
        const p = line.slice(tab + 1);
        let levels = paths.get(p);
        if (!levels) {
          levels = Object.freeze(p.split('/')) as string[];
          paths.set(p, levels);
        }
        out.set(line.slice(0, tab), levels);
      }
    }
    pos = end + 1;
  }
  return out;
}

/**
 * Word -> cluster path levels (coarse first). Reads the file on the first call for a given path and
 * returns the same map afterwards. The map and its path arrays are shared: do not mutate them (the
 * arrays are frozen).
 */
export function loadClusters(path: string = defaultClustersPath()): StringTable<string[]> {
  const key = resolve(path);
  let m = cache.get(key);
  if (!m) {
    m = parseClusters(readFileSync(key, 'utf8'));
    cache.set(key, m);
  }
  return m;
}
