import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownItemQueries, wordVariants } from '../../scripts/lib/known-item.js';
import type { SearchDoc } from '../../scripts/lib/search-corpus.js';

const forms = (word: string): string[] => wordVariants(word).map((v) => `${v.kind}:${v.form}`);

test('a definite word takes وال, بال and لل; any other word a bare و', () => {
  assert.deepEqual(forms('الحكومة'), ['wal:والحكومة', 'bal:بالحكومة', 'lil:للحكومة', 'teh-to-heh:الحكومه']);
  assert.deepEqual(forms('سوريا'), ['wa:وسوريا']);
});

test('spelling variants: final ة and ه swap, hamzated alefs drop their hamza, final ى and ي swap', () => {
  assert.deepEqual(forms('مدينته'), ['wa:ومدينته', 'heh-to-teh:مدينتة']);
  assert.deepEqual(forms('أمريكا'), ['wa:وأمريكا', 'hamza:امريكا']);
  assert.deepEqual(forms('مستشفى'), ['wa:ومستشفى', 'maqsura-to-yeh:مستشفي']);
  assert.deepEqual(forms('العربي'), ['wal:والعربي', 'bal:بالعربي', 'lil:للعربي', 'yeh-to-maqsura:العربى']);
});

/** A small corpus of distinct headlines, two of them reprints of one another. */
function corpus(): SearchDoc[] {
  const heads = [
    'الحكومة تعلن خطة جديدة للإسكان في المدينة',
    'المنتخب الوطني يستعد لمباراة حاسمة أمام الضيوف',
    'ارتفاع أسعار النفط بعد قرار المنظمة الأخير',
    'افتتاح المعرض الدولي للكتاب بمشاركة واسعة',
    'الأمطار الغزيرة تغلق الطرق الرئيسية في المنطقة',
    'الجامعة تطلق برنامجا لتدريب الطلاب على البرمجة',
  ];
  const docs: SearchDoc[] = heads.map((title, i) => ({
    key: `k${i}`,
    title,
    text: `نص الخبر رقم ${i} عن ${title.split(' ')[0]}.`,
    source: 'test',
    published: null,
    corpus: 'ant',
  }));
  docs.push({ ...docs[0], key: 'k0-reprint', source: 'other' });
  return docs;
}

test('known items are deterministic, vary every word, and name reprints as relevant', () => {
  const docs = corpus();
  const a = knownItemQueries(docs, { count: 5, seed: 7 });
  const b = knownItemQueries(docs, { count: 5, seed: 7 });
  assert.deepEqual(a, b);
  for (const q of a) {
    assert.equal(q.variants.length, 3);
    assert.equal(q.query, q.variants.map((v) => v.form).join(' '));
    for (const v of q.variants) {
      assert.notEqual(v.form, v.word);
      assert.ok(q.headline.includes(v.word), `${v.word} is a word of the headline`);
    }
    const target = docs.find((d) => d.key === q.target)!;
    const words = new Set(`${target.title} ${target.text}`.split(/[^\p{L}\p{M}\p{N}]+/u));
    assert.ok(q.variants.some((v) => !words.has(v.form)), 'one variant at least is not in the target as written');
  }
  const first = a.find((q) => q.relevant.includes('k0'));
  if (first) assert.deepEqual(new Set(first.relevant), new Set(['k0', 'k0-reprint']));
});

test('too few usable headlines is an error, not a short list', () => {
  assert.throws(() => knownItemQueries(corpus(), { count: 50 }), /only \d+ of 50/);
});
