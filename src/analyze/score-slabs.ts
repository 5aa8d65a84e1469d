/**
 * Fixed-width score vectors kept in large shared arrays. A typed array per cached word cost more
 * than the word's lookups: each has its own buffer outside the heap (an allocation and a
 * finalizer) and about 200 bytes of bookkeeping on the heap. Vectors are never freed one by one:
 * a slab goes when nothing points into it any more, and a vector still in use when its slab ages
 * is copied into the current one (`move`), so old slabs do not stay alive for a few survivors.
 */
export interface SlabVector {
  /** the slab holding the vector, and where it starts */
  slab: Float32Array;
  at: number;
}

/** Vectors per slab: 1,024 vectors of 85 scores are 348 kB. */
const VECTORS_PER_SLAB = 1024;

export class ScoreSlabs {
  private slab: Float32Array;
  private used = 0;

  constructor(readonly width: number) {
    this.slab = new Float32Array(width * VECTORS_PER_SLAB);
  }

  /** Stores the first `width` values (rounded to single precision) and points `into` at them. */
  store(values: ArrayLike<number>, into: SlabVector): void {
    const at = this.place();
    for (let k = 0; k < this.width; k++) this.slab[at + k] = values[k];
    into.slab = this.slab;
    into.at = at;
  }

  /** Copies a vector into the current slab (the old copy stays valid for whoever still reads it). */
  move(v: SlabVector): void {
    if (v.slab === this.slab) return;
    const from = v.slab;
    const start = v.at;
    const at = this.place();
    for (let k = 0; k < this.width; k++) this.slab[at + k] = from[start + k];
    v.slab = this.slab;
    v.at = at;
  }

  private place(): number {
    if (this.used === VECTORS_PER_SLAB) {
      this.slab = new Float32Array(this.width * VECTORS_PER_SLAB);
      this.used = 0;
    }
    return this.width * this.used++;
  }
}
