import { readFileSync } from 'node:fs';

export interface TaggedSentence {
  words: string[];
  tags: string[];
}

/** The data's PERS is our PER. */
export function normalizeTag(tag: string): string {
  return tag.replace(/-PERS$/, '-PER');
}

/** CoNLL-style file: token first, tag last, blank line between sentences. */
export function readConll(path: string, tagColumn: 'last' | number = 'last'): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let cur: TaggedSentence = { words: [], tags: [] };
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[\u200E\u200F]/g, '');
    if (line.trim() === '') {
      if (cur.words.length) sentences.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    const cols = line.split(/[\t ]+/).filter(Boolean);
    if (cols.length < 2) continue;
    cur.words.push(cols[0]);
    cur.tags.push(normalizeTag(tagColumn === 'last' ? cols[cols.length - 1] : cols[tagColumn]));
  }
  if (cur.words.length) sentences.push(cur);
  return sentences;
}

export { chunks } from '../../src/analyze/bio.js';
import { chunks } from '../../src/analyze/bio.js';

export interface Scores {
  byType: Map<string, { tp: number; fp: number; fn: number }>;
  micro: { p: number; r: number; f: number; tp: number; fp: number; fn: number };
}

/** Exact span-and-type precision, recall and F1, per type and micro-averaged (conlleval). */
export function score(gold: readonly string[][], pred: readonly string[][]): Scores {
  const byType = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string) => {
    let s = byType.get(t);
    if (!s) byType.set(t, (s = { tp: 0, fp: 0, fn: 0 }));
    return s;
  };
  for (let k = 0; k < gold.length; k++) {
    const g = chunks(gold[k]);
    const p = chunks(pred[k]);
    const key = (c: { start: number; end: number; type: string }) => `${c.start}:${c.end}:${c.type}`;
    const gs = new Set(g.map(key));
    const ps = new Set(p.map(key));
    for (const c of p) (gs.has(key(c)) ? get(c.type).tp++ : get(c.type).fp++);
    for (const c of g) if (!ps.has(key(c))) get(c.type).fn++;
  }
  let tp = 0, fp = 0, fn = 0;
  for (const s of byType.values()) {
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { byType, micro: { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn } };
}

export function formatScores(s: Scores, indent = '  '): string {
  const row = (name: string, tp: number, fp: number, fn: number) => {
    const p = tp / Math.max(1, tp + fp);
    const r = tp / Math.max(1, tp + fn);
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `${indent}${name.padEnd(6)} precision ${(100 * p).toFixed(2).padStart(6)}  recall ${(100 * r).toFixed(2).padStart(6)}  F1 ${(100 * f).toFixed(2).padStart(6)}  (gold ${tp + fn}, predicted ${tp + fp})`;
  };
  const lines = [...s.byType.keys()].sort().map((t) => {
    const v = s.byType.get(t)!;
    return row(t, v.tp, v.fp, v.fn);
  });
  lines.push(row('micro', s.micro.tp, s.micro.fp, s.micro.fn));
  return lines.join('\n');
}
