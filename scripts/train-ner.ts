/**
 * Trains the NER model shipped as models/ner-ar.bin, reproducibly, from ../shared/data:
 *   npm run train:ner [-- --epochs N]
 * ANERcorp (CAMeL split) train only; a dev set is carved from its end to choose the number of
 * epochs; the test file is never read here.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { statSync } from 'node:fs';
import { NerFeatures } from '../src/analyze/ner-features.js';
import { nerResources, NER_MODEL_PATH } from '../src/analyze/ner-resources.js';
import { PerceptronTrainer, viterbi, type SequenceWeights } from '../src/models/perceptron.js';
import { NerModel } from '../src/models/ner-model.js';
import { readConll, score, formatScores, type TaggedSentence } from './lib/conll.js';
import { sharedDataDir } from './lib/shared-data.js';

const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];
const DEV_SHARE = 0.1;
const MAX_EPOCHS = 20;

interface Encoded {
  feats: Int32Array[];
  gold: Int32Array;
}

/** A fixed-seed generator, so the same data always gives the same model. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function encode(sentences: TaggedSentence[], features: NerFeatures, index: Map<string, number>, grow: boolean): Encoded[] {
  return sentences.map((s) => {
    const feats = features.sentence(s.words).map((fs) => {
      const ids: number[] = [];
      for (const f of fs) {
        let id = index.get(f);
        if (id === undefined && grow) index.set(f, (id = index.size));
        if (id !== undefined) ids.push(id);
      }
      return Int32Array.from(ids);
    });
    const gold = Int32Array.from(s.tags, (t) => {
      const k = TAGS.indexOf(t);
      return k < 0 ? 0 : k;
    });
    return { feats, gold };
  });
}

function decodeAll(data: Encoded[], w: SequenceWeights, trainer: PerceptronTrainer): string[][] {
  return data.map((d) => Array.from(viterbi(d.feats, w, TAGS.length, trainer.allowed), (t) => TAGS[t]));
}

function train(data: Encoded[], features: number, epochs: number, onEpoch?: (epoch: number, trainer: PerceptronTrainer) => void): PerceptronTrainer {
  const trainer = new PerceptronTrainer(TAGS, features);
  const random = rng(20261125);
  const order = data.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) trainer.learn(data[i].feats, data[i].gold);
    onEpoch?.(epoch, trainer);
  }
  return trainer;
}

/** Drops features whose averaged weights are all ~0: they change no decision. */
function prune(index: Map<string, number>, w: SequenceWeights, T: number): { index: Map<string, number>; weights: SequenceWeights } {
  const keep: [string, number][] = [];
  for (const [name, id] of index) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(w.emission[id * T + t]));
    if (max > 1e-3) keep.push([name, id]);
  }
  const out = new Map<string, number>();
  const emission = new Float32Array(keep.length * T);
  keep.forEach(([name, id], k) => {
    out.set(name, k);
    emission.set(w.emission.subarray(id * T, id * T + T), k * T);
  });
  return { index: out, weights: { emission, transition: w.transition } };
}

function main(): void {
  const args = process.argv.slice(2);
  const fixedEpochs = args.includes('--epochs') ? Number(args[args.indexOf('--epochs') + 1]) : null;
  const trainPath = join(sharedDataDir(), 'anercorp-camel', 'ANERCorp_CamelLab_train.txt');
  const all = readConll(trainPath);
  const resources = nerResources();
  console.log(
    `train-ner: ${all.length} sentences from ${trainPath}; resources: clusters ${resources.clusters ? resources.clusters.size : 'none'}, ` +
      `gazetteer ${resources.gazetteer ? 'yes' : 'none'}, triggers ${resources.triggers.size}`,
  );
  const features = new NerFeatures(resources);
  const cut = Math.floor(all.length * (1 - DEV_SHARE));
  const devSentences = all.slice(cut);

  let epochs = fixedEpochs ?? 0;
  let devReport = '';
  if (fixedEpochs === null) {
    const index = new Map<string, number>();
    const tr = encode(all.slice(0, cut), features, index, true);
    const dev = encode(devSentences, features, index, false);
    let best = -1;
    const t0 = performance.now();
    train(tr, index.size, MAX_EPOCHS, (epoch, trainer) => {
      const s = score(devSentences.map((d) => d.tags), decodeAll(dev, trainer.averaged(index.size), trainer));
      console.log(`  epoch ${String(epoch).padStart(2)}  dev micro F1 ${(100 * s.micro.f).toFixed(2)}  (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
      if (s.micro.f > best) {
        best = s.micro.f;
        epochs = epoch;
        devReport = formatScores(s, '    ');
      }
    });
    console.log(`  best on dev: ${epochs} epochs, micro F1 ${(100 * best).toFixed(2)}\n${devReport}`);
  }

  const index = new Map<string, number>();
  const data = encode(all, features, index, true);
  const trainer = train(data, index.size, epochs);
  const pruned = prune(index, trainer.averaged(index.size), TAGS.length);
  const model = new NerModel(
    {
      tags: TAGS,
      features: pruned.index.size,
      trainedOn: {
        data: 'ANERCorp_CamelLab_train.txt',
        sentences: all.length,
        epochs,
        devShare: DEV_SHARE,
        clusters: resources.clusters?.size ?? 0,
        gazetteer: resources.gazetteer !== null,
      },
    },
    pruned.index,
    pruned.weights,
  );
  model.save(NER_MODEL_PATH);
  console.log(`train-ner: wrote ${NER_MODEL_PATH}: ${pruned.index.size} features (of ${index.size}), ${(statSync(NER_MODEL_PATH).size / 1e6).toFixed(1)} MB`);
}

main();
