import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// dist/test/scripts -> dist/scripts/train-ner.js; the shipped model under the repo's models/
const TRAINER = fileURLToPath(new URL('../../scripts/train-ner.js', import.meta.url));
const MODEL = fileURLToPath(new URL('../../../models/ner-ar.bin', import.meta.url));

function trainer(args: string[]) {
  return spawnSync(process.execPath, [TRAINER, ...args], { encoding: 'utf8', timeout: 60_000 });
}

test('train-ner --help teaches the options and trains nothing', () => {
  const before = statSync(MODEL).mtimeMs;
  const r = trainer(['--help']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Usage: npm run train:ner/);
  assert.match(r.stdout, /--dev-fold K\/N/);
  assert.equal(statSync(MODEL).mtimeMs, before);
});

test('train-ner stops on an unknown option or a missing value with one line, before writing any model', () => {
  const before = statSync(MODEL).mtimeMs;
  const typo = trainer(['--hold-out-dvv']);
  assert.equal(typo.status, 2);
  assert.equal(typo.stderr.trim(), "train-ner: unknown option '--hold-out-dvv' (see --help)");
  const missing = trainer(['--hold-out-dev', '--out']);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr.trim(), 'train-ner: option --out needs a value (see --help)');
  const scheme = trainer(['--scheme', 'biluo']);
  assert.equal(scheme.status, 2);
  assert.equal(scheme.stderr.trim(), "train-ner: --scheme is bio or bilou, not 'biluo'");
  assert.equal(statSync(MODEL).mtimeMs, before);
});
