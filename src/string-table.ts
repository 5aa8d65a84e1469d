import { regrow, slotCountFor } from './open-addressing.js';

/**
 * A map from strings to values for the tagging path's large tables (the word cache, a model's
 * features by value). V8's Map takes about 450 ns to find a word among 190 k (ANT's distinct
 * tokens) from a freshly sliced string, most of it cache misses in its chained buckets; this
 * table, open addressing over one typed array that holds each slot's hash next to its entry,
 * takes about half that, the more so as a key and its value sit next to each other. Keys are only
 * added, or all dropped at once (`clear`).
 */
export class StringTable<V> {
  /** per slot: [hash, entry + 1]; 0 marks an empty slot */
  private slots: Int32Array;
  private mask: number;
  /** key, value, key, value ... in the order added: one cache line holds both */
  private items: unknown[] = [];

  constructor(expected = 16) {
    const capacity = slotCountFor(expected);
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.items.length >> 1;
  }

  get(key: string): V | undefined {
    const h = hashOf(key);
    const slots = this.slots;
    const mask = this.mask;
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const entry = slots[2 * j + 1];
      if (entry === 0) return undefined;
      if (slots[2 * j] === h && this.items[2 * entry - 2] === key) return this.items[2 * entry - 1] as V;
    }
  }

  /** Adds or replaces the value of `key`. */
  set(key: string, value: V): void {
    const h = hashOf(key);
    const slots = this.slots;
    const mask = this.mask;
    let j = h & mask;
    for (; ; j = (j + 1) & mask) {
      const entry = slots[2 * j + 1];
      if (entry === 0) break;
      if (slots[2 * j] === h && this.items[2 * entry - 2] === key) {
        this.items[2 * entry - 1] = value;
        return;
      }
    }
    this.items.push(key, value);
    const size = this.items.length >> 1;
    slots[2 * j] = h;
    slots[2 * j + 1] = size;
    // at most half full: probes stay short
    if (size * 2 > this.mask + 1) this.grow();
  }

  clear(): void {
    this.slots.fill(0);
    this.items = [];
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** The entries in the order they were added. */
  *entries(): IterableIterator<[string, V]> {
    for (let i = 0; i < this.items.length; i += 2) yield [this.items[i] as string, this.items[i + 1] as V];
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries();
  }

  private grow(): void {
    this.slots = regrow(this.slots, (_hash, entry) => entry !== 0, (hash) => hash);
    this.mask = this.slots.length / 2 - 1;
  }
}

/** FNV-1a over the UTF-16 code units, then a final mix so that the low bits (the slot) vary. */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}
