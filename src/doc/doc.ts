import type { Span } from './span.js';
import type { Sentence, Token } from './token.js';

/**
 * One document flowing through the pipeline. `text` is the body exactly as parsed and is never
 * rewritten; tokens, sentences and every span layer are ranges into it.
 */
export class Doc {
  readonly text: string;
  /** ISO 8601 publication time, when known; relative dates resolve against it. */
  readonly published: string | null;
  /** The outlet that published it (canonical name), when known: "مراسلنا" in its text is this outlet's. */
  readonly outlet: string | null;
  tokens: Token[] = [];
  sentences: Sentence[] = [];
  private readonly layers = new Map<string, Span[]>();

  constructor(text: string, published: string | null = null, outlet: string | null = null) {
    this.text = text;
    this.published = published;
    this.outlet = outlet;
  }

  /** The spans of a layer; an empty array when nothing has filled it. */
  layer(name: string): Span[] {
    return this.layers.get(name) ?? [];
  }

  hasLayer(name: string): boolean {
    return this.layers.has(name);
  }

  setLayer(name: string, spans: Span[]): void {
    for (const s of spans) {
      if (!(s.start >= 0 && s.start <= s.end && s.end <= this.text.length)) {
        throw new RangeError(`span [${s.start}, ${s.end}) of layer "${name}" is outside the text (length ${this.text.length})`);
      }
    }
    this.layers.set(name, [...spans].sort((a, b) => a.start - b.start || a.end - b.end));
  }

  layerNames(): string[] {
    return [...this.layers.keys()];
  }
}
