import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NerModel } from '../src/models/ner-model.js';
import { NER_MODEL_PATH } from '../src/analyze/ner-resources.js';
import { defaultNerTagger, DOCUMENT_WINDOW } from '../src/analyze/ner-tagger.js';
import { splitSentences, tokenize } from '../src/text/index.js';
import { readConll } from '../scripts/lib/conll.js';
import { sharedDataDir } from '../scripts/lib/shared-data.js';

/**
 * `npm run bench` (NER part): model load time, tagging tokens/s on one core (ANERcorp test as
 * `rasid tag --conll` tags it, and sentences of real news), and peak memory. Prints; asserts nothing.
 */
function tokensPerSecond(sentences: string[][], rounds: number): { rate: number; ms: number } {
  const tagger = defaultNerTagger();
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  let best = Infinity;
  for (let k = 0; k < rounds; k++) {
    const t0 = performance.now();
    for (let i = 0; i < sentences.length; i += DOCUMENT_WINDOW) tagger.tagDocument(sentences.slice(i, i + DOCUMENT_WINDOW));
    best = Math.min(best, performance.now() - t0);
  }
  return { rate: (tokens / best) * 1000, ms: best };
}

let t0 = performance.now();
NerModel.load(NER_MODEL_PATH);
const modelMs = performance.now() - t0;
t0 = performance.now();
defaultNerTagger();
const taggerMs = performance.now() - t0;
console.log(`NER benchmark, one core, node ${process.version}`);
console.log(`  model file load                    ${modelMs.toFixed(0).padStart(6)} ms`);
console.log(`  tagger ready (model, window network + vectors, name lists, clusters, gazetteer)  ${taggerMs.toFixed(0)} ms`);

const data = sharedDataDir();
const test = join(data, 'anercorp-camel', 'ANERCorp_CamelLab_test.txt');
if (existsSync(test)) {
  const sentences = readConll(test).map((s) => s.words);
  const first = tokensPerSecond(sentences, 1);
  const warm = tokensPerSecond(sentences, 3);
  console.log(`  ANERcorp test, first pass          ${first.rate.toFixed(0).padStart(8)} tokens/s`);
  console.log(`  ANERcorp test, warm (best of 3)    ${warm.rate.toFixed(0).padStart(8)} tokens/s`);
}
const ant = join(data, 'ant-corpus-multisource', 'ant_multisource_v2.1_sample.jsonl');
if (existsSync(ant)) {
  const sentences: string[][] = [];
  for (const line of readFileSync(ant, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text: string }).text;
    const tokens = tokenize(text);
    let at = 0;
    for (const s of splitSentences(text, tokens)) {
      const words: string[] = [];
      while (at < tokens.length && tokens[at].end <= s.end) {
        if (tokens[at].start >= s.start) words.push(tokens[at].text);
        at++;
      }
      if (words.length) sentences.push(words);
    }
  }
  const r = tokensPerSecond(sentences, 1);
  console.log(`  ANT news (6,737 articles), one pass ${r.rate.toFixed(0).padStart(7)} tokens/s`);
}
console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
