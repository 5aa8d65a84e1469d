import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { defaultPipeline } from '../../src/analyze/registry.js';
import { mergeEntities } from '../../src/analyze/entities.js';

test('names in hashtags are tagged as their words, without # and _, and merge with the same name written plainly', () => {
  const text = 'التقى الرئيس المصري #عبد_الفتاح_السيسي بنظيره الفرنسي إيمانويل ماكرون في #باريس أمس، وقال #السيسي إن العلاقات قوية.';
  const doc = defaultPipeline().run(new Doc(text, null));
  for (const s of doc.layer('ner')) {
    const surface = text.slice(s.start, s.end);
    assert.ok(!surface.startsWith('#') && !surface.endsWith('_'), `"${surface}": a mention starts inside the hashtag's words`);
  }
  const entities = mergeEntities(text, doc.layer('ner'));
  const byName = new Map(entities.map((e) => [e.name, e]));
  const sisi = byName.get('عبد الفتاح السيسي');
  assert.ok(sisi, `no عبد الفتاح السيسي in ${[...byName.keys()].join(' | ')}`);
  assert.equal(sisi.type, 'PER');
  assert.deepEqual(sisi.mentions.map((m) => m.text), ['عبد_الفتاح_السيسي', 'السيسي'], 'the one-word hashtag is the same person');
  assert.equal(byName.get('باريس')?.type, 'LOC');
  assert.ok(![...byName.keys()].some((n) => n.includes('#') || n.includes('_')), 'canonical names hold neither # nor _');
});

test('a name whose last word is a hashtag (العقاد in عباس محمود #العقاد) is the name without #, and the surname alone joins it', () => {
  const text = 'وكتب عباس محمود #العقاد مقالا عن الشعر. ويرى العقاد أن الشعر ديوان العرب.';
  const spans = [
    { start: text.indexOf('عباس'), end: text.indexOf(' مقالا'), label: 'PER', source: 'test' },
    { start: text.lastIndexOf('العقاد'), end: text.lastIndexOf('العقاد') + 'العقاد'.length, label: 'PER', source: 'test' },
  ];
  const entities = mergeEntities(text, spans);
  assert.deepEqual(entities.map((e) => [e.name, e.mentions.length]), [['عباس محمود العقاد', 2]]);
});

test('a mention the tagger runs on into a bare preposition ends before it', async () => {
  const { mentionSpans } = await import('../../src/analyze/ner.js');
  const words = ['ودعا', 'الملك', 'عبدالله', 'إلى', 'إنصاف'];
  let at = 0;
  const toks = words.map((text) => {
    const w = { text, start: at, end: at + text.length };
    at += text.length + 1;
    return w;
  });
  const spans = mentionSpans(toks, ['O', 'O', 'B-PER', 'I-PER', 'O']);
  assert.deepEqual(spans.map((s) => [s.start, s.end, s.label]), [[toks[2].start, toks[2].end, 'PER']]);
  // (a preposition alone stays what the tagger said it is)
  assert.equal(mentionSpans(toks.slice(3, 4), ['B-LOC']).length, 1);
});
