/**
 * A bounded map that keeps what is used: entries live in a young generation; when it is full the
 * old generation is dropped and the young one becomes old; an old entry that is used again moves
 * back to the young one. Frequent keys (the words of news text) survive, rare ones age out, and
 * memory stays under two generations — without the bookkeeping of an LRU list.
 */
export class GenerationalCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  /** `onPromote`: told of an old entry that moves back to the young generation (it will live on). */
  constructor(
    private readonly generation: number,
    private readonly onPromote: ((value: V) => void) | null = null,
  ) {}

  get(key: K): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) {
      this.set(key, o);
      this.onPromote?.(o);
    }
    return o;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
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
