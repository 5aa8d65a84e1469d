import { isComplementizer } from './quote-cues.js';
import type { Doc } from '../doc/doc.js';
import type { Token } from '../doc/token.js';

/** A named mention from the entities layer, as a token range. */
export interface EntityAt {
  id: string;
  name: string;
  type: string;
  /** character offset where the mention starts (after a clitic it leaves out: لرويترز) */
  start: number;
  /** token range [first, last) */
  first: number;
  last: number;
}

export const SENTENCE_END = /^[.!?؟…]+$/;
export const COMMA = /^[،,]$/;

/**
 * A document as quote attribution reads it: its tokens, which entity mention covers each token,
 * and which sentence each token is in.
 */
export class QuoteText {
  readonly toks: readonly Token[];
  readonly entityAt: (EntityAt | null)[];
  readonly sentenceOf: Int32Array;

  constructor(readonly doc: Doc) {
    this.toks = doc.tokens;
    this.entityAt = new Array(this.toks.length).fill(null);
    for (const s of doc.layer('entities')) {
      const a = s.attrs as { entity: string; name: string };
      const first = this.tokenAt(s.start);
      let last = first;
      while (last < this.toks.length && this.toks[last].start < s.end) last++;
      const e: EntityAt = { id: a.entity, name: a.name, type: s.label, start: s.start, first, last };
      for (let k = first; k < last; k++) this.entityAt[k] = e;
    }
    const sentences = doc.sentences;
    this.sentenceOf = new Int32Array(this.toks.length);
    let si = 0;
    this.toks.forEach((t, k) => {
      while (si < sentences.length - 1 && sentences[si].end <= t.start) si++;
      this.sentenceOf[k] = si;
    });
  }

  /** Index of the token containing or following offset `at`. */
  tokenAt(at: number): number {
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid].end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether token k opens reported speech (إن، أن، بأن): not when it is part of a name ("بان كي مون"). */
  isComplementizerAt(k: number): boolean {
    return isComplementizer(this.toks[k].norm, this.toks[k].text) && !this.entityAt[k] && !this.hyphenated(k);
  }

  /** Whether token k is joined by a hyphen to the word before it, with no space: "مون جيه-إن" is a name, not جيه + إن. */
  private hyphenated(k: number): boolean {
    if (k < 2) return false;
    const dash = this.toks[k - 1];
    return (dash.text === '-' || dash.text === '‐') && dash.start === this.toks[k - 2].end && this.toks[k].start === dash.end;
  }

  isWord(k: number): boolean {
    const kind = this.toks[k].kind;
    return kind === 'arabic' || kind === 'latin' || kind === 'number';
  }

  /** How many word tokens lie in [from, to). */
  wordsIn(from: number, to: number): number {
    let n = 0;
    for (let k = from; k < to; k++) if (this.isWord(k)) n++;
    return n;
  }

  /** The text from token `from` to token `to` (exclusive). */
  text(from: number, to: number): string {
    return from < to ? this.doc.text.slice(this.toks[from].start, this.toks[to - 1].end) : '';
  }

  /** The nearest word token at or before k, or -1. */
  previousWord(k: number): number {
    while (k >= 0 && !this.isWord(k)) k--;
    return k;
  }

  /** The first word token at k or after it and before `end`, or -1. */
  nextWord(k: number, end: number): number {
    while (k < end && !this.isWord(k)) k++;
    return k < end ? k : -1;
  }

  sentenceStartToken(k: number): number {
    const s = this.sentenceOf[k];
    let j = k;
    while (j > 0 && this.sentenceOf[j - 1] === s) j--;
    return j;
  }

  /** The token after the last one of k's sentence. */
  /** Whether the sentence of token k ends in a full stop, a question or exclamation mark (a closing quotation mark may follow). */
  endsWithStop(k: number): boolean {
    let last = this.sentenceEndToken(k) - 1;
    while (last > k && /^["«»“”']$/.test(this.toks[last].text)) last--;
    return /^[.!?؟]+$/.test(this.toks[last].text);
  }

  sentenceEndToken(k: number): number {
    const s = this.sentenceOf[k];
    let j = k;
    while (j < this.toks.length && this.sentenceOf[j] === s) j++;
    return j;
  }
}
