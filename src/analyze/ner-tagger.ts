import { NerModel } from '../models/ner-model.js';
import { NameTable, NerFeatures } from './ner-features.js';
import { propagateNames } from './ner-consistency.js';
import { NameLikeness } from './name-likeness.js';
import { nerResources, NER_MODEL_PATH } from './ner-resources.js';

/** Words in, BIO tags (PER, LOC, ORG, MISC) out, one sentence at a time. */
export class NerTagger {
  constructor(
    readonly model: NerModel,
    private readonly features: NerFeatures,
  ) {
    features.names = model.header.names ? NameTable.fromEntries(model.header.names) : null;
    features.nameLikeness = model.header.nameLikeness ? NameLikeness.fromJSON(model.header.nameLikeness) : null;
  }

  tag(words: readonly string[]): string[] {
    if (words.length === 0) return [];
    return this.model.tagIds(this.features.sentenceIds(words, this.model.index));
  }

  /** Tags the sentences of one document, then makes its names consistent across sentences. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const tagged = sentences.map((words) => ({ words, tags: this.tag(words) }));
    propagateNames(tagged, this.features.nameKeyOf);
    return tagged.map((t) => t.tags);
  }
}

let shared: NerTagger | undefined;

/** The shipped model with its resources, loaded once per process on first use. */
export function defaultNerTagger(): NerTagger {
  shared ??= new NerTagger(NerModel.load(NER_MODEL_PATH), new NerFeatures(nerResources()));
  return shared;
}
