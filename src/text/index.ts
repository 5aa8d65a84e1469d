export * from './chars.js';
export * from './digits.js';
export * from './normalize.js';
export { tokenize, gapsBetween } from './tokenize.js';
export { splitSentences } from './sentences.js';
export {
  segmentClitics,
  stripClitics,
  setLexicon,
  hasLexicon,
  readLexicon,
  defaultLexiconPath,
  cliticConfig,
} from './clitics.js';
export type { Segment, SegmentKind, Lexicon, CliticConfig } from './clitics.js';
export { lightStem, lightStemNormalized } from './stem.js';
