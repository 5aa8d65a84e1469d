import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trainWindowNet, WindowNet, type WindowSentence, type WindowWord } from '../../src/models/window-net.js';
import { seededRandom } from '../../scripts/lib/rng.js';

const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC'];
const BUCKETS = 64;

/**
 * A toy language for a network that sees words through hashed features and vectors: "titles"
 * (feature 1) are followed by a person's first (2) and last (3) name; "cities" have no feature of
 * their own but a vector pointing one way; other words (4 + id) point the other way. A title is O:
 * the network has to learn that a name follows it, from the window.
 */
function toyCorpus(n: number, seed: number): WindowSentence[] {
  const rand = seededRandom(seed);
  const vec = (sign: number) => Int8Array.from([sign * 127, 0]);
  const word = (ids: number[], vector: Int8Array | null): WindowWord => ({ vector, ids: Int32Array.from(ids) });
  const out: WindowSentence[] = [];
  for (let k = 0; k < n; k++) {
    const words: WindowWord[] = [];
    const gold: number[] = [];
    while (words.length < 8) {
      const r = rand();
      if (r < 0.25) {
        const first = 10 + Math.floor(rand() * 20);
        words.push(word([1], null), word([first], null), word([first + 20], null));
        gold.push(0, 1, 2);
      } else if (r < 0.45) {
        words.push(word([5], vec(1)));
        gold.push(3);
      } else {
        words.push(word([4, 50 + Math.floor(rand() * 10)], vec(-1)));
        gold.push(0);
      }
    }
    out.push({ words, gold });
  }
  return out;
}

const OPTIONS = { window: 2, vectorDims: 2, vectorScale: 127, featureDims: 8, hidden: 16, buckets: BUCKETS, weight: 1, epochs: 8, learningRate: 0.05, inputDropout: 0, vectorDropout: 0 };

/** The network's best tag per token, by its log-probabilities alone. */
function predict(net: WindowNet, s: WindowSentence): number[] {
  const T = TAGS.length;
  const emit = new Float64Array(s.words.length * T);
  const pad = net.project({ vector: null, ids: Int32Array.of(0) });
  net.addLogProbs(s.words.map((w) => net.project(w)), pad, emit);
  return s.words.map((_, i) => {
    let best = 0;
    for (let t = 1; t < T; t++) if (emit[i * T + t] > emit[i * T + best]) best = t;
    return best;
  });
}

test('the window network learns tags that depend on the neighbours (a name after a title) and on vectors', () => {
  const losses: number[] = [];
  const net = trainWindowNet(toyCorpus(300, 1), TAGS, { ...OPTIONS, random: seededRandom(7) }, (_, loss) => losses.push(loss));
  assert.ok(losses[losses.length - 1] < losses[0] / 4, `loss fell: ${losses.map((l) => l.toFixed(3)).join(' ')}`);
  let right = 0;
  let all = 0;
  for (const s of toyCorpus(50, 2)) {
    predict(net, s).forEach((t, i) => {
      all++;
      if (t === s.gold[i]) right++;
    });
  }
  // names seen only as ids 10-49: the held-out sentences draw from the same ids, but the tag of a
  // first name comes from the title before it, which only the window shows
  assert.ok(right / all > 0.97, `accuracy ${right}/${all}`);
});

test('its log-probabilities are added, scaled by the weight, to the scores already there', () => {
  const net = trainWindowNet(toyCorpus(50, 3), TAGS, { ...OPTIONS, epochs: 1, weight: 2.5, random: seededRandom(1) });
  const s = toyCorpus(1, 4)[0];
  const T = TAGS.length;
  const pad = net.project({ vector: null, ids: Int32Array.of(0) });
  const projections = s.words.map((w) => net.project(w));
  const alone = new Float64Array(s.words.length * T);
  net.addLogProbs(projections, pad, alone);
  const base = Float64Array.from({ length: s.words.length * T }, (_, i) => i % 7);
  const summed = Float64Array.from(base);
  net.addLogProbs(projections, pad, summed);
  for (let i = 0; i < base.length; i++) assert.ok(Math.abs(summed[i] - base[i] - alone[i]) < 1e-9);
  // per token, exp(score / weight) sums to 1 (up to the floor that keeps log finite)
  for (let i = 0; i < s.words.length; i++) {
    let z = 0;
    for (let t = 0; t < T; t++) z += Math.exp(alone[i * T + t] / 2.5);
    assert.ok(Math.abs(z - 1) < 1e-4, `token ${i}: ${z}`);
  }
});

test('a window-network file round-trips: the same header and the same scores after save and load', () => {
  const net = trainWindowNet(toyCorpus(100, 5), TAGS, { ...OPTIONS, epochs: 2, random: seededRandom(3) });
  const dir = mkdtempSync(join(tmpdir(), 'rasid-window-'));
  try {
    const path = join(dir, 'w.bin');
    net.save(path);
    const back = WindowNet.load(path);
    assert.deepEqual(back.header, net.header);
    for (const s of toyCorpus(5, 6)) assert.deepEqual(predict(back, s), predict(net, s));
    const w = toyCorpus(1, 8)[0].words[0];
    assert.deepEqual(back.project(w), net.project(w));
    // a damaged file is named, with the reason and what to do
    writeFileSync(path, readFileSync(path).subarray(0, 200));
    assert.throws(() => WindowNet.load(path), (e: Error & { hint?: string }) => e.message.includes(path) && /truncated/.test(e.message) && /train:ner/.test(e.hint ?? ''));
    assert.throws(() => WindowNet.load(join(dir, 'none.bin')), (e: Error) => e.message.includes('none.bin') && /ENOENT/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
