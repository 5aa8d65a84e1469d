import type { Doc } from '../doc/doc.js';
import type { Annotator } from './annotator.js';
import { RasidError } from '../errors.js';

/**
 * Runs annotators in order. Built once, run per document. Construction checks that every
 * requirement is added by an earlier annotator, so a mis-ordered registry fails at start-up with
 * a message that names the culprit, not halfway through a corpus.
 */
export class Pipeline {
  readonly annotators: readonly Annotator[];

  constructor(annotators: readonly Annotator[]) {
    const available = new Set<string>();
    for (const a of annotators) {
      for (const need of a.requires) {
        if (!available.has(need)) {
          const provider = annotators.find((b) => b.adds.includes(need));
          throw new RasidError(
            'E_PIPELINE',
            `annotator "${a.name}" requires "${need}", which no earlier annotator adds`,
            provider ? `put "${provider.name}" before "${a.name}"` : `register an annotator that adds "${need}"`,
          );
        }
      }
      for (const add of a.adds) available.add(add);
    }
    this.annotators = annotators;
  }

  /** What the pipeline fills in: used to list the layers a run produces. */
  get adds(): string[] {
    return this.annotators.flatMap((a) => a.adds);
  }

  run(doc: Doc): Doc {
    for (const a of this.annotators) a.annotate(doc);
    return doc;
  }
}
