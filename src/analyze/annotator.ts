import type { Doc } from '../doc/doc.js';

/**
 * A pipeline component. It declares what it needs ("tokens", "sentences" or a layer name) and
 * what it adds, so the pipeline can order and check components without knowing them.
 * Annotators are pure: no I/O, no global state beyond loaded language data.
 */
export interface Annotator {
  name: string;
  requires: readonly string[];
  adds: readonly string[];
  annotate(doc: Doc): void;
}
