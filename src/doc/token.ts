import type { Range } from './span.js';

export type TokenKind =
  | 'arabic'
  | 'latin'
  | 'number'
  | 'punct'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'symbol'
  | 'other';

/**
 * A token: `text === doc.text.slice(start, end)`, always. `norm` is the normalized form used for
 * matching; it lives beside the text, never instead of it.
 */
export interface Token extends Range {
  text: string;
  kind: TokenKind;
  norm: string;
}

export type Sentence = Range;
