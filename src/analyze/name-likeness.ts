/**
 * How much a word looks like a person, place or organisation name rather than an ordinary word,
 * from its letters alone: a naive Bayes model over character n-grams, learned from the shipped
 * name lists (tens of thousands of names, many foreign ones written in Arabic) against frequent
 * ordinary words. Most entities in news are names never seen in annotated training text
 * ("دويسنبرج", "كافلنيكوف"); their spelling still gives them away.
 */
const CLASSES = ['PER', 'LOC', 'ORG', 'WORD'] as const;
const MIN_N = 2;
const MAX_N = 4;

function grams(word: string): string[] {
  const w = '^' + word + '$';
  const out: string[] = [];
  for (let n = MIN_N; n <= MAX_N; n++) for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n));
  return out;
}

export interface NameLikenessJson {
  grams: string;
  /** base64 of float32 log-probabilities, CLASSES.length per n-gram */
  logp: string;
  unseen: number[];
}

export class NameLikeness {
  /** The n-grams and their log-probabilities, CLASSES.length per n-gram, in one array (64 k small arrays took 16 MB of heap). */
  private readonly grams: string[];
  private readonly values: Float64Array;
  private readonly unseen: Float64Array;
  /** n-gram -> its log-probabilities, built only where the numeric table below cannot be */
  private logp: Map<string, Float64Array> | null = null;

  /**
   * The same table keyed by numbers (the n-gram's character ids, 8 bits each), in an open-addressing
   * hash of typed arrays: classify makes no string per n-gram and follows no pointer per hit.
   */
  private readonly codes: Uint32Array | null = null;
  private readonly rows: Float64Array | null = null;
  private readonly mask: number = 0;
  /** character -> small id (1..255) over the characters of the table's n-grams */
  private readonly charIds = new Map<number, number>();

  private constructor(grams: string[], values: Float64Array, unseen: Float64Array) {
    const C = CLASSES.length;
    this.grams = grams;
    this.values = values;
    this.unseen = unseen;
    for (const g of grams) for (let i = 0; i < g.length; i++) if (!this.charIds.has(g.charCodeAt(i))) this.charIds.set(g.charCodeAt(i), this.charIds.size + 1);
    if (this.charIds.size <= 255) {
      let size = 1;
      while (size < grams.length * 2) size *= 2;
      this.mask = size - 1;
      this.codes = new Uint32Array(size);
      this.rows = new Float64Array(size * C);
      grams.forEach((g, k) => {
        let key = 0;
        for (let i = 0; i < g.length; i++) key = key * 256 + this.charIds.get(g.charCodeAt(i))!;
        let h = this.slot(key);
        while (this.codes![h] !== 0) h = (h + 1) & this.mask;
        this.codes![h] = key;
        this.rows!.set(values.subarray(k * C, k * C + C), h * C);
      });
    }
  }

  /** Where an n-gram's key starts its probe (keys are never 0: character ids start at 1). */
  private slot(key: number): number {
    return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) & this.mask;
  }

  /** The row of an n-gram's key in `rows`, or -1. */
  private find(key: number): number {
    const codes = this.codes!;
    for (let h = this.slot(key); ; h = (h + 1) & this.mask) {
      const c = codes[h];
      if (c === key) return h;
      if (c === 0) return -1;
    }
  }

  /** Training examples: (word, class) with class one of PER, LOC, ORG, WORD. */
  static train(examples: Iterable<[string, (typeof CLASSES)[number]]>): NameLikeness {
    const C = CLASSES.length;
    const counts = new Map<string, Float64Array>();
    const totals = new Float64Array(C);
    for (const [word, cls] of examples) {
      const c = CLASSES.indexOf(cls);
      for (const g of grams(word)) {
        let row = counts.get(g);
        if (!row) counts.set(g, (row = new Float64Array(C)));
        row[c]++;
        totals[c]++;
      }
    }
    const V = counts.size;
    const keys = [...counts.keys()];
    const values = new Float64Array(keys.length * C);
    keys.forEach((g, k) => {
      const row = counts.get(g)!;
      for (let c = 0; c < C; c++) values[k * C + c] = Math.log((row[c] + 1) / (totals[c] + V));
    });
    const unseen = new Float64Array(C);
    for (let c = 0; c < C; c++) unseen[c] = Math.log(1 / (totals[c] + V));
    return new NameLikeness(keys, values, unseen);
  }

  /**
   * A compact form to store with a model: the n-grams as one newline-joined string and their
   * log-probabilities as base64 float32 (a model file reads this in milliseconds; an object of
   * 60 k arrays took a JSON parser a sixth of a second).
   */
  toJSON(): NameLikenessJson {
    const values = Float32Array.from(this.values);
    return { grams: this.grams.join('\n'), logp: Buffer.from(values.buffer).toString('base64'), unseen: Array.from(this.unseen) };
  }

  static fromJSON(json: NameLikenessJson): NameLikeness {
    const bytes = Buffer.from(json.logp, 'base64');
    const values = new Float32Array(bytes.byteLength / 4);
    new Uint8Array(values.buffer).set(bytes);
    return new NameLikeness(json.grams.split('\n'), Float64Array.from(values), Float64Array.from(json.unseen));
  }

  /** The likeliest class and its margin over ordinary words, per n-gram (length-independent). */
  classify(word: string): { cls: string; margin: number } {
    const C = CLASSES.length;
    const score = new Float64Array(C);
    let count = 0;
    const add = (lp: Float64Array | undefined) => {
      lp ??= this.unseen;
      for (let c = 0; c < C; c++) score[c] += lp[c];
      count++;
    };
    if (this.codes) {
      const rows = this.rows!;
      const unseen = this.unseen;
      // the n-grams of '^' + word + '$', as numbers: a character the table never saw makes the n-gram unseen (0)
      const L = word.length + 2;
      const ids = new Array<number>(L);
      ids[0] = this.charIds.get(94) ?? 0;
      for (let i = 0; i < word.length; i++) ids[i + 1] = this.charIds.get(word.charCodeAt(i)) ?? 0;
      ids[L - 1] = this.charIds.get(36) ?? 0;
      for (let n = MIN_N; n <= MAX_N; n++) {
        for (let i = 0; i + n <= L; i++) {
          let key = 0;
          for (let k = i; k < i + n && key >= 0; k++) key = ids[k] === 0 ? -1 : key * 256 + ids[k];
          const row = key < 0 ? -1 : this.find(key);
          if (row < 0) for (let c = 0; c < C; c++) score[c] += unseen[c];
          else for (let c = 0; c < C; c++) score[c] += rows[row * C + c];
          count++;
        }
      }
    } else {
      this.logp ??= new Map(this.grams.map((g, k) => [g, this.values.subarray(k * C, k * C + C)]));
      for (const g of grams(word)) add(this.logp.get(g));
    }
    let best = 0;
    for (let c = 1; c < C - 1; c++) if (score[c] > score[best]) best = c;
    return { cls: CLASSES[best], margin: (score[best] - score[C - 1]) / count };
  }
}
