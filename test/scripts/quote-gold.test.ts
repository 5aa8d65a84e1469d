import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { ANT_REST_PATH, draw, readAntRecords, bodyOf } from '../../scripts/quote-gold.js';

const REST = existsSync(ANT_REST_PATH()) ? false : 'shared data (arabic-news-unlabelled) is absent';

test('quote gold draw: the same seed gives the same articles, so many per outlet, none already in the gold', { skip: REST }, () => {
  const first = draw(20261207, 2, []);
  assert.deepEqual(draw(20261207, 2, []), first);
  assert.notDeepEqual(draw(7, 2, []), first);
  const outlets = first.map((id) => id.split('-')[0]);
  assert.deepEqual([...new Set(outlets)].sort(), ['AL', 'BB', 'CN', 'FR', 'SK']);
  for (const o of new Set(outlets)) assert.equal(outlets.filter((x) => x === o).length, 2);
  for (const id of first) assert.match(id, /^[A-Z]{2}-(middleEast|internationalNews)-/);
  // an article already annotated is not drawn again
  const again = draw(20261207, 2, [{ docno: first[0], split: 'test2', textSha256: '', quotes: [] }]);
  assert.ok(!again.includes(first[0]));
});

test('quote gold: an article of the rest of ANT v2.1 (keyed by id, not docno) is found and its body built', { skip: REST }, () => {
  const [id] = draw(20261207, 1, []);
  const line = readAntRecords([id]).get(id);
  assert.ok(line);
  const body = bodyOf(line, id);
  assert.ok(body.length >= 1000, `body of ${id}: ${body.length} characters`);
});
