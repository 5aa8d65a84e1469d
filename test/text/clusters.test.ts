import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultClustersPath, loadClusters, parseClusters } from '../../src/text/clusters.js';
import { SEARCH_NORMALIZATION, normalize } from '../../src/text/normalize.js';

test('the shipped cluster file keeps its format invariants', () => {
  const text = readFileSync(defaultClustersPath(), 'utf8');
  const lines = text.split('\n');
  assert.equal(lines.pop(), '', 'file ends with a newline');
  assert.ok(Buffer.byteLength(text) < 4_500_000, 'file stays small');
  let levels = -1;
  let rows = 0;
  let headerDone = false;
  const words = new Set<string>();
  /** per level: id -> parent path (the ids of all coarser levels), which must be the same everywhere */
  const parentOf: Map<string, string>[] = [];
  for (const line of lines) {
    if (line.startsWith('#')) {
      assert.ok(!headerDone, 'header lines come first');
      continue;
    }
    headerDone = true;
    const m = /^([^\t\s]+)\t(\d+(?:\/\d+)*)$/.exec(line);
    assert.ok(m, `bad line: ${JSON.stringify(line)}`);
    const [, word, path] = m;
    assert.ok(!words.has(word), `duplicate word ${word}`);
    words.add(word);
    if (word !== '<num>') assert.equal(normalize(word, SEARCH_NORMALIZATION), word, `${word} is a search-normalized form`);
    const ids = path.split('/');
    if (levels < 0) {
      levels = ids.length;
      for (let i = 0; i < levels; i++) parentOf.push(new Map());
    }
    assert.equal(ids.length, levels, `level count of ${word}`);
    for (let lev = 0; lev < levels; lev++) {
      const parent = ids.slice(0, lev).join('/');
      const seen = parentOf[lev].get(ids[lev]);
      if (seen === undefined) parentOf[lev].set(ids[lev], parent);
      else assert.equal(seen, parent, `level ${lev} id ${ids[lev]} appears under two parents`);
    }
    rows++;
  }
  assert.ok(levels >= 2, 'at least two levels');
  assert.ok(rows > 10_000, `enough words (${rows})`);
  for (let lev = 1; lev < levels; lev++) assert.ok(parentOf[lev].size >= parentOf[lev - 1].size, 'finer levels have more clusters');
});

test('loadClusters maps words to their path levels, coarse first, and caches', () => {
  const m = loadClusters();
  assert.ok(m.size > 10_000);
  const path = m.get('في');
  assert.ok(path && path.length >= 2 && path.every((p) => /^\d+$/.test(p)));
  assert.equal(loadClusters(), m, 'second call returns the cached map');
  assert.ok(m.has('<num>'), 'numbers have a cluster too');
});

test('parseClusters skips comments and blank lines and tolerates CRLF', () => {
  const m = parseClusters('# header\nقال\t1/2/3\r\n\nlondon\t4/5/6\n');
  assert.deepEqual([...m], [
    ['قال', ['1', '2', '3']],
    ['london', ['4', '5', '6']],
  ]);
});
