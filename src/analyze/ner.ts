import type { Annotator } from './annotator.js';
import type { Span } from '../doc/span.js';
import type { Token } from '../doc/token.js';
import { defaultNerTagger } from './ner-tagger.js';

/** Prepositions as written on their own, which the tagger now and then runs a name on into. */
const TRAILING_PREPOSITIONS = new Set(['إلى', 'الى', 'على', 'علي', 'عن', 'من', 'في', 'مع']);

/** A word the tagger reads, with its range in the body text. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * A hashtag's words: news sites tag names this way (#جميلة_بوحيرد، #كوريا_الشمالية), and the
 * tagger knows the words, not the glued form. '#' and '_' stay outside every word's range.
 */
function hashtagWords(t: Token): Word[] {
  const out: Word[] = [];
  for (const m of t.text.matchAll(/[^#_]+/g)) out.push({ text: m[0], start: t.start + m.index, end: t.start + m.index + m[0].length });
  return out;
}

/** Tokens that carry words (whitespace is never a token; every other token is a word here). */
function sentenceTokens(tokens: readonly Token[], start: number, end: number, from: number): { toks: Word[]; next: number } {
  let i = from;
  while (i < tokens.length && tokens[i].start < start) i++;
  const toks: Word[] = [];
  for (; i < tokens.length && tokens[i].end <= end; i++) {
    const t = tokens[i];
    if (t.kind === 'hashtag') toks.push(...hashtagWords(t));
    else toks.push(t);
  }
  return { toks, next: i };
}

/**
 * Named-entity mentions (layer "ner": PER, LOC, ORG, MISC spans) from the trained tagger, sentence
 * by sentence over the document's tokens, with names kept consistent across the document.
 */
export const nerAnnotator: Annotator = {
  name: 'ner',
  requires: ['tokens', 'sentences'],
  adds: ['ner'],
  annotate(doc) {
    const tagger = defaultNerTagger();
    const sentences: Word[][] = [];
    let at = 0;
    for (const s of doc.sentences) {
      const { toks, next } = sentenceTokens(doc.tokens, s.start, s.end, at);
      at = next;
      if (toks.length) sentences.push(toks);
    }
    const tags = tagger.tagDocument(sentences.map((toks) => toks.map((t) => t.text)));
    doc.setLayer('ner', sentences.flatMap((toks, k) => mentionSpans(toks, tags[k])));
  },
};

/** The mentions one sentence's BIO tags mark over its words. */
export function mentionSpans(toks: readonly Word[], tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < toks.length; ) {
    const tag = tags[i];
    if (tag === 'O') {
      i++;
      continue;
    }
    const type = tag.slice(2);
    let j = i + 1;
    while (j < toks.length && tags[j] === 'I-' + type) j++;
    // (no name ends in a bare preposition: "ودعا الملك عبدالله | إلى "إنصاف الأردن"")
    let last = j;
    while (last > i + 1 && TRAILING_PREPOSITIONS.has(toks[last - 1].text)) last--;
    spans.push({ start: toks[i].start, end: toks[last - 1].end, label: type, source: 'ner/model' });
    i = j;
  }
  return spans;
}
