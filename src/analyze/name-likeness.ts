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

export class NameLikeness {
  private readonly logp: Map<string, Float64Array>;
  private readonly unseen: Float64Array;

  private constructor(logp: Map<string, Float64Array>, unseen: Float64Array) {
    this.logp = logp;
    this.unseen = unseen;
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
    const logp = new Map<string, Float64Array>();
    for (const [g, row] of counts) {
      const lp = new Float64Array(C);
      for (let c = 0; c < C; c++) lp[c] = Math.log((row[c] + 1) / (totals[c] + V));
      logp.set(g, lp);
    }
    const unseen = new Float64Array(C);
    for (let c = 0; c < C; c++) unseen[c] = Math.log(1 / (totals[c] + V));
    return new NameLikeness(logp, unseen);
  }

  /** A compact form to store with a model: n-gram -> log-probabilities, rounded. */
  toJSON(): { grams: Record<string, number[]>; unseen: number[] } {
    const grams: Record<string, number[]> = {};
    const round = (x: number) => Math.round(x * 1000) / 1000;
    for (const [g, lp] of this.logp) grams[g] = Array.from(lp, round);
    return { grams, unseen: Array.from(this.unseen, round) };
  }

  static fromJSON(json: { grams: Record<string, number[]>; unseen: number[] }): NameLikeness {
    const logp = new Map<string, Float64Array>();
    for (const g in json.grams) logp.set(g, Float64Array.from(json.grams[g]));
    return new NameLikeness(logp, Float64Array.from(json.unseen));
  }

  /** The likeliest class and its margin over ordinary words, per n-gram (length-independent). */
  classify(word: string): { cls: string; margin: number } {
    const C = CLASSES.length;
    const score = new Float64Array(C);
    const gs = grams(word);
    for (const g of gs) {
      const lp = this.logp.get(g) ?? this.unseen;
      for (let c = 0; c < C; c++) score[c] += lp[c];
    }
    let best = 0;
    for (let c = 1; c < C - 1; c++) if (score[c] > score[best]) best = c;
    return { cls: CLASSES[best], margin: (score[best] - score[C - 1]) / gs.length };
  }
}
