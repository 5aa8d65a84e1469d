import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { NerFeatures } from '../../src/analyze/ner-features.js';
import { nerResources, NER_MODEL_PATH } from '../../src/analyze/ner-resources.js';
import { windowFeatureIds, windowWord, windowPad, WindowScorer, WINDOW_BUCKETS, SURE_OUTSIDE } from '../../src/analyze/ner-window.js';
import { NerModel } from '../../src/models/ner-model.js';
import { WindowNet } from '../../src/models/window-net.js';
import { loadNerTagger, windowNetworkOn } from '../../src/analyze/ner-tagger.js';
import { loadWordVectors } from '../../src/text/word-vectors.js';

test('a word\'s hashed features: its letters, its stem, its lists; the same word always the same ids', () => {
  const features = new NerFeatures(nerResources());
  const ids = (w: string) => windowFeatureIds(features.describe(w), true);
  const cairo = ids('القاهرة');
  assert.deepEqual(cairo, ids('القاهرة'));
  for (const id of cairo) assert.ok(id >= 0 && id < WINDOW_BUCKETS);
  // with a proclitic, the stem's trigrams are the same: the two share more than letters alone would
  const shared = (a: Int32Array, b: Int32Array) => [...a].filter((x) => b.includes(x)).length;
  assert.ok(shared(ids('والقاهرة'), cairo) > shared(ids('والقاعدة'), cairo));
  // a word without a vector says so
  const without = windowFeatureIds(features.describe('القاهرة'), false);
  assert.equal(without.length, cairo.length + 1);
});

test('the scorer adds the shipped window network\'s log-probabilities, the same from its cache as fresh', () => {
  const model = NerModel.load(NER_MODEL_PATH);
  assert.ok(model.header.window, 'the shipped model names its window network');
  const net = WindowNet.load(join(dirname(NER_MODEL_PATH), model.header.window!));
  assert.deepEqual(net.header.tags, model.tags);
  const features = new NerFeatures(nerResources());
  const vectors = loadWordVectors();
  const scorer = new WindowScorer(net, features, vectors);
  const words = 'قال الرئيس السوري بشار الأسد في دمشق'.split(' ');
  const T = model.tags.length;
  const expected = new Float64Array(words.length * T);
  net.addLogProbs(words.map((w) => net.project(windowWord(features, vectors, w))), net.project(windowPad()), expected);
  for (let round = 0; round < 2; round++) {
    const got = new Float64Array(words.length * T);
    scorer.addScores(words, got);
    assert.deepEqual(got, expected);
  }
  // a token the perceptron is sure is outside any name keeps its scores alone
  const sure = new Float64Array(words.length * T);
  sure[0 * T + model.tags.indexOf('O')] = SURE_OUTSIDE;
  scorer.addScores(words, sure);
  assert.deepEqual([...sure.subarray(0, T)].filter((v, t) => v !== (t === model.tags.indexOf('O') ? SURE_OUTSIDE : 0)), []);
  for (let i = T; i < sure.length; i++) assert.equal(sure[i], expected[i]);
  // on its own it already knows the person and the place
  const best = (i: number) => model.tags[[...expected.subarray(i * T, i * T + T)].reduce((b, v, t, a) => (v > a[b] ? t : b), 0)];
  assert.match(best(3), /^B-PER$/);
  assert.match(best(4), /^[IL]-PER$/);
  assert.match(best(6), /^[UB]-LOC$/);
});

test('the scorer\'s cache gives the same scores as fresh projections while its generations turn over, in sentences longer than a generation too', () => {
  const model = NerModel.load(NER_MODEL_PATH);
  const net = WindowNet.load(join(dirname(NER_MODEL_PATH), model.header.window!));
  const features = new NerFeatures(nerResources());
  const vectors = loadWordVectors();
  // generations of 8 words: these sentences fill several, and the third holds 20 distinct words
  const scorer = new WindowScorer(net, features, vectors, 8);
  const sentences = [
    'قال الرئيس السوري بشار الأسد في دمشق',
    'وأضاف وزير الخارجية الأمريكي أنتوني بلينكن في واشنطن إن المحادثات مع الجانب الإيراني مستمرة',
    'التقى رئيس الوزراء العراقي محمد شياع السوداني في بغداد وفدا من منظمة الأمم المتحدة برئاسة المبعوث الخاص جينين بلاسخارت أمس الثلاثاء',
    'قال الرئيس السوري بشار الأسد في دمشق',
  ].map((s) => s.split(' '));
  const T = model.tags.length;
  for (let round = 0; round < 2; round++) {
    for (const words of sentences) {
      const expected = new Float64Array(words.length * T);
      net.addLogProbs(words.map((w) => net.project(windowWord(features, vectors, w))), net.project(windowPad()), expected);
      const got = new Float64Array(words.length * T);
      scorer.addScores(words, got);
      assert.deepEqual(got, expected, words.join(' '));
    }
  }
});

test('RASID_NER_WINDOW=off leaves the window network out; anything else keeps it', () => {
  const before = process.env.RASID_NER_WINDOW;
  try {
    process.env.RASID_NER_WINDOW = 'off';
    assert.equal(windowNetworkOn(), false);
    delete process.env.RASID_NER_WINDOW;
    assert.equal(windowNetworkOn(), true);
  } finally {
    if (before === undefined) delete process.env.RASID_NER_WINDOW;
    else process.env.RASID_NER_WINDOW = before;
  }
  // both taggers read the same sentence; the perceptron alone is a complete tagger
  const words = 'قال الرئيس السوري بشار الأسد في دمشق'.split(' ');
  for (const withWindow of [true, false]) assert.equal(loadNerTagger(NER_MODEL_PATH, withWindow).tagDocument([words])[0].length, words.length);
});
