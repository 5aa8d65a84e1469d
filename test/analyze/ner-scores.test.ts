import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NerFeatures } from '../../src/analyze/ner-features.js';
import { nerResources } from '../../src/analyze/ner-resources.js';
import { emissionScores } from '../../src/models/perceptron.js';
import { seededRandom } from '../../scripts/lib/rng.js';

test('tagging scores from per-word partial sums equal the sums over each token\'s feature rows', () => {
  const features = new NerFeatures(nerResources());
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
  const emission = Float32Array.from({ length: index.size * T }, () => random() * 2 - 1);
  for (const words of sentences) {
    const ids = features.sentence(words).map((fs) => Int32Array.from(fs.map((f) => index.get(f)!)));
    const expected = emissionScores(ids, emission, T);
    const actual = features.sentenceScores(words, index, emission, T);
    assert.equal(actual.length, expected.length);
    for (let i = 0; i < expected.length; i++) assert.ok(Math.abs(actual[i] - expected[i]) < 1e-9, `token ${Math.floor(i / T)} tag ${i % T}: ${actual[i]} vs ${expected[i]}`);
  }
});
