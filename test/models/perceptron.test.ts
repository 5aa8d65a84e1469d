import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerceptronTrainer, transitionsAllowed, viterbi, viterbiScores } from '../../src/models/perceptron.js';
import { NerModel } from '../../src/models/ner-model.js';
import { toBilou, bioOf, chunks } from '../../src/analyze/bio.js';

const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];

/**
 * A toy language with a fixed-seed generator: words are "first names" (feature 1), "surnames" (2),
 * "cities" (3) or "other" (4 + a word id); a person is a first name and a surname, or a surname
 * alone; feature 0 is a bias.
 */
function toyCorpus(n: number, seed: number): { feats: Int32Array[]; gold: Int32Array }[] {
  let s = seed;
  const rand = (k: number) => ((s = (s * 1103515245 + 12345) % 2147483648) % k);
  const out = [];
  for (let k = 0; k < n; k++) {
    const feats: Int32Array[] = [];
    const gold: number[] = [];
    const len = 3 + rand(6);
    while (gold.length < len) {
      const r = rand(6);
      if (r === 0) {
        feats.push(Int32Array.of(0, 1), Int32Array.of(0, 2));
        gold.push(1, 2);
      } else if (r === 1) {
        feats.push(Int32Array.of(0, 2));
        gold.push(1);
      } else if (r === 2) {
        feats.push(Int32Array.of(0, 3));
        gold.push(3);
      } else {
        feats.push(Int32Array.of(0, 4 + rand(5)));
        gold.push(0);
      }
    }
    out.push({ feats, gold: Int32Array.from(gold) });
  }
  return out;
}

test('the averaged perceptron learns a small tagging task and tags unseen sentences of it correctly', () => {
  const trainer = new PerceptronTrainer(TAGS, 9);
  for (let epoch = 0; epoch < 5; epoch++) for (const d of toyCorpus(200, 7)) trainer.learn(d.feats, d.gold);
  const w = trainer.averaged(9);
  for (const d of toyCorpus(50, 99)) assert.deepEqual(Array.from(viterbi(d.feats, w, TAGS.length, trainer.allowed)), Array.from(d.gold));
});

test('Viterbi never outputs an I- tag that does not continue its own type, whatever the weights', () => {
  const allowed = transitionsAllowed(TAGS);
  fc.assert(
    fc.property(fc.array(fc.float({ min: -10, max: 10, noNaN: true }), { minLength: 4 * 5, maxLength: 4 * 5 }), fc.integer({ min: 1, max: 8 }), (weights, n) => {
      const emission = Float32Array.from(weights);
      const transition = new Float32Array(6 * 5).map((_, i) => weights[i % weights.length]);
      const feats = Array.from({ length: n }, (_, i) => Int32Array.of(i % 4));
      const tags = Array.from(viterbi(feats, { emission, transition }, TAGS.length, allowed), (t) => TAGS[t]);
      tags.forEach((t, i) => {
        if (t.startsWith('I-')) assert.ok(i > 0 && tags[i - 1] !== 'O' && tags[i - 1].slice(2) === t.slice(2), tags.join(' '));
      });
    }),
  );
});

test('Viterbi finds the best-scoring allowed tag sequence (brute force over all sequences, BILOU tags)', () => {
  const tags = ['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER', 'B-LOC', 'I-LOC', 'L-LOC', 'U-LOC'];
  const T = tags.length;
  const allowed = transitionsAllowed(tags);
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 4 }),
      fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 4 * T + (T + 2) * T, maxLength: 4 * T + (T + 2) * T }),
      (n, ints) => {
        // integer weights: sums are exact, so the best score is well defined (ties allowed)
        const emit = Float64Array.from(ints.slice(0, n * T));
        const transition = Float32Array.from(ints.slice(4 * T, 4 * T + (T + 1) * T));
        const scoreOf = (seq: number[]): number => {
          let prev = T;
          let s = 0;
          for (let i = 0; i < seq.length; i++) {
            if (!allowed[prev * T + seq[i]]) return -Infinity;
            s += transition[prev * T + seq[i]] + emit[i * T + seq[i]];
            prev = seq[i];
          }
          return allowed[(T + 1) * T + prev] ? s : -Infinity;
        };
        let best = -Infinity;
        const walk = (seq: number[]): void => {
          if (seq.length === n) best = Math.max(best, scoreOf(seq));
          else for (let t = 0; t < T; t++) walk([...seq, t]);
        };
        walk([]);
        const got = Array.from(viterbiScores(emit, n, transition, T, allowed));
        assert.equal(scoreOf(got), best, got.map((t) => tags[t]).join(' '));
      },
    ),
    { numRuns: 200 },
  );
});

