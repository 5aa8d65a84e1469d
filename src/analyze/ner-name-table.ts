import type { GazetteerLike } from './ner-features.js';

/** A names-to-types table learned from annotated text (train-time folds, or the shipped model's). */
export class NameTable implements GazetteerLike {
  private readonly table = new Map<string, string[]>();
  private readonly firstWords = new Set<string>();
  private readonly firstTwo = new Set<string>();
  maxWords = 1;

  startsName(word: string): boolean {
    return this.firstWords.has(word);
  }

  opensName(twoWords: string): boolean {
    return this.firstTwo.has(twoWords);
  }

  add(key: string, type: string): void {
    const space = key.indexOf(' ');
    if (space > 0) {
      this.firstWords.add(key.slice(0, space));
      const second = key.indexOf(' ', space + 1);
      this.firstTwo.add(second < 0 ? key : key.slice(0, second));
    }
    const have = this.table.get(key);
    if (!have) this.table.set(key, [type]);
    else if (!have.includes(type)) this.table.set(key, [...have, type].sort());
    this.maxWords = Math.min(6, Math.max(this.maxWords, key.split(' ').length));
  }

  types(key: string): readonly string[] | undefined {
    return this.table.get(key);
  }

  entries(): [string, string[]][] {
    return [...this.table];
  }

  static fromEntries(entries: [string, string[]][]): NameTable {
    const t = new NameTable();
    for (const [k, types] of entries) for (const type of types) t.add(k, type);
    return t;
  }
}
