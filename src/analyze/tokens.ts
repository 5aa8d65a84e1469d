import type { Annotator } from './annotator.js';
import { tokenize, splitSentences } from '../text/index.js';

export const tokensAnnotator: Annotator = {
  name: 'tokens',
  requires: [],
  adds: ['tokens'],
  annotate(doc) {
    doc.tokens = tokenize(doc.text);
  },
};

export const sentencesAnnotator: Annotator = {
  name: 'sentences',
  requires: ['tokens'],
  adds: ['sentences'],
  annotate(doc) {
    doc.sentences = splitSentences(doc.text, doc.tokens);
  },
};