test('a model file round-trips: the same features, weights and tags after save and load', () => {
  const trainer = new PerceptronTrainer(TAGS, 9);
  for (let epoch = 0; epoch < 5; epoch++) for (const d of toyCorpus(200, 7)) trainer.learn(d.feats, d.gold);
  const index = new Map(['b', 'first', 'last', 'city', 'o0', 'o1', 'o2', 'o3', 'o4'].map((f, i) => [f, i]));
  const model = new NerModel({ tags: TAGS, features: 9, trainedOn: { toy: true }, names: [['x', ['PER']]] }, index, trainer.averaged(9));
  const dir = mkdtempSync(join(tmpdir(), 'rasid-model-'));
  try {
    model.save(join(dir, 'm.bin'));
    const back = NerModel.load(join(dir, 'm.bin'));
    assert.deepEqual(back.header, model.header);
    assert.deepEqual([...back.index], [...index]);
    assert.deepEqual(back.tagFeatures([['b', 'o1'], ['b', 'first'], ['b', 'last'], ['b', 'city']]), ['O', 'B-PER', 'I-PER', 'B-LOC']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('loading something that is not a model names the file and says how to rebuild', () => {
  assert.throws(() => NerModel.load('/nonexistent/model.bin'), (e: Error & { hint?: string }) => /model\.bin/.test(e.message) && /train:ner/.test(e.hint ?? ''));
});

test('BILOU decoding only closes what it opens: every B- ends in L-, no sentence ends inside a name', () => {
  const tags = ['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER', 'B-LOC', 'I-LOC', 'L-LOC', 'U-LOC'];
  const allowed = transitionsAllowed(tags);
  const T = tags.length;
  fc.assert(
    fc.property(fc.array(fc.float({ min: -10, max: 10, noNaN: true }), { minLength: 4 * T, maxLength: 4 * T }), fc.integer({ min: 1, max: 8 }), (weights, n) => {
      const emission = Float32Array.from(weights);
      const transition = new Float32Array((T + 1) * T).map((_, i) => weights[(i * 7) % weights.length]);
      const feats = Array.from({ length: n }, (_, i) => Int32Array.of(i % 4));
      const out = Array.from(viterbi(feats, { emission, transition }, T, allowed), (t) => tags[t]);
      let open = '';
      for (const t of out) {
        if (t.startsWith('I-') || t.startsWith('L-')) assert.equal(open, t.slice(2), out.join(' '));
        else assert.equal(open, '', out.join(' '));
        open = t.startsWith('B-') || t.startsWith('I-') ? t.slice(2) : '';
      }
      assert.equal(open, '', `ends inside a name: ${out.join(' ')}`);
    }),
  );
});

test('BIO and BILOU convert both ways without changing a chunk', () => {
  const bio = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'O', 'I-ORG'];
  assert.deepEqual(toBilou(bio), ['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'B-LOC', 'L-LOC', 'O', 'U-ORG']);
  fc.assert(
    fc.property(fc.array(fc.constantFrom('O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'), { maxLength: 12 }), (tags) => {
      assert.deepEqual(chunks(toBilou(tags).map(bioOf)), chunks(tags));
    }),
  );
});
