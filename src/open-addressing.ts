/**
 * What the open-addressing tables (StringTable, IntTable) share: slots are pairs of int32 in one
 * typed array, a power-of-two count of them, at most half full so that linear probes stay short.
 */

/** The slot count for `expected` entries: a power of two, at least 16 and twice the entries. */
export function slotCountFor(expected: number): number {
  let capacity = 16;
  while (capacity < expected * 2) capacity *= 2;
  return capacity;
}

/**
 * The slots of a table grown to twice as many: every occupied pair of `old` moved to its home slot
 * in the new array (`home` of the pair, masked), or the next free one.
 */
export function regrow(old: Int32Array, occupied: (first: number, second: number) => boolean, home: (first: number, second: number) => number): Int32Array {
  const slots = new Int32Array(old.length * 2);
  const mask = slots.length / 2 - 1;
  for (let s = 0; s < old.length; s += 2) {
    if (!occupied(old[s], old[s + 1])) continue;
    let j = home(old[s], old[s + 1]) & mask;
    while (occupied(slots[2 * j], slots[2 * j + 1])) j = (j + 1) & mask;
    slots[2 * j] = old[s];
    slots[2 * j + 1] = old[s + 1];
  }
  return slots;
}
