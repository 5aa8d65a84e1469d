/**
 * One NER model's feature ids, arranged for the tagging path (NerFeatures.sentenceScores): a
 * model's index maps feature names to ids, but joining a template and a value into a name and
 * hashing it in a map of 165 k entries, for every feature of every word, is most of what tagging
 * new text costs. So the ids are also kept by value, by word pair, and in small tables.
 */

import { StringTable } from '../string-table.js';
import { IntTable } from '../int-table.js';

const WORD_PAIR = /^b([-+])1=([^|]*)\|([^|]*)$/;

export class ModelFeatureIds {
  /**
   * The model's features by value: value -> where its entry starts in `entries`, which holds
   * [count, template code, id, template code, id ...] for each value (see idOf): one typed array,
   * not an array per value, so a lookup touches one more cache line, not two.
   */
  private readonly byValue = new StringTable<number>();
  private readonly entries: Int32Array;
  private readonly templateCodes = new Map<string, number>();
  private lastValue: string | null = null;
  private lastEntry = -1;
  /** the words of the model's word-pair features ("b-1=" and "b+1="), numbered */
  private readonly pairWords = new StringTable<number>();
  /**
   * word-pair feature ids by side + 2 * (first * pairStride + second), the stride being the number
   * of pair words: the keys then stay small integers (14 k words: under 2^30), which a map hashes
   * and stores without boxing
   */
  private readonly pairIds: IntTable;
  private readonly pairStride: number;
  private readonly few = new Map<string, number>();
  /** ids of features from tiny sets, by a small number: -2 not yet looked up, -1 not in the model */
  private readonly tables: Int32Array[];

  /**
   * `wordTemplates`: the templates looked up by value (a word's own and what it gives its
   * neighbours; a template's name ends at its first '=', or is the whole name: 'b', 'glued').
   * `tableSizes`: one small table per kind of feature `smallId` serves.
   */
  constructor(
    readonly index: ReadonlyMap<string, number>,
    wordTemplates: ReadonlySet<string>,
    tableSizes: readonly number[],
  ) {
    this.tables = tableSizes.map((n) => new Int32Array(n).fill(-2));
    const pairs: number[] = [];
    const byValue = new Map<string, number[]>();
    for (const [f, id] of index) {
      const eq = f.indexOf('=');
      const template = eq < 0 ? f : f.slice(0, eq + 1);
      // pair and context features are not words: only word templates are kept by value
      if (wordTemplates.has(template)) {
        const value = eq < 0 ? '' : f.slice(eq + 1);
        let entry = byValue.get(value);
        if (!entry) byValue.set(value, (entry = []));
        entry.push(this.code(template), id);
      }
      const m = WORD_PAIR.exec(f);
      if (!m) continue;
      pairs.push(m[1] === '-' ? 0 : 1, this.pairWord(m[2], true), this.pairWord(m[3], true), id);
    }
    const entries: number[] = [];
    for (const [value, entry] of byValue) {
      this.byValue.set(value, entries.length);
      entries.push(entry.length / 2, ...entry);
    }
    this.entries = Int32Array.from(entries);
    this.pairStride = this.pairWords.size;
    this.pairIds = new IntTable(pairs.length / 4);
    for (let k = 0; k < pairs.length; k += 4) this.pairIds.set(pairs[k] + 2 * (pairs[k + 1] * this.pairStride + pairs[k + 2]), pairs[k + 3]);
  }

  /**
   * The id of template + value, -1 if the model has none. Looked up by the value alone: no joined
   * string to build and hash, and a word's values (its normalized form feeds five templates) are
   * hashed once.
   */
  idOf(template: string, value: string): number {
    // a word's values come in runs (its normalized form feeds n=, then n-1= n-2= n+1= n+2=)
    let entry = this.lastEntry;
    if (value !== this.lastValue) {
      entry = this.byValue.get(value) ?? -1;
      this.lastValue = value;
      this.lastEntry = entry;
    }
    if (entry < 0) return -1;
    const code = this.code(template);
    const entries = this.entries;
    for (let k = entry + 1, end = entry + 1 + 2 * entries[entry]; k < end; k += 2) if (entries[k] === code) return entries[k + 1];
    return -1;
  }

  /**
   * The id of a feature from a small set (document context, name-list matches: a few hundred
   * names, most tokens have some), -1 if none: a small map that stays in the processor's cache
   * answers for the model's large one.
   */
  fewId(feature: string): number {
    let id = this.few.get(feature);
    if (id === undefined) this.few.set(feature, (id = this.index.get(feature) ?? -1));
    return id;
  }

  /**
   * The id of a feature from a tiny set (shape pairs, cluster triples) by its number `key` in
   * `table`: -1 if the model has none, -2 if not yet known (then `learnSmall` with its name).
   */
  smallId(table: number, key: number): number {
    const ids = this.tables[table];
    return key < ids.length ? ids[key] : -2;
  }

  /** Looks up the feature `name` that `key` stands for in `table`, and keeps its id there when the table has room. */
  learnSmall(table: number, key: number, name: string): number {
    const id = this.index.get(name) ?? -1;
    const ids = this.tables[table];
    if (key < ids.length) ids[key] = id;
    return id;
  }

  /** A normalized word's number among the words of the model's word-pair features (-1: none). */
  pairWord(norm: string, grow = false): number {
    let id = this.pairWords.get(norm);
    if (id === undefined) {
      if (!grow) return -1;
      this.pairWords.set(norm, (id = this.pairWords.size));
    }
    return id;
  }

  /** The id of the word-pair feature of two pair words (see pairWord): 'b-1=' seen from the second word, 'b+1=' from the first. */
  wordPairId(side: '-' | '+', first: number, second: number): number {
    return this.pairIds.get((side === '-' ? 0 : 1) + 2 * (first * this.pairStride + second));
  }

  private code(template: string): number {
    let code = this.templateCodes.get(template);
    if (code === undefined) this.templateCodes.set(template, (code = this.templateCodes.size));
    return code;
  }
}
