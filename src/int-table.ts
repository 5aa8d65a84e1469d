import { regrow, slotCountFor } from './open-addressing.js';

/**
 * A map from non-negative 31-bit integers to integers (-1 for none), for a model's word-pair
 * feature ids: looked up for every token, and V8's Map over 100 k numeric keys costs cache misses
 * in its chained buckets that one typed array of (key, value) slots does not. Keys are only added.
 */
export class IntTable {
  /** per slot: [key + 1, value]; 0 marks an empty slot */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 16) {
    const capacity = slotCountFor(expected);
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value of `key`, -1 if none. */
  get(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let j = mix(key) & mask; ; j = (j + 1) & mask) {
      const k = slots[2 * j];
      if (k === 0) return -1;
      if (k === key + 1) return slots[2 * j + 1];
    }
  }

  set(key: number, value: number): void {
    if (!(key >= 0 && key < 0x7fffffff && Number.isInteger(key))) throw new RangeError(`IntTable: key ${key} is not a non-negative 31-bit integer`);
    const slots = this.slots;
    const mask = this.mask;
    let j = mix(key) & mask;
    while (slots[2 * j] !== 0 && slots[2 * j] !== key + 1) j = (j + 1) & mask;
    if (slots[2 * j] === 0) this.count++;
    slots[2 * j] = key + 1;
    slots[2 * j + 1] = value;
    if (this.count * 2 > this.mask + 1) this.grow();
  }

  private grow(): void {
    this.slots = regrow(this.slots, (key) => key !== 0, (key) => mix(key - 1));
    this.mask = this.slots.length / 2 - 1;
  }
}

/** Spreads nearby keys (word numbers next to each other) over the slots. */
function mix(key: number): number {
  let h = Math.imul(key, 0x9e3779b1);
  h ^= h >>> 15;
  return h;
}
