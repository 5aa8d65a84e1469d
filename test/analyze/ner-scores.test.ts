import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NerFeatures } from '../../src/analyze/ner-features.js';
import { nerResources, NER_MODEL_PATH } from '../../src/analyze/ner-resources.js';
import { NerModel } from '../../src/models/ner-model.js';
import { NameLikeness } from '../../src/analyze/name-likeness.js';
import { NameTable } from '../../src/analyze/ner-name-table.js';
import { emissionScores } from '../../src/models/perceptron.js';
import { seededRandom } from '../../scripts/lib/rng.js';

test('tagging scores from per-word partial sums equal the sums over each token\'s feature rows', () => {
  const features = new NerFeatures(nerResources());
  // the shipped model's name classifier and name table, so that every feature template fires
  const header = NerModel.load(NER_MODEL_PATH).header;
  features.nameLikeness = NameLikeness.fromJSON(header.nameLikeness!);
  features.names = NameTable.fromEntries(header.names!);
  const sentences = [
    'قال وزير الخارجية سامي زيد إن المفاوضات ستستأنف في القاهرة .'.split(' '),
    'وأضاف أن " الوفد " سيصل غدا إلى جامعة الدول العربية'.split(' '),
    ['داعش'],
  ];
  // an index over every feature these sentences have, with seeded random weights
  const index = new Map<string, number>();
  for (const words of sentences) for (const fs of features.sentence(words)) for (const f of fs) if (!index.has(f)) index.set(f, index.size);
  const T = 9;
  const random = seededRandom(7);
  // the same with the document's context features, which training appends to each token's
  const context = features.documentContext(sentences);
  for (const c of context) for (const fs of c.features) for (const f of fs) if (!index.has(f)) index.set(f, index.size);
  const emission = Float32Array.from({ length: index.size * T }, () => random() * 2 - 1);
  sentences.forEach((words, k) => {
    for (const withContext of [false, true]) {
      const ids = features.sentence(words).map((fs, i) => Int32Array.from([...fs, ...(withContext ? context[k].features[i] : [])].map((f) => index.get(f)!)));
      const expected = emissionScores(ids, emission, T);
      const actual = features.sentenceScores(words, index, emission, T, withContext ? context[k] : undefined);
      assert.equal(actual.length, expected.length);
      // (a word's partial sums are kept in single precision: equal to about seven digits)
      for (let i = 0; i < expected.length; i++) assert.ok(Math.abs(actual[i] - expected[i]) < 1e-5 * Math.max(1, Math.abs(expected[i])), `token ${Math.floor(i / T)} tag ${i % T}: ${actual[i]} vs ${expected[i]}`);
    }
  });
});

test('document context: a word alone carries what surrounds its other occurrences, never its own', () => {
  const features = new NerFeatures(nerResources());
  const [first, second] = features.documentContext(['قال الرئيس بوتين إن'.split(' '), 'وأضاف بوتين أن'.split(' ')]);
  // "الرئيس" is a title, "وأضاف" a cue that a person follows
  const title = second.features[1].filter((f) => f.startsWith('dt-1='));
  const cue = first.features[2].filter((f) => f.startsWith('dt-1='));
  assert.equal(title.length, 1, `the title before the first "بوتين": ${second.features[1]}`);
  assert.equal(cue.length, 1, `the cue before the second "بوتين": ${first.features[2]}`);
  assert.notEqual(title[0], cue[0]);
  assert.deepEqual(first.features[0], [], 'a word that occurs once has no context');
});

test('a curated-list key restores the article that لل hides: للمرصد -> المرصد, للجنة -> اللجنة; inside a tagged name the preposition stays', () => {
  const features = new NerFeatures(nerResources());
  assert.equal(features.listedKey(['للمرصد', 'السوري']), 'المرصد السوري');
  assert.equal(features.listedKey(['وللمرصد']), 'المرصد');
  assert.equal(features.listedKey(['للجنة', 'الدولية']), 'اللجنه الدوليه');
  assert.equal(features.listedKey(['والقاهرة']), 'القاهره');
  assert.equal(features.listedKey(['للصليب', 'الأحمر'], true), 'صليب الاحمر');
  // the model's name table keeps the key it was trained with
  assert.equal(features.nameKey(['للمرصد']), 'مرصد');
});
