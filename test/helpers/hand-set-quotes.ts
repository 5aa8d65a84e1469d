import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { Pipeline } from '../../src/analyze/pipeline.js';
import { tokensAnnotator, sentencesAnnotator } from '../../src/analyze/tokens.js';
import { findQuotes, type QuoteSpeaker } from '../../src/analyze/quotes.js';
import type { Span } from '../../src/doc/span.js';

/** A quote as the attribution tests read it: its words, kind, speaker (name, role, outlet) and cue as written. */
export interface FoundQuote {
  text: string;
  kind: string;
  speaker: string | null;
  role: string | null;
  outlet: string | null;
  cue: string | null;
}

/**
 * The quotes of a hand-made document with a hand-set entities layer, so that the attribution rules
 * are checked, not the NER model. Each entity is [surface, type, name] or [surface, type, name,
 * nth]: the nth occurrence of the surface (the first when no fourth element says which); mentions of
 * one name are one entity, as the entities layer makes them.
 */
export function handSetQuotes(text: string, entities: [string, string, string, number?][], publishedBy: string | null = null): FoundQuote[] {
  const doc = new Pipeline([tokensAnnotator, sentencesAnnotator]).run(new Doc(text, null, publishedBy));
  const ids = new Map<string, string>();
  const spans: Span[] = entities.map(([surface, type, name, nth = 1]) => {
    if (!ids.has(name)) ids.set(name, `e${ids.size + 1}`);
    let at = -1;
    for (let n = 0; n < nth; n++) at = text.indexOf(surface, at + 1);
    assert.ok(at >= 0, `entity ${surface} in the text`);
    return { start: at, end: at + surface.length, label: type, source: 'test', attrs: { entity: ids.get(name)!, name, latin: null } };
  });
  doc.setLayer('entities', spans);
  return findQuotes(doc).map((s) => {
    const sp = s.attrs!.speaker as QuoteSpeaker | null;
    const cue = s.attrs!.cue as { start: number; end: number } | null;
    return { text: text.slice(s.start, s.end), kind: s.label, speaker: sp?.name ?? null, role: sp?.role ?? null, outlet: sp?.outlet ?? null, cue: cue ? text.slice(cue.start, cue.end) : null };
  });
}
