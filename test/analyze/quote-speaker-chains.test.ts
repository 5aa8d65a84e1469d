import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../src/doc/doc.js';
import { Pipeline } from '../../src/analyze/pipeline.js';
import { tokensAnnotator, sentencesAnnotator } from '../../src/analyze/tokens.js';
import { findQuotes, type QuoteSpeaker } from '../../src/analyze/quotes.js';
import type { Span } from '../../src/doc/span.js';

/**
 * Who a verb with no subject of its own goes on with, and where the subject after a verb ends:
 * rules from readers' judgments of quotes outside the gold. Hand-set entities, as in
 * quotes.test.ts, so that the rules are checked, not the NER model.
 */
function speakers(text: string, entities: [string, string, string][]): [string, string | null][] {
  const doc = new Pipeline([tokensAnnotator, sentencesAnnotator]).run(new Doc(text, null, null));
  const ids = new Map<string, string>();
  const spans: Span[] = entities.map(([surface, type, name]) => {
    if (!ids.has(name)) ids.set(name, `e${ids.size + 1}`);
    const at = text.indexOf(surface);
    assert.ok(at >= 0, `entity ${surface} in the text`);
    return { start: at, end: at + surface.length, label: type, source: 'test', attrs: { entity: ids.get(name)!, name, latin: null } };
  });
  doc.setLayer('entities', spans);
  return findQuotes(doc).map((s) => [text.slice(s.start, s.end), (s.attrs!.speaker as QuoteSpeaker | null)?.name ?? null]);
}

test('a speaking verb after كما goes on with the person the sentence before opens with, not the last one quoted', () => {
  const text = 'وقالت الوزارة إن العقوبات تشمل ستة أفراد. وكان نصر الله قد استبعد العام الماضي فرض عقوبات أشد. كما قال في خطاب تلفزيوني إن الإدارة الأمريكية لن تتمكن من الإضرار بالمقاومة.';
  const q = speakers(text, [['نصر الله', 'PER', 'حسن نصر الله']]);
  assert.deepEqual(q.map((x) => x[1]), ['الوزارة', 'حسن نصر الله']);
});

test('a family, by the name it governs, speaks in its statement, and the statement goes on with it', () => {
  const text = 'وقالت الشرطة إن التحقيق مستمر. ونشرت عائلة تشابمان بيانا نعت فيه الضحية، وقالت إنها كانت "منارة الضوء التي ترشد كل من يقابلها". وأضاف البيان: "لقد أحبت كل عائلتها وأصدقائها بشدة".';
  const q = speakers(text, [['تشابمان', 'PER', 'ميريديث تشابمان']]);
  assert.deepEqual(q.map((x) => x[1]), ['الشرطة', 'عائلة تشابمان', 'عائلة تشابمان']);
});

test('a verb that goes on goes on with the organisation the sentence before was about, when its head noun agrees', () => {
  const text = 'وأفاد بيان للجيش اليمني، أن قواته واصلت تقدمها. ونشر المركز الإعلامي للمنطقة العسكرية الخامسة فيديو لانتصارات الجيش. وأوضح أن التقدم جاء بعد معارك ضارية.';
  const q = speakers(text, []);
  assert.deepEqual(q.map((x) => x[1]), ['الجيش اليمني', 'المركز الإعلامي للمنطقة العسكرية الخامسة']);
  // (a feminine verb is no masculine head's: the statement's issuer goes on)
  const she = speakers(text.replace('وأوضح', 'وأوضحت'), []);
  assert.notEqual(she[1][1], 'المركز الإعلامي للمنطقة العسكرية الخامسة');
});

test('a name right after a sound plural with its ن, or after a definite document noun, is the object, not the subject', () => {
  const q = speakers('ويتهم معارضون أردوغان بأنه يسعى إلى تعزيز سلطته.', [['أردوغان', 'PER', 'رجب طيب أردوغان']]);
  assert.deepEqual(q.map((x) => x[1]), ['معارضون']);
  const report = speakers('نشرت مجموعة الأزمات الدولية تقريرا عن العراق. ودعا التقرير الرياض إلى وقف الحرب.', [['مجموعة الأزمات الدولية', 'ORG', 'مجموعة الأزمات الدولية'], ['الرياض', 'LOC', 'الرياض']]);
  assert.deepEqual(report.map((x) => x[1]), ['مجموعة الأزمات الدولية']);
});

test('a quoted name right after the verb, then where it said it (في تقرير), is the subject', () => {
  const q = speakers('ودعت "مجموعة الأزمات الدولية" في تقرير السعودية إلى "مقاومة إغراء تحويل العراق إلى ساحة قتال جديدة".', [['مجموعة الأزمات الدولية', 'ORG', 'مجموعة الأزمات الدولية'], ['السعودية', 'LOC', 'السعودية']]);
  assert.deepEqual(q.map((x) => x[1]), ['مجموعة الأزمات الدولية']);
});
