import { StringTable } from './string-table.js';

/**
 * A bounded map from strings that keeps what is used: entries live in a young generation; when it is full the
 * old generation is dropped and the young one becomes old; an old entry that is used again moves
 * back to the young one. Frequent keys (the words of news text) survive, rare ones age out, and
 * memory stays under two generations — without the bookkeeping of an LRU list.
 */
export class GenerationalCache<V> {
  private young = new StringTable<V>();
  private old = new StringTable<V>();

  /** `onPromote`: told of an old entry that moves back to the young generation (it will live on). */
  constructor(
    private readonly generation: number,
    private readonly onPromote: ((value: V) => void) | null = null,
  ) {}

  get(key: string): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) {
      this.set(key, o);
      this.onPromote?.(o);
    }
    return o;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new StringTable<V>(this.generation);
    }
    this.young.set(key, value);
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}
