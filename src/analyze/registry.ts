import type { Annotator } from './annotator.js';
import { Pipeline } from './pipeline.js';
import { tokensAnnotator, sentencesAnnotator } from './tokens.js';
import { datesAnnotator } from './dates.js';
import { nerAnnotator } from './ner.js';
import { entitiesAnnotator } from './entities.js';
import { quotesAnnotator } from './quotes.js';

/** The default analysis, in order. Adding an annotator is adding its file and one line here. */
export const DEFAULT_ANNOTATORS: readonly Annotator[] = [tokensAnnotator, sentencesAnnotator, datesAnnotator, nerAnnotator, entitiesAnnotator, quotesAnnotator];

let shared: Pipeline | undefined;

export function defaultPipeline(): Pipeline {
  shared ??= new Pipeline(DEFAULT_ANNOTATORS);
  return shared;
}
