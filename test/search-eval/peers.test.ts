import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildFts5Peer,
  buildPostgresPeer,
  dropPostgresPeer,
  fts5Query,
  postgresUnavailable,
  queryWords,
  type PeerDoc,
} from '../../scripts/lib/search-peers.js';
import { goldPath, readGold } from '../../scripts/eval-search.js';

const DOCS: PeerDoc[] = [
  { key: 'a', title: 'انشقاقات داخلية', text: 'تحدث التقرير عن الانشقاقات والخلافات.' },
  { key: 'b', title: 'أخبار الاقتصاد', text: 'قال الوزير إن الانشقاقات لا تؤثر على السوق. التنظيم بعيد.' },
  { key: 'c', title: 'رياضة', text: 'فاز الفريق بالمباراة.' },
];

/** Query text a user (or an attacker) might type: quotes, FTS5 and tsquery operators, SQL. */
const HOSTILE = [
  '"', '""', "'", "''", 'انشقاقات"', '"انشقاقات', 'AND', 'OR', 'NOT', 'a OR', '(', ')', '*', 'انشقاق*',
  'title:انشقاقات', 'NEAR(انشقاقات التنظيم)', '-انشقاقات', '^انشقاقات', "'; DROP TABLE docs; --",
  'انشقاقات & التنظيم | !', ':*', '\\', '   ', '', '«انشقاقات»', 'انشقاقات:A', '<->',
];

test('query words keep pieces with a letter, digit or mark and drop bare punctuation', () => {
  assert.deepEqual(queryWords('  "انشقاقات"  --  ( التنظيم ) '), ['"انشقاقات"', 'التنظيم']);
  assert.deepEqual(queryWords('!!! ...'), []);
});

test('FTS5 queries quote every word and double the quotes inside it', () => {
  assert.equal(fts5Query('انشقاقات التنظيم', 'and'), '"انشقاقات" "التنظيم"');
  assert.equal(fts5Query('انشقاقات التنظيم', 'or'), '"انشقاقات" OR "التنظيم"');
  assert.equal(fts5Query('بـ"ذا', 'and'), '"بـ""ذا"');
  assert.equal(fts5Query('" -- "', 'or'), null);
});

test('the FTS5 peer: AND needs every word, OR any, the title outranks the body', async () => {
  const peer = await buildFts5Peer(DOCS);
  try {
    assert.deepEqual(peer.search('الانشقاقات التنظيم', 'and', 10), ['b']);
    assert.deepEqual(new Set(peer.search('انشقاقات التنظيم', 'or', 10)), new Set(['a', 'b']));
    assert.equal(peer.search('انشقاقات', 'or', 10)[0], 'a');
    assert.deepEqual(peer.search('انشقاق', 'and', 10), [], 'no Arabic handling: a singular does not find the plural');
  } finally {
    peer.close();
  }
});

test('the FTS5 peer answers hostile and random query text without an error', async () => {
  const peer = await buildFts5Peer(DOCS);
  try {
    for (const q of HOSTILE) for (const mode of ['and', 'or'] as const) assert.ok(Array.isArray(peer.search(q, mode, 5)), q);
    const pieces = fc.constantFrom('"', "'", '(', ')', '*', ':', '-', '^', '+', 'OR', 'AND', 'NOT', 'NEAR', ' ', 'ان', 'شقاق', 'ة', '\u064E', '\u0640', '؟');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.constantFrom('and', 'or'), (parts, mode) => {
        peer.search(parts.join(''), mode as 'and' | 'or', 5);
      }),
      { numRuns: 300 },
    );
  } finally {
    peer.close();
  }
});

test('the PostgreSQL arabic peer: AND, OR and hostile text', async (t) => {
  const schema = 'rasid_search_peer_test';
  const down = await postgresUnavailable();
  if (down !== null) {
    t.skip(`PostgreSQL unavailable: ${down}`);
    return;
  }
  const peer = await buildPostgresPeer(DOCS, { schema, loaders: 2 });
  try {
    // The Snowball stemmer takes ال and the plural suffix off: الانشقاقات and انشقاقات meet.
    assert.deepEqual(await peer.search('الانشقاقات التنظيم', 'and', 10), ['b']);
    assert.deepEqual(new Set(await peer.search('انشقاقات الاقتصاد', 'or', 10)), new Set(['a', 'b']));
    for (const q of HOSTILE) for (const mode of ['and', 'or'] as const) assert.ok(Array.isArray(await peer.search(q, mode, 5)), q);
  } finally {
    await peer.close();
    await dropPostgresPeer({ schema });
  }
});

test('the judged query file is well formed: 50+ queries, 1 to 20 relevant keys each', () => {
  const gold = readGold(goldPath());
  assert.ok(gold.length >= 50, `${gold.length} queries`);
  for (const q of gold) {
    assert.ok(q.relevant.length >= 1 && q.relevant.length <= 20, `${q.id}: ${q.relevant.length} relevant`);
    assert.equal(q.query, q.query.trim(), q.id);
  }
  assert.doesNotMatch(readFileSync(goldPath(), 'utf8'), /\r/);
});
