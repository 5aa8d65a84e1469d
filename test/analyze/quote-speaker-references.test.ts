import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { Pipeline } from '../../src/analyze/pipeline.js';
import { tokensAnnotator, sentencesAnnotator } from '../../src/analyze/tokens.js';
import { findQuotes, type QuoteSpeaker } from '../../src/analyze/quotes.js';
import type { Span } from '../../src/doc/span.js';

/**
 * Speaker references that news writes every day: titles over a name, pronouns and nouns that go
 * back to someone named earlier. Hand-set entities, as in quotes.test.ts, so that the rules are
 * checked, not the NER model.
 */
function quotes(text: string, entities: [string, string, string][]): { text: string; speaker: string | null }[] {
  const doc = new Pipeline([tokensAnnotator, sentencesAnnotator]).run(new Doc(text, null, null));
  const ids = new Map<string, string>();
  const spans: Span[] = entities.map(([surface, type, name]) => {
    if (!ids.has(name)) ids.set(name, `e${ids.size + 1}`);
    const at = text.indexOf(surface);
    assert.ok(at >= 0, `entity ${surface} in the text`);
    return { start: at, end: at + surface.length, label: type, source: 'test', attrs: { entity: ids.get(name)!, name, latin: null } };
  });
  doc.setLayer('entities', spans);
  return findQuotes(doc).map((s) => ({ text: text.slice(s.start, s.end), speaker: (s.attrs!.speaker as QuoteSpeaker | null)?.name ?? null }));
}

test('الناطق باسم is a title like المتحدث باسم: the name after its organisation speaks, and "وقال الناطق" goes back to it', () => {
  const text = 'وأفاد الناطق باسم الوكالة الوطنية المكلفة بإدارة الكوارث سوتوبو نوغروهو "نتوقع أن تستمر الحصيلة في الارتفاع". وقالت وزارة الصحة إن المستشفيات ممتلئة. وأضاف الناطق أن عدد المشردين ارتفع إلى 387 ألف شخص.';
  const q = quotes(text, [['الوكالة الوطنية', 'ORG', 'الوكالة الوطنية'], ['سوتوبو نوغروهو', 'PER', 'سوتوبو نوغروهو'], ['وزارة الصحة', 'ORG', 'وزارة الصحة']]);
  assert.deepEqual(q.map((x) => x.speaker), ['سوتوبو نوغروهو', 'وزارة الصحة', 'سوتوبو نوغروهو']);
});
